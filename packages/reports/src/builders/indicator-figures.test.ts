import type { Indicator } from '@rectify/rules';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareRatios,
  exactDecimal,
  indicatorRow,
  indicatorSentence,
  indicatorValueText,
  targetStatus,
  targetText,
} from './indicator-figures';

const indicator: Indicator = {
  id: 'PI-T1-DISCLOSURE',
  campaign: 'public-income',
  clauseIds: ['PI.T1'],
  title: { 'zh-CN': '季度公示率', en: 'Disclosure rate' },
  definition: { 'zh-CN': '定义', en: 'Definition' },
  unit: 'ratio',
  target: { op: '>=', numerator: 1, denominator: 1, scope: 'city' },
  numerator: 3,
  denominator: 4,
  value: 0.75,
  met: false,
  breakdown: [
    { level: 'county', divisionCode: '350582', numerator: 2, denominator: 3, value: 0.666667, met: false },
    { level: 'county', divisionCode: '350503', numerator: 1, denominator: 1, value: 1, met: true },
  ],
};

describe('exactDecimal', () => {
  it.each([
    [2, 3, 2, '0.67'],
    [1, 8, 2, '0.13'],
    [-1, 8, 2, '-0.13'],
    [1, 3, 0, '0'],
    [5, 10, 0, '1'],
    [-1, 1000, 2, '0.00'],
    [1, 0, 2, ''],
    [8530, 100, 2, '85.30'],
  ])('%i / %i to %i places is %s', (n, d, places, expected) => {
    expect(exactDecimal(n, d, places)).toBe(expected);
  });

  it('rounds half away from zero, exactly (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e9, max: 1e9 }),
        fc.integer({ min: 1, max: 1e6 }),
        fc.integer({ min: 0, max: 4 }),
        (n, d, places) => {
          const text = exactDecimal(n, d, places);
          const scaled = BigInt(text.replace('.', '').replace('-', '')) * (n < 0 ? -1n : 1n);
          // |scaled × d − n × 10^places| ≤ d / 2, and a tie goes away from zero.
          const error = scaled * BigInt(d) - BigInt(n) * 10n ** BigInt(places);
          const abs = error < 0n ? -error : error;
          expect(abs * 2n <= BigInt(d)).toBe(true);
          if (abs * 2n === BigInt(d) && n !== 0) expect(scaled < 0n === n < 0 || scaled === 0n).toBe(true);
        },
      ),
    );
  });
});

describe('compareRatios', () => {
  it('agrees with the rationals (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 40 }),
        fc.integer({ min: 1, max: 2 ** 40 }),
        fc.integer({ min: 0, max: 2 ** 40 }),
        fc.integer({ min: 1, max: 2 ** 40 }),
        (a, b, c, d) => {
          const left = BigInt(a) * BigInt(d);
          const right = BigInt(c) * BigInt(b);
          expect(compareRatios(a, b, c, d)).toBe(left < right ? -1 : left > right ? 1 : 0);
          expect(compareRatios(c, d, a, b)).toBe(-compareRatios(a, b, c, d));
        },
      ),
    );
  });
});

describe('indicator figures', () => {
  it('finds the division’s row, and the city total for the city', () => {
    expect(indicatorRow(indicator, '350582')?.numerator).toBe(2);
    expect(indicatorRow(indicator, '350500')).toMatchObject({ level: 'city', numerator: 3, denominator: 4 });
    expect(indicatorRow(indicator, '350521')).toBeUndefined();
  });

  it.each([
    [2, 3, 'ratio', '66.67%'],
    [8530, 100, 'people', '85.30人'],
    [3, 1, 'count', '3'],
    [0, 0, 'ratio', ''],
  ] as const)('values %i/%i as %s', (n, d, unit, text) => {
    expect(indicatorValueText(n, d, unit, 'zh-CN')).toBe(text);
  });

  it('writes targets and whether they are met', () => {
    expect(targetText(indicator.target, 'ratio', 'zh-CN')).toBe('≥ 100.00%');
    expect(targetText({ op: '>', numerator: 81, denominator: 1, scope: 'city' }, 'people', 'en')).toBe(
      '> 81.00 people',
    );
    expect(targetStatus(indicator.breakdown[0], indicator.target)).toBe('not-met');
    expect(targetStatus(indicator.breakdown[1], indicator.target)).toBe('met');
    expect(targetStatus(undefined, indicator.target)).toBe('no-data');
    expect(targetStatus(indicator.breakdown[1], undefined)).toBe('no-target');
  });

  it('says one sentence per indicator in both languages', () => {
    expect(indicatorSentence(indicator, '350582')).toEqual({
      'zh-CN': '季度公示率：66.67%（2/3），目标 ≥ 100.00%，未达标。',
      en: 'Disclosure rate: 66.67% (2/3), target ≥ 100.00%, not met.',
    });
    expect(indicatorSentence(indicator, '350521')['zh-CN']).toBe('季度公示率：无数据。');
  });
});
