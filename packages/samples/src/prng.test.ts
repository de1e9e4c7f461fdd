import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng, hashInt, hashUnit } from './prng';

describe('createRng', () => {
  it('repeats the same sequence for the same seed and differs for another', () => {
    const a = createRng('seed');
    const b = createRng('seed');
    const c = createRng('seed2');
    const xs = Array.from({ length: 20 }, () => a.next());
    expect(Array.from({ length: 20 }, () => b.next())).toEqual(xs);
    expect(Array.from({ length: 20 }, () => c.next())).not.toEqual(xs);
  });

  it('keeps draws in range (property)', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.integer({ min: -1000, max: 1000 }),
        fc.integer({ min: 0, max: 1000 }),
        (seed, lo, span) => {
          const rng = createRng(seed);
          for (let i = 0; i < 20; i++) {
            const x = rng.next();
            expect(x >= 0 && x < 1).toBe(true);
            const n = rng.int(lo, lo + span);
            expect(Number.isInteger(n) && n >= lo && n <= lo + span).toBe(true);
          }
        },
      ),
    );
  });

  it('forks independent sources without advancing the parent', () => {
    const a = createRng('p');
    const first = createRng('p').next();
    const f1 = a.fork('x').next();
    expect(a.next()).toBe(first);
    expect(createRng('p').fork('x').next()).toBe(f1);
    expect(createRng('p').fork('y').next()).not.toBe(f1);
  });

  it('spreads draws evenly enough', () => {
    const rng = createRng('spread');
    const buckets = new Array(10).fill(0);
    for (let i = 0; i < 20_000; i++) buckets[Math.floor(rng.next() * 10)]++;
    for (const b of buckets) expect(Math.abs(b - 2000)).toBeLessThan(200);
  });

  it('picks, weighs, shuffles and samples', () => {
    const rng = createRng('ops');
    expect(['a', 'b']).toContain(rng.pick(['a', 'b']));
    expect(
      rng.weighted([
        ['only', 1],
        ['never', 0],
      ] as const),
    ).toBe('only');
    expect(rng.shuffle([1, 2, 3, 4, 5]).sort()).toEqual([1, 2, 3, 4, 5]);
    expect(new Set(rng.sample([1, 2, 3, 4, 5], 3)).size).toBe(3);
    expect(() => rng.pick([])).toThrow(RangeError);
  });
});

describe('hashUnit', () => {
  it('is a pure function of its inputs (property)', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer(), fc.integer(), (s, a, b) => {
        const x = hashUnit(s, a, b);
        expect(x).toBe(hashUnit(s, a, b));
        expect(x >= 0 && x < 1).toBe(true);
        const n = hashInt(s, 3, 7, a, b);
        expect(n >= 3 && n <= 7).toBe(true);
      }),
    );
  });
});
