import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankDivisions } from './ranking';

const rowsArb = fc
  .array(
    fc.record({
      numerator: fc.integer({ min: 0, max: 1000 }),
      denominator: fc.integer({ min: 0, max: 1000 }),
    }),
    { maxLength: 14 },
  )
  .map((rows) =>
    rows.map((r, i) => ({
      code: `3505${String(i).padStart(2, '0')}`,
      ...r,
      numerator: Math.min(r.numerator, r.denominator),
    })),
  );

const value = (r: { numerator: number; denominator: number }) => r.numerator / r.denominator;

describe('rankDivisions', () => {
  it.each([
    [
      'distinct values',
      [
        [9, 10],
        [5, 10],
        [7, 10],
        [1, 10],
        [3, 10],
      ],
      [1, 3, 2, 5, 4],
      [false, true, false, true, true],
    ],
    [
      'ties share a place',
      [
        [1, 2],
        [2, 4],
        [1, 4],
        [0, 4],
      ],
      [1, 1, 3, 4],
      [false, false, true, true],
    ],
    [
      'all equal: nobody at the bottom',
      [
        [1, 1],
        [3, 3],
        [2, 2],
        [5, 5],
      ],
      [1, 1, 1, 1],
      [false, false, false, false],
    ],
    [
      'no data: not ranked, not bottom',
      [
        [1, 2],
        [0, 0],
        [1, 4],
      ],
      [1, null, 2],
      [false, false, true],
    ],
  ])('%s', (_, figures, ranks, bottoms) => {
    const rows = (figures as number[][]).map(([n, d], i) => ({
      code: String(i),
      numerator: n as number,
      denominator: d as number,
    }));
    const places = rankDivisions(rows);
    expect(rows.map((r) => places.get(r.code)?.rank)).toEqual(ranks);
    expect(rows.map((r) => places.get(r.code)?.bottom)).toEqual(bottoms);
  });

  it('orders ranks by value, equal values sharing one (property)', () => {
    fc.assert(
      fc.property(rowsArb, (rows) => {
        const places = rankDivisions(rows);
        const ranked = rows.filter((r) => r.denominator > 0);
        for (const a of ranked)
          for (const b of ranked) {
            const ra = places.get(a.code)?.rank as number;
            const rb = places.get(b.code)?.rank as number;
            if (a.numerator * b.denominator === b.numerator * a.denominator) expect(ra).toBe(rb);
            else if (value(a) > value(b)) expect(ra).toBeLessThan(rb);
          }
        for (const r of rows)
          if (r.denominator === 0) expect(places.get(r.code)).toEqual({ rank: null, bottom: false });
      }),
    );
  });

  it('marks the bottom: never the best, and every worse division too (property)', () => {
    fc.assert(
      fc.property(rowsArb, fc.integer({ min: 0, max: 5 }), (rows, bottomCount) => {
        const places = rankDivisions(rows, bottomCount);
        const ranked = rows.filter((r) => r.denominator > 0);
        for (const a of ranked) {
          const place = places.get(a.code);
          if (place?.rank === 1) expect(place.bottom).toBe(false);
          if (!place?.bottom) continue;
          const worse = ranked.filter((b) => b.numerator * a.denominator < a.numerator * b.denominator);
          expect(worse.length).toBeLessThan(bottomCount);
          for (const b of worse) expect(places.get(b.code)?.bottom).toBe(true);
        }
      }),
    );
  });
});
