import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RulesError } from '../engine/check';
import { createRandom, seedText } from './random';

const cycleLength = (p: readonly number[]) => {
  let at = 0;
  let steps = 0;
  do {
    at = p[at] as number;
    steps++;
  } while (at !== 0 && steps <= p.length);
  return steps;
};

describe('createRandom — seeded source of the planners (PI.M2 双随机, PI.M3)', () => {
  it('keeps its golden values, so a plan made today is reproducible with a later version', () => {
    const r = createRandom('rectify', 'golden');
    expect([r.nextUint32(), r.nextUint32(), r.nextUint32(), r.int(10), r.int(10)]).toEqual([
      186728061, 2067817340, 1170078400, 6, 3,
    ]);
    expect(r.shuffle([1, 2, 3, 4, 5, 6])).toEqual([3, 2, 1, 4, 6, 5]);
    expect(r.cycle(5)).toEqual([1, 3, 4, 2, 0]);
    const s = createRandom(2023);
    expect([s.nextUint32(), s.nextUint32()]).toEqual([3025322072, 1595210278]);
  });

  it.each([
    ['a number and its decimal text', 7, '7', true],
    ['different seeds', 7, 8, false],
  ] as const)('%s', (_, a, b, same) => {
    const x = createRandom(a, 's');
    const y = createRandom(b, 's');
    const xs = [x.nextUint32(), x.nextUint32(), x.nextUint32()];
    const ys = [y.nextUint32(), y.nextUint32(), y.nextUint32()];
    expect(xs.join() === ys.join()).toBe(same);
  });

  it('separates streams under one seed', () => {
    const a = createRandom(1, 'sampling', '350503');
    const b = createRandom(1, 'sampling', '350504');
    expect(a.nextUint32()).not.toBe(b.nextUint32());
  });

  it.each([
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['an object', {} as unknown as string],
  ])('throws RulesError for a seed that is %s', (_, seed) => {
    expect(() => seedText(seed)).toThrow(RulesError);
  });

  it.each([0, -1, 1.5, 2 ** 32 + 1])('int(%s) is misuse', (n) => {
    expect(() => createRandom(1).int(n)).toThrow(RulesError);
  });

  it('int(n) stays in [0, n), next() in [0, 1)', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 1, max: 2 ** 32 }), (seed, n) => {
        const r = createRandom(seed);
        for (let i = 0; i < 20; i++) {
          const v = r.int(n);
          const f = r.next();
          if (!(Number.isInteger(v) && v >= 0 && v < n && f >= 0 && f < 1)) return false;
        }
        return true;
      }),
    );
  });

  it('shuffle returns a permutation and leaves its input alone', () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.integer(), { maxLength: 40 }), (seed, items) => {
        const copy = [...items];
        const out = createRandom(seed).shuffle(items);
        expect(items).toEqual(copy);
        expect([...out].sort((a, b) => a - b)).toEqual([...items].sort((a, b) => a - b));
      }),
    );
  });

  it('cycle(n) is one n-cycle: no fixed point for n ≥ 2, no mutual pair for n ≥ 3', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 0, max: 60 }), (seed, n) => {
        const p = createRandom(seed).cycle(n);
        expect([...p].sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, i) => i));
        if (n >= 1) expect(cycleLength(p)).toBe(n);
        if (n >= 2) expect(p.every((to, from) => to !== from)).toBe(true);
        if (n >= 3) expect(p.every((to, from) => p[to] !== from)).toBe(true);
      }),
    );
  });

  it('cycle(n) reaches every single cycle of a small n (uniformity smoke test)', () => {
    const seen = new Set<string>();
    for (let s = 0; s < 300; s++) seen.add(createRandom(s).cycle(4).join());
    // (4 − 1)! = 6 cycles of four elements.
    expect(seen.size).toBe(6);
  });
});
