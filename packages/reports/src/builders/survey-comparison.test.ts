import type { SurveyWave } from '@rectify/schemas';
import { describe, expect, it } from 'vitest';
import { compareSurveys } from './survey-comparison';

const wave = (
  id: string,
  divisionCode: string,
  surveyedOn: string,
  baseline: boolean,
  supportive: number,
): SurveyWave => ({
  id,
  campaign: 'wages',
  divisionCode,
  wave: id,
  surveyedOn,
  baseline,
  respondents: 100,
  supportive,
  aware: 50,
  satisfied: 50,
});

describe('compareSurveys (PI.T4, WG.S5)', () => {
  const waves = [
    wave('county-0', '350582', '2023-07-10', true, 60),
    wave('county-1', '350582', '2023-11-10', false, 66),
    wave('street-a-0', '350583001', '2023-07-10', true, 70),
    wave('street-a-1', '350583001', '2023-11-10', false, 72),
    wave('street-b-0', '350583002', '2023-07-10', true, 50),
    wave('street-b-1', '350583002', '2023-12-10', false, 99),
  ];

  it('compares the division’s own latest wave with its baseline', () => {
    const [support, aware] = compareSurveys(waves, 'wages', '350582', '2023-11-30');
    expect(support).toMatchObject({
      measure: 'supportive',
      baseline: { count: 60, respondents: 100 },
      latest: { count: 66, respondents: 100 },
      risen: true,
    });
    expect(aware?.risen).toBe(false);
  });

  it('sums the innermost divisions when the division has no wave of its own, ignoring waves after asOf', () => {
    const [support] = compareSurveys(waves, 'wages', '350583', '2023-11-30');
    // Street b's latest wave is after asOf: its baseline is also its latest, so it adds to both.
    expect(support).toMatchObject({ baseline: { count: 120 }, latest: { count: 122 }, risen: false });
  });

  it('has nothing to compare without a wave, or with the baseline alone', () => {
    expect(compareSurveys(waves, 'public-income', '350582', '2023-11-30')[0]?.risen).toBeNull();
    expect(compareSurveys(waves, 'wages', '350582', '2023-08-01')[0]?.risen).toBeNull();
  });

  it('takes the rise asked for', () => {
    expect(compareSurveys(waves, 'wages', '350582', '2023-11-30', 700)[0]?.risen).toBe(false);
  });
});
