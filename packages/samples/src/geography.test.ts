import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { QUANZHOU_STREETS } from './data/quanzhou-streets';
import { apportion, buildGeography } from './geography';
import { createRng } from './prng';

describe('apportion', () => {
  it('hands out exactly the total, never to a zero weight (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 50_000 }),
        fc.array(fc.nat({ max: 30 }), { minLength: 1, maxLength: 15 }),
        (total, ws) => {
          const weights = ws.map((w, i) => [`k${i}`, w] as const);
          const out = apportion(total, weights);
          const sum = [...out.values()].reduce((s, n) => s + n, 0);
          expect(sum).toBe(ws.some((w) => w > 0) ? total : 0);
          weights.forEach(([k, w]) => {
            if (w === 0) expect(out.get(k)).toBe(0);
          });
        },
      ),
    );
  });
});

describe('buildGeography', () => {
  it('uses 9-digit street codes under their county and 12-digit committee codes under their street', () => {
    const codes = new Set(QUANZHOU_STREETS.map((s) => s.code));
    expect(codes.size).toBe(QUANZHOU_STREETS.length);
    for (const s of QUANZHOU_STREETS) expect(s.code.slice(0, 6)).toBe(s.countyCode);
    const g = buildGeography(createRng('g'), 500, 50);
    expect(g.communitySlots).toHaveLength(500);
    expect(g.projectStreets).toHaveLength(50);
    for (const slot of g.communitySlots)
      expect(slot.committeeCode).toMatch(new RegExp(`^${slot.street.code}[0-9]{3}$`));
    expect(g.divisions.filter((d) => d.code === '350527')).toHaveLength(1);
    expect(g.communitySlots.some((s) => s.countyCode === '350527')).toBe(false);
  });
});
