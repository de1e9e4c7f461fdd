import { readFileSync } from 'node:fs';
import type { CommonPartContract, Dataset, OwnersDecision } from '@rectify/schemas';
import { describe, expect, it } from 'vitest';
import type { ParameterOverrides } from '../../../engine/types';
import { cleanPublicIncome, clone, outcomeOf, runRule } from '../../../testing/builders';
import { commonPartDecisionRule } from './common-part-decision';

const seed = readFileSync(
  new URL('../../../tasks/__fixtures__/campaign-documents.txt', import.meta.url),
  'utf8',
);

/** Edits contract K1. */
const contract = (change: (k: CommonPartContract) => void) => (d: Dataset) => {
  const k = d.records.commonPartContract?.[0];
  if (k) change(k);
};
/** Edits decision OD1 (clean: 40 000 of 50 000 m² and 320 of 400 owners take part; 36 000 m² and 290 approve). */
const decided = (change: Partial<OwnersDecision>) => (d: Dataset) => {
  const od = d.records.ownersDecision?.[0];
  if (od) Object.assign(od, change);
};

// PI.C3.a — 擅自利用共有部分进行经营; PI.C4.a — 将共有部分擅自出租给第三方经营. Civil Code art. 278 major threshold.
describe('PI-COMMON-PART-DECISION (PI.C3.a, PI.C4.a)', () => {
  type Case = [name: string, mutate: (d: Dataset) => void, expected: string, parameters?: ParameterOverrides];
  const cases: Case[] = [
    ['a contract on a valid major decision passes', () => {}, 'pass'],
    [
      'no decision fails',
      contract((k) => {
        delete k.decisionId;
      }),
      'fail',
    ],
    [
      'approval by 60 % of participating owners fails the 3/4 threshold',
      decided({ approvingOwners: 192 }),
      'fail',
    ],
    [
      '…unless the ordinary threshold is configured',
      decided({ approvingOwners: 192 }),
      'pass',
      { 'PI-COMMON-PART-DECISION': { threshold: 'ordinary' } },
    ],
    [
      'approving owners exactly 3/4 of participating (240 of 320) pass',
      decided({ approvingOwners: 240 }),
      'pass',
    ],
    ['approving owners just below 3/4 (239 of 320) fail', decided({ approvingOwners: 239 }), 'fail'],
    [
      'approving area exactly 3/4 of participating (30 000 of 40 000 m²) passes',
      decided({ approvingArea: 30_000 }),
      'pass',
    ],
    ['approving area just below 3/4 (29 999.99 m²) fails', decided({ approvingArea: 29_999.99 }), 'fail'],
    ['participating owners exactly 2/3 (320 of 480) pass', decided({ totalOwners: 480 }), 'pass'],
    ['participating owners just below 2/3 (320 of 481) fail', decided({ totalOwners: 481 }), 'fail'],
    [
      'participating area just below 2/3 (40 000 of 60 000.01 m²) fails',
      decided({ totalArea: 60_000.01 }),
      'fail',
    ],
    ['a decision of another community fails', decided({ communityId: 'C9' }), 'fail'],
    ['a decision taken on the signing day passes', decided({ decidedOn: '2022-12-20' }), 'pass'],
    ['a decision taken after signing fails', decided({ decidedOn: '2022-12-21' }), 'fail'],
    ['a decision on another matter fails', decided({ matters: ['use-public-income'] }), 'fail'],
    ['a decision to lease common parts suffices', decided({ matters: ['lease-common-parts'] }), 'pass'],
    [
      'a decision missing from the dataset is unknown',
      contract((k) => {
        k.decisionId = 'OD-MISSING';
      }),
      'unknown',
    ],
    [
      'a contract that ended before the campaign year is not judged',
      contract((k) => {
        k.startsOn = '2021-01-01';
        k.endsOn = '2022-12-31';
        delete k.decisionId;
      }),
      'not_applicable',
    ],
    [
      'a contract starting after the campaign year is not judged',
      contract((k) => {
        k.startsOn = '2024-01-01';
        delete k.decisionId;
      }),
      'not_applicable',
    ],
    [
      'a contract active only on the first day of the year is judged',
      contract((k) => {
        k.endsOn = '2023-01-01';
        delete k.decisionId;
      }),
      'fail',
    ],
  ];
  it.each(cases)('%s', (_name, mutate, expected, parameters) => {
    const d = clone(cleanPublicIncome());
    mutate(d);
    expect(
      outcomeOf(runRule(commonPartDecisionRule, d, '2023-11-30', parameters ? { parameters } : {}), 'K1'),
    ).toBe(expected);
  });

  type ClauseCase = [lessor: CommonPartContract['lessor'], clauseIds: string[]];
  const clauseCases: ClauseCase[] = [
    ['property-company', ['PI.C3.a']],
    ['owners-committee', ['PI.C4.a']],
    ['property-company-and-owners-committee', ['PI.C4.a']],
    ['other', ['PI.C3.a']],
  ];
  it.each(clauseCases)('a contract let by %s is judged under %j', (lessor, clauseIds) => {
    const d = clone(cleanPublicIncome());
    contract((k) => {
      k.lessor = lessor;
      delete k.decisionId;
    })(d);
    const f = runRule(commonPartDecisionRule, d, '2023-11-30').find((x) => x.subject.id === 'K1');
    expect(f?.clauseIds).toEqual(clauseIds);
    expect(f?.why.map((w) => w.clauseId)).toEqual(clauseIds);
  });

  it('declares both clauses in its metadata', () => {
    expect(commonPartDecisionRule.clauseIds).toEqual(['PI.C3.a', 'PI.C4.a']);
    expect(commonPartDecisionRule.subjectKind).toBe('common-part-contract');
  });

  it('a failed threshold points at the decision field and cites art. 278', () => {
    const d = clone(cleanPublicIncome());
    decided({ approvingOwners: 192 })(d);
    const f = runRule(commonPartDecisionRule, d, '2023-11-30').find((x) => x.subject.id === 'K1');
    expect(f?.why).toEqual([
      expect.objectContaining({ clauseId: 'PI.C3.a', observed: '192/320', expected: '≥ 3/4' }),
    ]);
    expect(f?.why[0]?.text['zh-CN']).toContain('民法典第二百七十八条');
    expect(f?.evidence).toEqual([
      {
        pointer: '/records/commonPartContract/0/decisionId',
        observed: 'OD1',
        expected: 'valid owners decision',
      },
      { pointer: '/records/ownersDecision/0/approvingOwners', observed: '192/320', expected: '≥ 3/4' },
    ]);
  });

  it('a missing decision points at the contract', () => {
    const d = clone(cleanPublicIncome());
    contract((k) => {
      delete k.decisionId;
    })(d);
    const f = runRule(commonPartDecisionRule, d, '2023-11-30').find((x) => x.subject.id === 'K1');
    expect(f?.evidence).toEqual([
      { pointer: '/records/commonPartContract/0/decisionId', observed: null, expected: 'owners decision' },
    ]);
    expect(f?.message['zh-CN']).toContain('东湖花园');
  });

  it('cites Civil Code art. 278 as the source of its threshold', () => {
    const source = commonPartDecisionRule.parameters.threshold.source;
    expect(source.kind).toBe('law');
    expect(source.kind === 'law' && source.citation).toContain('第二百七十八条');
  });

  it('quotes the campaign document verbatim', () => {
    for (const q of commonPartDecisionRule.quote) expect(seed.includes(q), q).toBe(true);
  });
});
