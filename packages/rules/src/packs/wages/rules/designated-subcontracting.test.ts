import { readFileSync } from 'node:fs';
import type { Dataset, Subcontract } from '@rectify/schemas';
import { describe, expect, it } from 'vitest';
import { outcomeOf, runRule } from '../../../testing/builders';
import { CLEAN_WAGES_AS_OF, cleanWages, projectIn, WAGES_USCC } from '../../../testing/wages-builders';
import { designatedSubcontractingRule } from './designated-subcontracting';

const seed = readFileSync(
  new URL('../../../tasks/__fixtures__/campaign-documents.txt', import.meta.url),
  'utf8',
);

/** Two professional subcontractors of the fixture (valid USCCs). */
const PRO = { a: '91350500WGFBA00110', b: '91350500WGFBA002XP' } as const;

const professional = (
  id: string,
  subcontractorUscc: string,
  overrides: Partial<Subcontract> = {},
): Subcontract => ({
  id,
  projectId: 'P1',
  contractorUscc: WAGES_USCC.contractor1,
  subcontractorUscc,
  subcontractorName: `专业分包${id}`,
  kind: 'professional',
  scope: '消防工程',
  unitProject: '1#楼',
  amount: 20_000_000,
  signedOn: '2023-08-10',
  designatedByBuilder: false,
  evidence: [],
  ...overrides,
});

/** The labour subcontractor paid its own workers (not through the special account) and got no money from P1's contractor. */
const selfPaidWithoutFlow = (d: Dataset) => {
  for (const l of d.records.payrollLine ?? [])
    if (l.employerUscc === WAGES_USCC.labourSub) l.throughSpecialAccount = false;
  d.records.projectPayment = d.records.projectPayment?.filter((p) => p.id !== 'PAY-P1-S1');
};

const payment = (
  id: string,
  payerUscc: string,
  payeeUscc: string,
  purpose: 'subcontract' | 'advance-wages' | 'progress',
  paidOn = '2023-10-12',
) => ({
  id,
  projectId: 'P1',
  payerUscc,
  payeeUscc,
  paidOn,
  amount: 3_000_000,
  purpose,
  evidence: [],
});

