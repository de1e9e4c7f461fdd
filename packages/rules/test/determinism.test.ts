// The engine's contract: same input, parameters and asOf → byte-identical JSON; chunked = whole; no clock.

import { generateDataset } from '@rectify/samples';
import { type Dataset, validate } from '@rectify/schemas';
import { describe, expect, it, vi } from 'vitest';
import { CheckSession, check, RulesError } from '../src/engine/check';
import { publicIncomePack } from '../src/packs/public-income/index';
import { PUBLIC_INCOME_INDICATORS } from '../src/packs/public-income/indicators/index';

const asOf = '2023-11-30';
const { dataset } = generateDataset({
  seed: 'determinism',
  asOf,
  communities: 120,
  projects: 0,
  plantRate: 0.05,
});
const options = { asOf, packs: [publicIncomePack], indicators: PUBLIC_INCOME_INDICATORS };

/** Splits a dataset into one chunk per community (with its records) plus the shared records. */
function byCommunity(d: Dataset): Dataset[] {
  const chunks = new Map<string, Dataset['records']>();
  const shared: Dataset['records'] = {};
  for (const [kind, list] of Object.entries(d.records) as [
    keyof Dataset['records'],
    Record<string, unknown>[],
  ][]) {
    for (const r of list ?? []) {
      const id =
        kind === 'community'
          ? (r.id as string)
          : kind === 'audit'
            ? (r.communityIds as string[])[0]
            : (r.communityId as string | undefined);
      let target = id === undefined ? shared : chunks.get(id);
      if (!target) {
        target = {};
        chunks.set(id as string, target);
      }
      // biome-ignore lint/suspicious/noExplicitAny: records move between chunks of the same kind
      const bucket = target as any;
      if (!bucket[kind]) bucket[kind] = [];
      bucket[kind].push(r);
    }
  }
  // Divisions go with every chunk so names resolve; they are not subjects of any rule. Records of no community
  // (survey waves, division-level records) form a chunk of their own.
  return [
    ...[...chunks.values()].map((records) => ({
      ...d,
      records: { ...records, division: d.records.division },
    })),
    { ...d, records: shared },
  ];
}

describe('check() determinism', () => {
  it('the generated dataset is valid', () => {
    expect(validate('dataset', dataset).counts.errors).toBe(0);
  });

  it('gives byte-identical JSON on repeated runs', () => {
    expect(JSON.stringify(check(dataset, options))).toBe(
      JSON.stringify(check(structuredClone(dataset), options)),
    );
  });

  it('does not read the clock', () => {
    const before = JSON.stringify(check(dataset, options));
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2031-01-01T00:00:00Z'));
    try {
      expect(JSON.stringify(check(dataset, options))).toBe(before);
    } finally {
      vi.useRealTimers();
    }
  });

  it('a session fed community by community gives the same findings and indicators as one run', () => {
    const whole = check(dataset, options);
    const session = new CheckSession(options);
    for (const chunk of byCommunity(dataset)) session.add(chunk);
    const chunked = session.result();
    // Evidence pointers index into the dataset that was checked, so in a session they point into the chunk.
    const withoutIndexes = (fs: typeof whole.findings) =>
      JSON.stringify(fs).replace(/\/records\/([A-Za-z]+)\/[0-9]+/g, '/records/$1/#');
    expect(withoutIndexes(chunked.findings)).toBe(withoutIndexes(whole.findings));
    expect(chunked.summary.byOutcome).toEqual(whole.summary.byOutcome);
    expect(chunked.indicators.map((i) => [i.id, i.numerator, i.denominator])).toEqual(
      whole.indicators.map((i) => [i.id, i.numerator, i.denominator]),
    );
  });

  it('rejects a malformed asOf or an unknown parameter as misuse', () => {
    expect(() => check(dataset, { ...options, asOf: '2023/11/30' })).toThrow(RulesError);
    expect(() => check(dataset, { ...options, parameters: { 'PI-DISPLAY-DURATION': { nope: 1 } } })).toThrow(
      /no parameter/,
    );
  });
});
