import type { CheckResult, Indicator, IndicatorRow, IndicatorTarget } from '@rectify/rules';
import type { Bilingual } from '@rectify/schemas';
import type { ReportLang } from '../format/index';
import { bi, say } from './bilingual';
import { isCityCode } from './division';

/** Whether a division meets a target: see {@link TARGET_STATUSES}. */
export type TargetStatus = 'met' | 'not-met' | 'no-data' | 'no-target';

/**
 * The breakdown row of `indicator` for a division: the indicator itself for the city it was aggregated for,
 * else the county or street row; `undefined` when the division has no data for it.
 */
export function indicatorRow(indicator: Indicator, divisionCode: string): IndicatorRow | undefined {
  const row = indicator.breakdown.find((r) => r.divisionCode === divisionCode);
  if (row !== undefined || !isCityCode(divisionCode)) return row;
  // The indicator's own figures are the total over every item: the city the check was run for.
  return {
    level: 'city',
    divisionCode,
    numerator: indicator.numerator,
    denominator: indicator.denominator,
    value: indicator.value,
    met: indicator.met,
    ...(indicator.parts ? { parts: indicator.parts } : {}),
  };
}

/**
 * `numerator / denominator` as a decimal with `decimals` places, rounded half away from zero, exactly (BigInt):
 * `exactDecimal(2, 3, 2)` → `'0.67'`. `''` when the denominator is 0.
 */
export function exactDecimal(numerator: number, denominator: number, decimals: number): string {
  if (denominator === 0) return '';
  let n = BigInt(Math.trunc(numerator));
  let d = BigInt(Math.trunc(denominator));
  if (d < 0n) {
    n = -n;
    d = -d;
  }
  const negative = n < 0n;
  const scale = 10n ** BigInt(decimals);
  const scaled = (negative ? -n : n) * scale;
  let q = scaled / d;
  if ((scaled % d) * 2n >= d) q += 1n;
  const text = q.toString().padStart(decimals + 1, '0');
  const whole = text.slice(0, text.length - decimals);
  const fraction = decimals > 0 ? `.${text.slice(text.length - decimals)}` : '';
  return `${negative && q > 0n ? '-' : ''}${whole}${fraction}`;
}

/**
 * An indicator's value as text: a ratio as a percentage with two decimals (`85.00%`), people with two decimals
 * (`85.30人`), a count as a whole number; computed exactly from numerator and denominator. `''` without data.
 */
export function indicatorValueText(
  numerator: number,
  denominator: number,
  unit: Indicator['unit'],
  lang: ReportLang,
): string {
  if (denominator === 0) return '';
  if (unit === 'ratio') return `${exactDecimal(numerator * 100, denominator, 2)}%`;
  if (unit === 'people') return `${exactDecimal(numerator, denominator, 2)}${say(lang, '人', ' people')}`;
  return String(numerator);
}

/** A target as text: `≥ 100.00%`, `> 81人`. `''` without a target. */
export function targetText(
  target: IndicatorTarget | undefined,
  unit: Indicator['unit'],
  lang: ReportLang,
): string {
  if (target === undefined) return '';
  const op = { '>=': '≥', '>': '>', '<=': '≤', '<': '<', '=': '=' }[target.op];
  const value =
    unit === 'ratio'
      ? `${exactDecimal(target.numerator * 100, target.denominator, 2)}%`
      : unit === 'people'
        ? `${exactDecimal(target.numerator, target.denominator, 2)}${say(lang, '人', ' people')}`
        : exactDecimal(target.numerator, target.denominator, 0);
  return `${op} ${value}`;
}

/** How a row stands toward the indicator's target. */
export function targetStatus(
  row: IndicatorRow | undefined,
  target: IndicatorTarget | undefined,
): TargetStatus {
  if (target === undefined) return 'no-target';
  if (row === undefined || row.denominator === 0 || row.met === null) return 'no-data';
  return row.met ? 'met' : 'not-met';
}

/** Compares `a/b` with `c/d` (b, d > 0) exactly: negative when a/b < c/d. */
export function compareRatios(a: number, b: number, c: number, d: number): number {
  const left = BigInt(Math.trunc(a)) * BigInt(Math.trunc(d));
  const right = BigInt(Math.trunc(c)) * BigInt(Math.trunc(b));
  return left < right ? -1 : left > right ? 1 : 0;
}

/** A ratio value for a `ratio` column, or `null` when there is nothing to measure. */
export function ratioValue(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}

const STATUS_WORDS: Readonly<Record<TargetStatus, { zh: string; en: string }>> = {
  met: { zh: '达标', en: 'met' },
  'not-met': { zh: '未达标', en: 'not met' },
  'no-data': { zh: '无数据', en: 'no data' },
  'no-target': { zh: '', en: '' },
};

/**
 * One sentence on an indicator for a division, in both languages: value, numerator and denominator, target and
 * whether it is met; for counts (PI.T3) the opened / rectified / punished / referred parts; for survey rates
 * (PI.T4) the baseline rate.
 */
export function indicatorSentence(indicator: Indicator, divisionCode: string): Bilingual {
  const row = indicatorRow(indicator, divisionCode);
  const title = indicator.title;
  if (row === undefined || row.denominator === 0)
    return bi(`${title['zh-CN']}：无数据。`, `${title.en}: no data.`);
  const parts = row.parts ?? {};
  if (indicator.unit === 'count') {
    const n = (k: string) => parts[k] ?? 0;
    return bi(
      `${title['zh-CN']}：发现 ${n('opened')} 个，已整改 ${n('rectified')} 个，已处罚 ${n('punished')} 个，已移送 ${n('referred')} 个。`,
      `${title.en}: ${n('opened')} found, ${n('rectified')} rectified, ${n('punished')} punished, ${n('referred')} referred.`,
    );
  }
  const valueZh = indicatorValueText(row.numerator, row.denominator, indicator.unit, 'zh-CN');
  const valueEn = indicatorValueText(row.numerator, row.denominator, indicator.unit, 'en');
  const ratioPart = indicator.unit === 'ratio' ? `（${row.numerator}/${row.denominator}）` : '';
  const ratioPartEn = indicator.unit === 'ratio' ? ` (${row.numerator}/${row.denominator})` : '';
  let zh = `${title['zh-CN']}：${valueZh}${ratioPart}`;
  let en = `${title.en}: ${valueEn}${ratioPartEn}`;
  const bd = parts.baselineDenominator ?? 0;
  if (indicator.target === undefined && bd > 0) {
    const baseZh = indicatorValueText(parts.baselineNumerator ?? 0, bd, 'ratio', 'zh-CN');
    zh += `，基线 ${baseZh}`;
    en += `, baseline ${baseZh}`;
  }
  const status = targetStatus(row, indicator.target);
  if (indicator.target !== undefined) {
    zh += `，目标 ${targetText(indicator.target, indicator.unit, 'zh-CN')}，${STATUS_WORDS[status].zh}`;
    en += `, target ${targetText(indicator.target, indicator.unit, 'en')}, ${STATUS_WORDS[status].en}`;
  }
  return bi(`${zh}。`, `${en}.`);
}

/** The indicators of a check with these ids, in the order of `ids`; ids the check did not compute are skipped. */
export function indicatorsOf(result: CheckResult, ids: readonly string[]): Indicator[] {
  const out: Indicator[] = [];
  for (const id of ids) {
    const found = result.indicators.find((i) => i.id === id);
    if (found !== undefined) out.push(found);
  }
  return out;
}
