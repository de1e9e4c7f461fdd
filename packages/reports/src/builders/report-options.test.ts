import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ReportBuildError } from './report-build-error';
import {
  inRange,
  knownUntil,
  monthRange,
  periodRange,
  quarterRange,
  settleOptions,
  yearRange,
} from './report-options';

describe('report options', () => {
  it.each([
    ['2023-02', '2023-02-01', '2023-02-28'],
    ['2024-02', '2024-02-01', '2024-02-29'],
    ['2023Q4', '2023-10-01', '2023-12-31'],
    ['2023', '2023-01-01', '2023-12-31'],
  ])('period %s runs %s to %s', (period, from, to) => {
    expect(periodRange(period, 'test')).toMatchObject({
      period,
      from,
      to,
      year: 2023 + (period.startsWith('2024') ? 1 : 0),
    });
  });

  it.each(['2023-13', '2023Q5', '23', '', 2023, null])('rejects the period %s', (period) => {
    expect(() => periodRange(period, 'test')).toThrow(ReportBuildError);
  });

  it('keeps each kind of period to its own kind', () => {
    expect(() => monthRange('2023Q1', 'test')).toThrow(ReportBuildError);
    expect(() => quarterRange('2023-01', 'test')).toThrow(ReportBuildError);
    expect(() => yearRange(2023.5, 'test')).toThrow(ReportBuildError);
  });

  it('a month holds its days only (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 12 }), (y, m) => {
        const month = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`;
        const range = monthRange(month, 'test');
        expect(range.from.startsWith(month)).toBe(true);
        expect(range.to.startsWith(month)).toBe(true);
        expect(range.from <= range.to).toBe(true);
      }),
    );
  });

  it('knows nothing after asOf', () => {
    const range = monthRange('2023-11', 'test');
    expect(knownUntil(range, '2023-11-15')).toBe('2023-11-15');
    expect(knownUntil(range, '2024-01-01')).toBe('2023-11-30');
    expect(inRange('2023-11-20', range, '2023-11-15')).toBe(false);
    expect(inRange('2023-11-10', range, '2023-11-15')).toBe(true);
    expect(inRange(undefined, range, '2023-11-15')).toBe(false);
  });

  it('settles the shared options with their defaults', () => {
    expect(settleOptions({ divisionCode: '350582', asOf: '2023-11-30' }, 'test')).toEqual({
      divisionCode: '350582',
      asOf: '2023-11-30',
      lang: 'zh-CN',
      reveal: false,
    });
    for (const bad of [
      { divisionCode: '35058', asOf: '2023-11-30' },
      { divisionCode: '350582', asOf: '2023-11-30T00:00:00+08:00' },
      { divisionCode: '350582', asOf: '2023-11-30', lang: 'fr' },
      { divisionCode: '350582', asOf: '2023-11-30', reveal: 'yes' },
    ])
      expect(() => settleOptions(bad as never, 'test')).toThrow(ReportBuildError);
  });
});
