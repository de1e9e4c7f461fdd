import { readFileSync } from 'node:fs';
import type { Audit, Dataset, OwnerObjection } from '@rectify/schemas';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanPublicIncome, outcomeOf, runRule } from '../../../testing/builders';
import { auditRecord, objectionRecord, withRecords } from '../../../testing/handling-builders';
import { auditRequiredRule } from './audit-required';

const seed = readFileSync(
  new URL('../../../tasks/__fixtures__/campaign-documents.txt', import.meta.url),
  'utf8',
);

/** C1 has 400 households; its 2023Q1–Q3 disclosures show 4,200 yuan of income a quarter. */
const dataset = (
  audits: Audit[],
  objections: OwnerObjection[] = [],
  mutate: (d: Dataset) => void = () => {},
) => {
  const d = withRecords(cleanPublicIncome(), { audit: audits, ownerObjection: objections });
  mutate(d);
  return d;
};
const zeroIncome = (d: Dataset) => {
  for (const q of d.records.quarterlyDisclosure ?? []) {
    q.incomeLines = [];
    q.incomeTotal = 0;
  }
};
const run = (d: Dataset, asOf: string, parameters?: Record<string, number | string | boolean>) =>
  runRule(auditRequiredRule, d, asOf, {
    ...(parameters ? { parameters: { 'PI-AUDIT-REQUIRED': parameters } } : {}),
  });

