import { readFileSync } from 'node:fs';
import { type Dataset, RIGHTS_BOARD_ITEMS } from '@rectify/schemas';
import { describe, expect, it } from 'vitest';
import { clone, outcomeOf, runRule } from '../../../testing/builders';
import { CLEAN_WAGES_AS_OF, cleanWages, projectIn } from '../../../testing/wages-builders';
import { rightsBoardRule } from './rights-board';

const seed = readFileSync(
  new URL('../../../tasks/__fixtures__/campaign-documents.txt', import.meta.url),
  'utf8',
);
const board = (d: Dataset) => d.records.rightsBoard?.find((b) => b.projectId === 'P1');

// WG.M2 — 维权信息公示 (art. 34 items).
describe('WG-RIGHTS-BOARD (WG.M2)', () => {
  type Case = [name: string, mutate: (d: Dataset) => void, asOf: string, expected: string];
  const cases: Case[] = [
    ['a complete board passes', () => {}, CLEAN_WAGES_AS_OF, 'pass'],
    ['a board checked on asOf itself counts', () => {}, '2023-11-15', 'pass'],
    ['no observation by asOf: unknown', () => {}, '2023-11-14', 'unknown'],
    [
      'no observation at all: unknown, never a silent pass',
      (d) => {
        d.records.rightsBoard = d.records.rightsBoard?.filter((b) => b.projectId !== 'P1');
      },
      CLEAN_WAGES_AS_OF,
      'unknown',
    ],
    [
      'one item missing fails',
      (d) => {
        const b = board(d);
        if (b) b.items = b.items.filter((i) => i !== 'pay-day');
      },
      CLEAN_WAGES_AS_OF,
      'fail',
    ],
    [
      'no board on site fails',
      (d) => {
        const b = board(d);
        if (b) b.present = false;
      },
      CLEAN_WAGES_AS_OF,
      'fail',
    ],
    [
      'a later incomplete observation overrides an earlier complete one',
      (d) => {
        const b = board(d);
        if (b)
          d.records.rightsBoard?.push({ ...b, id: 'RB-P1-2', checkedOn: '2023-11-25', items: ['parties'] });
      },
      CLEAN_WAGES_AS_OF,
      'fail',
    ],
    [
      'a later complete observation cures an earlier gap',
      (d) => {
        const b = board(d);
        if (b) {
          d.records.rightsBoard?.push({ ...b, id: 'RB-P1-2', checkedOn: '2023-11-25' });
          b.items = [];
        }
      },
      CLEAN_WAGES_AS_OF,
      'pass',
    ],
    [
      'a completed project is not applicable',
      (d) => {
        projectIn(d).status = 'completed';
      },
      CLEAN_WAGES_AS_OF,
      'not_applicable',
    ],
  ];
  it.each(cases)('%s', (_name, mutate, asOf, expected) => {
    const d = clone(cleanWages());
    mutate(d);
    expect(outcomeOf(runRule(rightsBoardRule, d, asOf), 'P1')).toBe(expected);
  });

  it('passes on both clean projects', () => {
    expect(runRule(rightsBoardRule, cleanWages(), CLEAN_WAGES_AS_OF).map((f) => f.outcome)).toEqual([
      'pass',
      'pass',
    ]);
  });

  it('lists every missing item in why and in the message', () => {
    const d = clone(cleanWages());
    const b = board(d);
    if (b) b.items = RIGHTS_BOARD_ITEMS.filter((i) => i !== 'minimum-wage' && i !== 'legal-aid-channel');
    const f = runRule(rightsBoardRule, d, CLEAN_WAGES_AS_OF).find((x) => x.subject.id === 'P1');
    expect(f?.why).toHaveLength(1);
    expect(f?.why[0]?.clauseId).toBe('WG.M2');
    expect(f?.why[0]?.text.en).toContain('minimum-wage, legal-aid-channel');
    expect(f?.message.en).toContain('minimum-wage, legal-aid-channel');
    expect(f?.evidence[0]?.pointer).toBe('/records/rightsBoard/0/items');
  });

  it('quotes the campaign document verbatim', () => {
    for (const q of rightsBoardRule.quote) expect(seed.includes(q), q).toBe(true);
  });
});
