import type { Indicator, IndicatorRow, IndicatorTarget } from '@rectify/rules';
import type { Locale } from '../../i18n/index';

const OPS: Readonly<Record<IndicatorTarget['op'], string>> = {
  '>=': '≥',
  '>': '>',
  '<=': '≤',
  '<': '<',
  '=': '=',
};

/** The status code of an indicator or breakdown row: `met`, `not-met`, `not-measured` or `no-target`. */
export function indicatorStatus(
  met: boolean | null | undefined,
  target: IndicatorTarget | undefined,
): string {
  if (!target) return 'no-target';
  if (met === true) return 'met';
  if (met === false) return 'not-met';
  return 'not-measured';
}

/** A value in the indicator's unit: a percentage, people (two decimals) or a count. */
export function indicatorValue(
  unit: Indicator['unit'],
  row: Pick<IndicatorRow, 'value' | 'numerator'>,
  locale: Locale,
): string {
  if (unit === 'count') return locale.integer(row.numerator);
  if (row.value === null || row.value === undefined) return locale.m.common.none;
  if (unit === 'people') return locale.m.indicators.people(locale.decimal(row.value));
  return locale.ratio(row.value);
}

/** The target in words: `≥ 100.00%`, `> 81 人`, prefixed by 各县（市、区） when every county must meet it. */
export function targetText(indicator: Pick<Indicator, 'unit' | 'target'>, locale: Locale): string {
  const t = indicator.target;
  if (!t || !Number.isFinite(t.numerator) || !Number.isFinite(t.denominator) || t.denominator === 0)
    return locale.m.common.none;
  const ratio = t.numerator / t.denominator;
  const value =
    indicator.unit === 'ratio'
      ? locale.ratio(ratio)
      : indicator.unit === 'people'
        ? locale.m.indicators.people(Number.isInteger(ratio) ? locale.integer(ratio) : locale.decimal(ratio))
        : locale.integer(Math.round(ratio));
  const text = `${OPS[t.op] ?? t.op} ${value}`;
  return t.scope === 'county' ? `${locale.m.indicators.inEveryCounty} ${text}` : text;
}

/** `numerator / denominator` with thousands separators. */
export function fractionText(row: Pick<IndicatorRow, 'numerator' | 'denominator'>, locale: Locale): string {
  return `${locale.integer(row.numerator)} / ${locale.integer(row.denominator)}`;
}