// WG.M4 治理“甲指分包”问题，重点核查项目施工合同和资金往来情况 — WG.F3 因甲指分包导致拖欠农民工工资.
describe('WG-DESIGNATED-SUBCONTRACTING (WG.M4, WG.F3)', () => {
  type Case = [name: string, mutate: (d: Dataset) => void, asOf: string, expected: string];
  const cases: Case[] = [
    ['the clean project passes', () => {}, CLEAN_WAGES_AS_OF, 'pass'],
    [
      'a subcontract designated by the builder fails',
      (d) => {
        const s = d.records.subcontract?.[0];
        if (s) s.designatedByBuilder = true;
      },
      CLEAN_WAGES_AS_OF,
      'fail',
    ],
    [
      'a designated subcontract signed after asOf is not yet there: pass',
      (d) => {
        const s = d.records.subcontract?.[0];
        if (s) Object.assign(s, { designatedByBuilder: true, signedOn: '2023-12-01' });
      },
      CLEAN_WAGES_AS_OF,
      'pass',
    ],
    [
      'the builder paying the labour subcontractor directly fails',
      (d) =>
        d.records.projectPayment?.push(
          payment('PAY-X', WAGES_USCC.builder1, WAGES_USCC.labourSub, 'subcontract'),
        ),
      CLEAN_WAGES_AS_OF,
      'fail',
    ],
    [
      'a direct payment dated after asOf is not yet made: pass',
      (d) =>
        d.records.projectPayment?.push(
          payment('PAY-X', WAGES_USCC.builder1, WAGES_USCC.labourSub, 'subcontract', '2023-12-05'),
        ),
      CLEAN_WAGES_AS_OF,
      'pass',
    ],
    [
      'wages the builder advances (art. 29) are not a bypass: pass',
      (d) =>
        d.records.projectPayment?.push(
          payment('PAY-X', WAGES_USCC.builder1, WAGES_USCC.labourSub, 'advance-wages'),
        ),
      CLEAN_WAGES_AS_OF,
      'pass',
    ],
    [
      'the builder paying an enterprise that is no subcontractor of the project is not this rule: pass',
      (d) =>
        d.records.projectPayment?.push(
          payment('PAY-X', WAGES_USCC.builder1, WAGES_USCC.stranger, 'progress'),
        ),
      CLEAN_WAGES_AS_OF,
      'pass',
    ],
    [
      'no payment to the subcontractor while it paid its own workers fails',
      selfPaidWithoutFlow,
      CLEAN_WAGES_AS_OF,
      'fail',
    ],
    [
      'no payment to the subcontractor, but its workers paid by the contractor through the special account (代发): pass',
      (d) => {
        d.records.projectPayment = d.records.projectPayment?.filter((p) => p.id !== 'PAY-P1-S1');
      },
      CLEAN_WAGES_AS_OF,
      'pass',
    ],
    [
      'no payment and no payroll of a completed month yet (asOf in the first month of work): pass',
      selfPaidWithoutFlow,
      '2023-08-31',
      'pass',
    ],
    [
      'one unit project split between two professional subcontractors fails',
      (d) =>
        d.records.subcontract?.push(
          professional('SC-A', PRO.a),
          professional('SC-B', PRO.b, { scope: '幕墙工程' }),
        ),
      CLEAN_WAGES_AS_OF,
      'fail',
    ],
    [
      'two professional subcontracts of one firm on the same unit project: pass',
      (d) =>
        d.records.subcontract?.push(
          professional('SC-A', PRO.a),
          professional('SC-B', PRO.a, { scope: '幕墙工程' }),
        ),
      CLEAN_WAGES_AS_OF,
      'pass',
    ],
    [
      'two professional subcontractors on different unit projects: pass',
      (d) =>
        d.records.subcontract?.push(
          professional('SC-A', PRO.a),
          professional('SC-B', PRO.b, { unitProject: '2#楼' }),
        ),
      CLEAN_WAGES_AS_OF,
      'pass',
    ],
    [
      'a labour and a professional subcontractor on the same unit project: pass',
      (d) => {
        const s = d.records.subcontract?.[0];
        if (s) s.unitProject = '1#楼';
        d.records.subcontract?.push(professional('SC-A', PRO.a));
      },
      CLEAN_WAGES_AS_OF,
      'pass',
    ],
    [
      'a suspended project is still examined',
      (d) => {
        projectIn(d).status = 'suspended';
        const s = d.records.subcontract?.[0];
        if (s) s.designatedByBuilder = true;
      },
      CLEAN_WAGES_AS_OF,
      'fail',
    ],
    [
      'a completed project is not applicable',
      (d) => {
        Object.assign(projectIn(d), { status: 'completed', completedOn: '2023-11-20' });
      },
      CLEAN_WAGES_AS_OF,
      'not_applicable',
    ],
  ];
  it.each(cases)('%s', (_name, mutate, asOf, expected) => {
    const d = cleanWages();
    mutate(d);
    expect(outcomeOf(runRule(designatedSubcontractingRule, d, asOf), 'P1')).toBe(expected);
  });

  it('P2, with no subcontract, passes', () => {
    expect(outcomeOf(runRule(designatedSubcontractingRule, cleanWages(), CLEAN_WAGES_AS_OF), 'P2')).toBe(
      'pass',
    );
  });

  it('every sign is its own why condition, with evidence pointers, and the remediation says illegal contracting', () => {
    const d = cleanWages();
    const s = d.records.subcontract?.[0];
    if (s) s.designatedByBuilder = true;
    d.records.projectPayment?.push(
      payment('PAY-X', WAGES_USCC.builder1, WAGES_USCC.labourSub, 'subcontract'),
    );
    selfPaidWithoutFlow(d);
    d.records.subcontract?.push(professional('SC-A', PRO.a), professional('SC-B', PRO.b));
    const f = runRule(designatedSubcontractingRule, d, CLEAN_WAGES_AS_OF).find((x) => x.subject.id === 'P1');
    expect(f?.outcome).toBe('fail');
    expect(f?.why).toHaveLength(4);
    expect(f?.why.every((w) => w.clauseId === 'WG.M4')).toBe(true);
    expect(f?.why.map((w) => w.text.en)).toEqual([
      expect.stringContaining('designated by the builder'),
      expect.stringContaining('paid a subcontractor directly'),
      expect.stringContaining('no payment from the letting party'),
      expect.stringContaining('split among 2 professional subcontractors'),
    ]);
    expect(f?.evidence.map((e) => e.pointer)).toEqual([
      '/records/subcontract/0/designatedByBuilder',
      `/records/projectPayment/${(d.records.projectPayment?.length ?? 0) - 1}/payerUscc`,
      '/records/subcontract/0',
      '/records/subcontract/1/unitProject',
      '/records/subcontract/2/unitProject',
    ]);
    expect(f?.clauseIds).toEqual(['WG.M4', 'WG.F3']);
    expect(f?.message['zh-CN']).toContain('4');
    expect(f?.remediation['zh-CN']).toContain('按违法发包行为予以查处');
    expect(f?.remediation['zh-CN']).toContain('闽人社文〔2023〕31号');
    expect(JSON.stringify(f)).not.toContain('王建国');
  });

  it('quotes the campaign text verbatim', () => {
    for (const q of designatedSubcontractingRule.quote) expect(seed).toContain(q);
  });
});
