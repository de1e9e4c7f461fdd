import { readFileSync } from 'node:fs';
import type { Audit, RectificationDisclosure } from '@rectify/schemas';
import { describe, expect, it } from 'vitest';
import { cleanPublicIncome, outcomeOf, runRule } from '../../../testing/builders';
import { auditRecord, rectificationRecord, withRecords } from '../../../testing/handling-builders';
import { auditRectificationRule } from './audit-rectification';

const seed = readFileSync(
  new URL('../../../tasks/__fixtures__/campaign-documents.txt', import.meta.url),
  'utf8',
);
const run = (audit: Partial<Audit>, disclosures: RectificationDisclosure[], asOf: string) =>
  runRule(
    auditRectificationRule,
    withRecords(cleanPublicIncome(), { audit: [auditRecord(audit)], rectificationDisclosure: disclosures }),
    asOf,
  );
const posted = (day: string, drop?: string): RectificationDisclosure =>
  rectificationRecord({
    channels: (['notice-board', 'provincial-system', 'quanzhou-system'] as const)
      .filter((c) => c !== drop)
      .map((channel) => ({ channel, postedOn: day })),
  });

// PI.M5 经审计确实存在问题的督促整改，并将整改情况在小区公示牌以及两个系统公示. A1 is due for rectification on 2023-10-31.
describe('PI-AUDIT-RECTIFICATION (PI.M5)', () => {
  type Case = [
    name: string,
    audit: Partial<Audit>,
    disclosures: RectificationDisclosure[],
    asOf: string,
    expected: string,
  ];
  const cases: Case[] = [
    [
      'rectification posted on all three channels before the date passes',
      {},
      [posted('2023-10-20')],
      '2023-11-30',
      'pass',
    ],
    ['posted on the rectification date itself passes', {}, [posted('2023-10-31')], '2023-11-30', 'pass'],
    ['posted a day after the rectification date fails', {}, [posted('2023-11-01')], '2023-11-30', 'fail'],
    [
      'one channel missing after the date fails',
      {},
      [posted('2023-10-20', 'quanzhou-system')],
      '2023-11-30',
      'fail',
    ],
    [
      'one channel missing before the date: pending',
      {},
      [posted('2023-10-20', 'notice-board')],
      '2023-10-25',
      'pending',
    ],
    ['no rectification disclosure on the date: pending', {}, [], '2023-10-31', 'pending'],
    ['no rectification disclosure after the date fails', {}, [], '2023-11-01', 'fail'],
    ['a posting dated after asOf is not yet known', {}, [posted('2023-10-28')], '2023-10-25', 'pending'],
    ['no problems found: not applicable', { problemsFound: false }, [], '2023-11-30', 'not_applicable'],
    [
      'audit not reported yet: pending',
      { problemsFound: undefined, reportedOn: undefined, rectificationDueOn: undefined },
      [],
      '2023-11-30',
      'pending',
    ],
    [
      'reported without saying whether problems were found: unknown',
      { problemsFound: undefined },
      [],
      '2023-11-30',
      'unknown',
    ],
    [
      'no rectification date but fully posted: pass',
      { rectificationDueOn: undefined },
      [posted('2023-10-20')],
      '2023-11-30',
      'pass',
    ],
    [
      'no rectification date and a channel missing: unknown',
      { rectificationDueOn: undefined },
      [posted('2023-10-20', 'provincial-system')],
      '2023-11-30',
      'unknown',
    ],
    [
      'a bundled audit with one complete and one incomplete disclosure fails',
      { communityIds: ['C1', 'C2'] },
      [posted('2023-10-20'), { ...posted('2023-10-20', 'notice-board'), id: 'RD2', communityId: 'C2' }],
      '2023-11-30',
      'fail',
    ],
  ];
  it.each(cases)('%s', (_name, audit, disclosures, asOf, expected) => {
    expect(outcomeOf(run(audit, disclosures, asOf), 'A1')).toBe(expected);
  });

  it('a failure names the missing channel with a pointer and the rectification date', () => {
    const [f] = run({}, [posted('2023-10-20', 'quanzhou-system')], '2023-11-30');
    expect(f?.outcome).toBe('fail');
    expect(f?.deadline).toBe('2023-10-31');
    expect(f?.why).toHaveLength(1);
    expect(f?.why[0]?.clauseId).toBe('PI.M5');
    expect(f?.why[0]?.text['zh-CN']).toContain('泉州市物业项目管理系统');
    expect(f?.evidence[0]).toEqual({
      pointer: '/records/rectificationDisclosure/0/channels',
      observed: null,
      expected: 'quanzhou-system',
    });
  });

  it('a late posting points at its date', () => {
    const [f] = run({}, [posted('2023-11-02')], '2023-11-30');
    expect(f?.evidence.map((e) => e.pointer)).toEqual(
      [0, 1, 2].map((i) => `/records/rectificationDisclosure/0/channels/${i}/postedOn`),
    );
  });

  it('quotes the campaign text verbatim', () => {
    for (const q of auditRectificationRule.quote) expect(seed).toContain(q);
  });
});
