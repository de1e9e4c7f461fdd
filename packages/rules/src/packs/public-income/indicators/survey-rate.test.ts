import type { SurveyWave } from '@rectify/schemas';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indicatorDataset, rowOf, runIndicator, surveyRecord } from '../../../testing/handling-builders';
import { awarenessRateIndicator } from './awareness-rate';
import { satisfactionRateIndicator } from './satisfaction-rate';
import { supportRateIndicator } from './support-rate';
import { surveyRiseMet } from './survey-rate';

const wave = (
  id: string,
  divisionCode: string,
  surveyedOn: string,
  respondents: number,
  counts: number,
  baseline = false,
): SurveyWave =>
  surveyRecord({
    id,
    divisionCode,
    surveyedOn,
    respondents,
    supportive: counts,
    aware: counts,
    satisfied: counts,
    baseline,
  });

// PI.T4 业主对物业“点题整治”的支持率、知晓率、满意率显著提高: latest wave vs the baseline wave.
describe('PI-T4-SUPPORT / AWARENESS / SATISFACTION (PI.T4)', () => {
  type Case = [
    name: string,
    waves: SurveyWave[],
    asOf: string,
    code: string,
    expected: Record<string, number> | undefined,
    rise: boolean | null,
  ];
  const cases: Case[] = [
    [
      'latest wave against the baseline: 60% → 70% is a marked rise',
      [wave('W1', '350503', '2023-07-15', 100, 60, true), wave('W2', '350503', '2023-11-15', 200, 140)],
      '2023-11-30',
      '350503',
      { baselineNumerator: 60, baselineDenominator: 100, latestNumerator: 140, latestDenominator: 200 },
      true,
    ],
    [
      'exactly 5 points (60% → 65%) meets the default reading',
      [wave('W1', '350503', '2023-07-15', 100, 60, true), wave('W2', '350503', '2023-11-15', 100, 65)],
      '2023-11-30',
      '350503',
      { baselineNumerator: 60, baselineDenominator: 100, latestNumerator: 65, latestDenominator: 100 },
      true,
    ],
    [
      '4.99 points does not',
      [
        wave('W1', '350503', '2023-07-15', 10_000, 6_000, true),
        wave('W2', '350503', '2023-11-15', 10_000, 6_499),
      ],
      '2023-11-30',
      '350503',
      {
        baselineNumerator: 6_000,
        baselineDenominator: 10_000,
        latestNumerator: 6_499,
        latestDenominator: 10_000,
      },
      false,
    ],
    [
      'a wave after asOf is not yet known: the baseline is the latest',
      [wave('W1', '350503', '2023-07-15', 100, 60, true), wave('W2', '350503', '2023-12-15', 100, 90)],
      '2023-11-30',
      '350503',
      { baselineNumerator: 60, baselineDenominator: 100, latestNumerator: 60, latestDenominator: 100 },
      false,
    ],
    [
      'no baseline wave: the rise cannot be judged',
      [wave('W2', '350503', '2023-11-15', 100, 90)],
      '2023-11-30',
      '350503',
      { baselineNumerator: 0, baselineDenominator: 0, latestNumerator: 90, latestDenominator: 100 },
      null,
    ],
    [
      'counties are summed into the city, baselines too',
      [
        wave('W1', '350502', '2023-07-15', 100, 50, true),
        wave('W2', '350502', '2023-11-15', 100, 60),
        wave('W3', '350503', '2023-07-20', 300, 150, true),
        wave('W4', '350503', '2023-11-20', 300, 180),
      ],
      '2023-11-30',
      '350500',
      { baselineNumerator: 200, baselineDenominator: 400, latestNumerator: 240, latestDenominator: 400 },
      true,
    ],
    [
      'a city-wide wave is left out where counties were surveyed (no respondent counted twice)',
      [
        wave('W0', '350500', '2023-11-01', 1_000, 900),
        wave('W1', '350503', '2023-07-15', 100, 60, true),
        wave('W2', '350503', '2023-11-15', 100, 70),
      ],
      '2023-11-30',
      '350500',
      { baselineNumerator: 60, baselineDenominator: 100, latestNumerator: 70, latestDenominator: 100 },
      true,
    ],
    [
      'a wages survey does not count',
      [{ ...wave('W1', '350503', '2023-07-15', 100, 60, true), campaign: 'wages' }],
      '2023-11-30',
      '350500',
      undefined,
      null,
    ],
  ];
  it.each(cases)('%s', (_name, waves, asOf, code, expected, rise) => {
    const indicator = runIndicator(supportRateIndicator, indicatorDataset({ surveyWave: waves }), asOf);
    const row = rowOf(indicator, code);
    expect(row?.parts).toEqual(expected);
    if (expected)
      expect([row?.numerator, row?.denominator]).toEqual([
        expected.latestNumerator,
        expected.latestDenominator,
      ]);
    expect(surveyRiseMet(row?.parts)).toBe(rise);
    expect(indicator.target).toBeUndefined();
  });

  it('each indicator reads its own count', () => {
    const w = surveyRecord({
      id: 'W1',
      divisionCode: '350503',
      surveyedOn: '2023-11-01',
      respondents: 10,
      supportive: 7,
      aware: 8,
      satisfied: 9,
    });
    const d = indicatorDataset({ surveyWave: [w] });
    expect(runIndicator(supportRateIndicator, d, '2023-11-30').numerator).toBe(7);
    expect(runIndicator(awarenessRateIndicator, d, '2023-11-30').numerator).toBe(8);
    expect(runIndicator(satisfactionRateIndicator, d, '2023-11-30').numerator).toBe(9);
    expect([supportRateIndicator.id, awarenessRateIndicator.id, satisfactionRateIndicator.id]).toEqual([
      'PI-T4-SUPPORT',
      'PI-T4-AWARENESS',
      'PI-T4-SATISFACTION',
    ]);
  });

  it('the minimum rise is a documented parameter (500 bp)', () => {
    expect(supportRateIndicator.parameters?.minimumRiseBp?.default).toBe(500);
    expect(
      surveyRiseMet(
        { baselineNumerator: 60, baselineDenominator: 100, latestNumerator: 64, latestDenominator: 100 },
        400,
      ),
    ).toBe(true);
  });

  it('property: surveyRiseMet agrees with exact rational arithmetic, even for large counts', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5_000_000 }),
        fc.integer({ min: 1, max: 5_000_000 }),
        fc.nat(),
        fc.nat(),
        fc.integer({ min: 0, max: 10_000 }),
        (bd, ld, bnSeed, lnSeed, rise) => {
          const bn = bnSeed % (bd + 1);
          const ln = lnSeed % (ld + 1);
          const exact =
            10000n * (BigInt(ln) * BigInt(bd) - BigInt(bn) * BigInt(ld)) >=
            BigInt(rise) * BigInt(ld) * BigInt(bd);
          expect(
            surveyRiseMet(
              { baselineNumerator: bn, baselineDenominator: bd, latestNumerator: ln, latestDenominator: ld },
              rise,
            ),
          ).toBe(exact);
          if (bn * ld === ln * bd)
            expect(
              surveyRiseMet(
                {
                  baselineNumerator: bn,
                  baselineDenominator: bd,
                  latestNumerator: ln,
                  latestDenominator: ld,
                },
                0,
              ),
            ).toBe(true);
        },
      ),
    );
  });
});
