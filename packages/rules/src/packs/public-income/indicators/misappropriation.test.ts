import type { Problem } from '@rectify/schemas';
import { describe, expect, it } from 'vitest';
import { indicatorDataset, problemRecord, rowOf, runIndicator } from '../../../testing/handling-builders';
import { misappropriationIndicator } from './misappropriation';

const open = { interviewedOn: undefined, rectifiedOn: undefined, closedOn: undefined, deadline: undefined };
const p = (id: string, overrides: Partial<Problem>) => problemRecord({ id, ...open, ...overrides });

// PI.T3 侵占业主公共收益行为得到有效纠正和查处: problems of PI.C3 / PI.C4 kinds opened, rectified, punished, referred.
describe('PI-T3-MISAPPROPRIATION (PI.T3, PI.C3, PI.C4)', () => {
  type Case = [
    name: string,
    problems: Problem[],
    parts: Record<string, number> | undefined,
    ratio: [number, number],
  ];
  const cases: Case[] = [
    [
      'an embezzlement found and rectified',
      [p('P1', { rectifiedOn: '2023-09-01' })],
      { opened: 1, rectified: 1, punished: 0, referred: 0 },
      [1, 1],
    ],
    [
      'every misappropriation kind counts',
      (
        [
          'common-part-business',
          'embezzlement',
          'unauthorised-lease',
          'inflated-repair',
          'inflated-operating-cost',
        ] as const
      ).map((kind, i) => p(`P${i}`, { kind })),
      { opened: 5, rectified: 0, punished: 0, referred: 0 },
      [0, 5],
    ],
    [
      'punished and referred are counted alongside',
      [
        p('P1', { punishedOn: '2023-09-01' }),
        p('P2', { referredOn: '2023-09-05', referredTo: 'public-security', rectifiedOn: '2023-10-01' }),
      ],
      { opened: 2, rectified: 1, punished: 1, referred: 1 },
      [1, 2],
    ],
    [
      'other kinds do not count (a late disclosure)',
      [p('P1', { kind: 'disclosure-late' })],
      undefined,
      [0, 0],
    ],
    ['the wages campaign does not count', [p('P1', { campaign: 'wages' })], undefined, [0, 0]],
    ['found last year does not count', [p('P1', { foundOn: '2022-12-20' })], undefined, [0, 0]],
    ['found after asOf does not count', [p('P1', { foundOn: '2023-12-05' })], undefined, [0, 0]],
    [
      'a rectification dated after asOf is not yet counted',
      [p('P1', { rectifiedOn: '2023-12-10' })],
      { opened: 1, rectified: 0, punished: 0, referred: 0 },
      [0, 1],
    ],
  ];
  it.each(cases)('%s', (_name, problems, parts, [numerator, denominator]) => {
    const indicator = runIndicator(
      misappropriationIndicator,
      indicatorDataset({ problem: problems }),
      '2023-11-30',
    );
    expect(indicator.parts).toEqual(parts);
    expect([indicator.numerator, indicator.denominator]).toEqual([numerator, denominator]);
    expect(indicator.met).toBeNull();
  });

  it('is broken down by the problem’s division', () => {
    const problems = [
      p('P1', { divisionCode: '350502001', rectifiedOn: '2023-09-01' }),
      p('P2', { divisionCode: '350503002' }),
    ];
    const indicator = runIndicator(
      misappropriationIndicator,
      indicatorDataset({ problem: problems }),
      '2023-11-30',
    );
    expect(rowOf(indicator, '350502')?.parts).toEqual({ opened: 1, rectified: 1, punished: 0, referred: 0 });
    expect(rowOf(indicator, '350503002')?.parts).toEqual({
      opened: 1,
      rectified: 0,
      punished: 0,
      referred: 0,
    });
    expect(indicator.unit).toBe('count');
    expect(misappropriationIndicator.target).toBeUndefined();
  });
});
