import type { Bilingual, SurveyWave } from '@rectify/schemas';
import type { IndicatorDefinition, IndicatorItem } from '../../../engine/indicator';
import { t } from '../../../engine/rule';

/** The count of a survey wave an indicator measures: supportive (支持), aware (知晓) or satisfied (满意) respondents. */
export type SurveyMeasure = 'supportive' | 'aware' | 'satisfied';

/** Default of `minimumRiseBp`: "显著提高" read as a rise of at least 5 percentage points over the baseline. */
export const DEFAULT_MINIMUM_RISE_BP = 500;

/**
 * Whether the latest rate rose by at least `minimumRiseBp` basis points over the baseline rate, from an
 * indicator's (or a breakdown row's) parts, compared exactly. `null` when either wave is missing.
 *
 * @param parts - `baselineNumerator`, `baselineDenominator`, `latestNumerator`, `latestDenominator`
 * @param minimumRiseBp - the rise required, in basis points of a rate. Defaults to {@link DEFAULT_MINIMUM_RISE_BP}.
 */
export function surveyRiseMet(
  parts: Readonly<Record<string, number>> | undefined,
  minimumRiseBp = DEFAULT_MINIMUM_RISE_BP,
): boolean | null {
  const bn = parts?.baselineNumerator ?? 0;
  const bd = parts?.baselineDenominator ?? 0;
  const ln = parts?.latestNumerator ?? 0;
  const ld = parts?.latestDenominator ?? 0;
  if (bd <= 0 || ld <= 0) return null;
  // ln/ld − bn/bd ≥ r/10000, cross-multiplied in BigInt: city totals times each other overflow 2^53.
  const big = (n: number) => BigInt(Math.trunc(n));
  return 10000n * (big(ln) * big(bd) - big(bn) * big(ld)) >= big(minimumRiseBp) * big(ld) * big(bd);
}

/** Whether division `outer` contains division `inner` (GB/T 2260: XX0000 province, XXXX00 city, then by prefix). */
function contains(outer: string, inner: string): boolean {
  if (outer === inner) return false;
  if (inner.startsWith(outer)) return true;
  if (outer.length !== 6 || inner.length < 6) return false;
  if (outer.endsWith('0000')) return inner.startsWith(outer.slice(0, 2));
  return outer.endsWith('00') && inner.startsWith(outer.slice(0, 4));
}

const byDate = (a: SurveyWave, b: SurveyWave) =>
  a.surveyedOn < b.surveyedOn ? -1 : a.surveyedOn > b.surveyedOn ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/**
 * Builds a PI.T4 survey indicator. Per division surveyed, the value is the latest public-income survey wave up
 * to asOf; the parts carry that wave's and the baseline wave's counts (`latestNumerator`, `latestDenominator`,
 * `baselineNumerator`, `baselineDenominator`), summed like any parts, so every breakdown row can be compared
 * with its baseline by {@link surveyRiseMet}. The target "显著提高" is relative to the baseline, which the
 * generic target cannot express, so the indicator has no target; `minimumRiseBp` records the reading.
 * Where both a division and one inside it were surveyed, only the inner one counts, so no respondent is
 * counted twice. The baseline is the earliest wave flagged `baseline` (up to asOf) of the same division.
 */
export function surveyRateIndicator(options: {
  id: string;
  measure: SurveyMeasure;
  title: Bilingual;
  definition: Bilingual;
}): IndicatorDefinition {
  const { measure } = options;
  return {
    id: options.id,
    campaign: 'public-income',
    clauseIds: ['PI.T4'],
    quote: ['业主对物业“点题整治”的支持率、知晓率、满意率显著提高'],
    title: options.title,
    definition: options.definition,
    unit: 'ratio',
    parameters: {
      minimumRiseBp: {
        default: DEFAULT_MINIMUM_RISE_BP,
        description: t(
          '“显著提高”的最低升幅（万分比，默认500即5个百分点），供 surveyRiseMet 与基线比较',
          'The least rise that counts as "marked" (basis points; 500 = 5 percentage points), for comparing with the baseline by surveyRiseMet',
        ),
        source: 'interpretation: the text says 显著提高 without a number',
      },
    },
    compute({ asOf, index }) {
      const byDivision = new Map<string, SurveyWave[]>();
      for (const { record } of index.all('surveyWave')) {
        if (record.campaign !== 'public-income' || record.surveyedOn > asOf) continue;
        const list = byDivision.get(record.divisionCode);
        if (list) list.push(record);
        else byDivision.set(record.divisionCode, [record]);
      }
      const codes = [...byDivision.keys()].sort();
      const items: IndicatorItem[] = [];
      for (const code of codes) {
        if (codes.some((other) => contains(code, other))) continue;
        const waves = [...(byDivision.get(code) ?? [])].sort(byDate);
        const latest = waves[waves.length - 1];
        if (!latest) continue;
        const baseline = waves.find((w) => w.baseline);
        items.push({
          divisionCode: code,
          numerator: latest[measure],
          denominator: latest.respondents,
          parts: {
            baselineNumerator: baseline?.[measure] ?? 0,
            baselineDenominator: baseline?.respondents ?? 0,
            latestNumerator: latest[measure],
            latestDenominator: latest.respondents,
          },
        });
      }
      return items;
    },
  };
}
