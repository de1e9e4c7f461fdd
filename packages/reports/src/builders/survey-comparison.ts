import type { Campaign, SurveyWave } from '@rectify/schemas';
import { withinDivision } from './division';
import { byText } from './table';

/** A survey count: supportive (支持), aware (知晓) or satisfied (满意) respondents. */
export type SurveyMeasure = 'supportive' | 'aware' | 'satisfied';

/** Every survey measure, in the order the texts name them (支持率、知晓率、满意率). */
export const SURVEY_MEASURES: readonly SurveyMeasure[] = ['supportive', 'aware', 'satisfied'];

/** One measure of a division's survey: the baseline wave and the latest wave, summed over the divisions used. */
export interface SurveyComparison {
  /** The count compared. */
  readonly measure: SurveyMeasure;
  /** Baseline counts (respondents 0 when there is no baseline wave). */
  readonly baseline: {
    readonly count: number;
    readonly respondents: number;
    readonly waves: readonly string[];
  };
  /** Latest counts (respondents 0 when there is no wave). */
  readonly latest: {
    readonly count: number;
    readonly respondents: number;
    readonly waves: readonly string[];
  };
  /**
   * Whether the latest rate is at least `minimumRiseBp` basis points above the baseline rate, exactly; `null`
   * when either is missing, or when the latest wave is the baseline wave itself.
   */
  readonly risen: boolean | null;
}

/** Default rise read as "显著提高": 5 percentage points (500 basis points), as PI.T4's indicators read it. */
export const DEFAULT_SURVEY_RISE_BP = 500;

const byDate = (a: SurveyWave, b: SurveyWave) => byText(a.surveyedOn, b.surveyedOn) || byText(a.id, b.id);

/**
 * Compares a division's latest survey wave with its baseline wave (PI.T4, WG.S5: 支持率、知晓率、满意率显著提高).
 * The waves used are those of the division itself; when it has none, those of the divisions inside it, taking
 * only the innermost surveyed divisions so no respondent counts twice, summed. Per division, the baseline is the
 * earliest wave flagged `baseline`, the latest the last wave up to `asOf`.
 */
export function compareSurveys(
  waves: readonly SurveyWave[] | undefined,
  campaign: Campaign,
  divisionCode: string,
  asOf: string,
  minimumRiseBp = DEFAULT_SURVEY_RISE_BP,
): SurveyComparison[] {
  const byDivision = new Map<string, SurveyWave[]>();
  for (const w of waves ?? []) {
    if (w.campaign !== campaign || w.surveyedOn > asOf || !withinDivision(w.divisionCode, divisionCode))
      continue;
    const list = byDivision.get(w.divisionCode) ?? [];
    list.push(w);
    byDivision.set(w.divisionCode, list);
  }
  let codes = [...byDivision.keys()].sort(byText);
  if (byDivision.has(divisionCode)) codes = [divisionCode];
  else codes = codes.filter((code) => !codes.some((other) => other !== code && withinDivision(other, code)));
  const picked = codes.map((code) => {
    const list = [...(byDivision.get(code) ?? [])].sort(byDate);
    return { baseline: list.find((w) => w.baseline), latest: list[list.length - 1] };
  });
  return SURVEY_MEASURES.map((measure) => {
    const baseline = { count: 0, respondents: 0, waves: [] as string[] };
    const latest = { count: 0, respondents: 0, waves: [] as string[] };
    let onlyBaseline = true;
    for (const p of picked) {
      if (p.baseline) {
        baseline.count += p.baseline[measure];
        baseline.respondents += p.baseline.respondents;
        baseline.waves.push(p.baseline.wave);
      }
      if (p.latest) {
        latest.count += p.latest[measure];
        latest.respondents += p.latest.respondents;
        latest.waves.push(p.latest.wave);
        if (p.latest !== p.baseline) onlyBaseline = false;
      }
    }
    let risen: boolean | null = null;
    if (baseline.respondents > 0 && latest.respondents > 0 && !onlyBaseline) {
      const bn = BigInt(baseline.count);
      const bd = BigInt(baseline.respondents);
      const ln = BigInt(latest.count);
      const ld = BigInt(latest.respondents);
      risen = 10000n * (ln * bd - bn * ld) >= BigInt(minimumRiseBp) * ld * bd;
    }
    return { measure, baseline, latest, risen };
  });
}