// PI.M5 加强审计整改: 开展公共收益第三方审计；公共收益为零且无业主异议的可不纳入审计；业委会或20%以上业主有异议的可聘请审计.
describe('PI-AUDIT-REQUIRED (PI.M5)', () => {
  const owners = (ownersCount: number) => objectionRecord({ ownersCount });
  type Case = [name: string, d: () => Dataset, asOf: string, expected: string];
  const cases: Case[] = [
    ['a county-commissioned audit of the year passes', () => dataset([auditRecord()]), '2023-11-30', 'pass'],
    [
      'a bundled audit naming the community passes',
      () => dataset([auditRecord({ communityIds: ['C9', 'C1'] })]),
      '2024-01-05',
      'pass',
    ],
    ['no audit on 2023-11-30: pending (due 12-31)', () => dataset([]), '2023-11-30', 'pending'],
    ['no audit on 2023-12-31 itself: still pending', () => dataset([]), '2023-12-31', 'pending'],
    ['no audit on 2024-01-01: fail', () => dataset([]), '2024-01-01', 'fail'],
    [
      "an audit of last year's accounts reported in the campaign year counts (previousYearCounts)",
      () => dataset([auditRecord({ year: 2022, reportedOn: '2023-09-30' })]),
      '2024-01-01',
      'pass',
    ],
    [
      "an audit of last year's accounts reported last year does not count",
      () => dataset([auditRecord({ year: 2022, reportedOn: '2022-12-20' })]),
      '2024-01-01',
      'fail',
    ],
    [
      "an audit of last year's accounts reported after the deadline does not count",
      () => dataset([auditRecord({ year: 2022, reportedOn: '2024-01-10' })]),
      '2024-01-12',
      'fail',
    ],
    [
      "an audit of last year's accounts with no report yet does not count",
      () => {
        const a = auditRecord({ year: 2022 });
        delete a.reportedOn;
        return dataset([a]);
      },
      '2024-01-01',
      'fail',
    ],
    [
      'an audit of the year before last does not count',
      () => dataset([auditRecord({ year: 2021 })]),
      '2024-01-01',
      'fail',
    ],
    [
      'zero income in every disclosed quarter, no objection: not applicable',
      () => dataset([], [], zeroIncome),
      '2024-01-01',
      'not_applicable',
    ],
    [
      'zero income but an owner objected: audit required',
      () => dataset([], [owners(10)], zeroIncome),
      '2024-01-01',
      'fail',
    ],
    [
      'an objection raised after asOf does not yet count',
      () => dataset([], [objectionRecord({ raisedOn: '2024-01-10', quarter: '2023Q4' })], zeroIncome),
      '2024-01-05',
      'not_applicable',
    ],
    [
      'no disclosure at all: income not known to be zero, audit required',
      () => dataset([], [], (d) => (d.records.quarterlyDisclosure = [])),
      '2024-01-01',
      'fail',
    ],
    [
      '80 of 400 households (exactly 20%) object; a company-commissioned audit does not answer it',
      () => dataset([auditRecord({ commissionedBy: 'property-company' })], [owners(80)]),
      '2024-01-01',
      'fail',
    ],
    [
      'the same before the deadline: pending',
      () => dataset([auditRecord({ commissionedBy: 'property-company' })], [owners(80)]),
      '2023-11-30',
      'pending',
    ],
    [
      '79 of 400 (19.75%) object: a company-commissioned audit is enough',
      () => dataset([auditRecord({ commissionedBy: 'property-company' })], [owners(79)]),
      '2024-01-01',
      'pass',
    ],
    [
      "the owners' committee objects: a street-commissioned audit does not answer it",
      () =>
        dataset(
          [auditRecord({ commissionedBy: 'street-office' })],
          [objectionRecord({ raisedBy: 'owners-committee', ownersCount: 0 })],
        ),
      '2024-01-01',
      'fail',
    ],
    [
      '20% object, owners commission the audit: pass',
      () => dataset([auditRecord({ commissionedBy: 'owners' })], [owners(80)]),
      '2024-01-01',
      'pass',
    ],
    [
      "20% object, the owners' committee commissions it: pass",
      () => dataset([auditRecord({ commissionedBy: 'owners-committee' })], [owners(80)]),
      '2024-01-01',
      'pass',
    ],
    [
      '20% object, the county authority commissions it: pass',
      () => dataset([auditRecord()], [owners(80)]),
      '2024-01-01',
      'pass',
    ],
  ];
  it.each(cases)('%s', (_name, d, asOf, expected) => {
    expect(outcomeOf(run(d(), asOf), 'C1')).toBe(expected);
  });

  it("previousYearCounts: false asks for an audit of the campaign year's own accounts", () => {
    const d = dataset([auditRecord({ year: 2022, reportedOn: '2023-09-30' })]);
    expect(outcomeOf(run(d, '2024-01-01', { previousYearCounts: false }), 'C1')).toBe('fail');
    expect(outcomeOf(run(d, '2024-01-01'), 'C1')).toBe('pass');
  });

  it('the deadline and the objection share are parameters', () => {
    expect(outcomeOf(run(dataset([]), '2023-12-01', { auditDeadline: '11-30' }), 'C1')).toBe('fail');
    const d = dataset([auditRecord({ commissionedBy: 'property-company' })], [owners(79)]);
    expect(outcomeOf(run(d, '2024-01-01', { objectionShareBp: 1975 }), 'C1')).toBe('fail');
  });

  it('a failure names the missing audit and the owner basis', () => {
    const [f] = run(
      dataset([auditRecord({ commissionedBy: 'property-company' })], [owners(80)]),
      '2024-01-01',
    );
    expect(f?.outcome).toBe('fail');
    expect(f?.deadline).toBe('2023-12-31');
    expect(f?.why[0]?.clauseId).toBe('PI.M5');
    expect(f?.evidence[0]).toMatchObject({
      pointer: '/records/audit/0/commissionedBy',
      observed: 'property-company',
    });
    expect(f?.evidence[1]).toMatchObject({ pointer: '/records/ownerObjection/0', observed: '80/400' });
    expect(f?.message.en).toContain('owner-commissioned');
    const [none] = run(dataset([]), '2024-01-01');
    expect(none?.evidence[0]?.pointer).toBe('/records/community/0');
    expect(none?.message['zh-CN']).toContain('2023 年度');
  });

  it('quotes the campaign text verbatim, parameters included', () => {
    for (const q of auditRequiredRule.quote) expect(seed).toContain(q);
    const source = auditRequiredRule.parameters.objectionShareBp.source;
    expect(source.kind === 'clause' && source.quote !== undefined && seed.includes(source.quote)).toBe(true);
    expect(auditRequiredRule.parameters.auditDeadline.source.kind).toBe('interpretation');
  });

  it('property: a company-commissioned audit answers an objection exactly when fewer than 20% of households object', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 }), (count) => {
        const d = dataset([auditRecord({ commissionedBy: 'property-company' })], [owners(count)]);
        expect(outcomeOf(run(d, '2024-01-01'), 'C1')).toBe(count * 5 >= 400 ? 'fail' : 'pass');
      }),
      { numRuns: 40 },
    );
  });
});
