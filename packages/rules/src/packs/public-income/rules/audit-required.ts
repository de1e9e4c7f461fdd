import type { Audit, Community } from '@rectify/schemas';
import { isCivilDate } from '../../../calendar/index';
import type { DatasetIndex, Located } from '../../../engine/dataset-index';
import { defineRule, fail, notApplicable, pass, pending, t, unknown } from '../../../engine/rule';

/** Audits by audited community, built once per check so the rule stays linear in the data. */
const auditsByCommunity = new WeakMap<DatasetIndex, Map<string, Located<Audit>[]>>();

function auditsOf(index: DatasetIndex, communityId: string): Located<Audit>[] {
  let map = auditsByCommunity.get(index);
  if (!map) {
    map = new Map();
    for (const audit of index.all('audit'))
      for (const id of new Set(audit.record.communityIds)) {
        const bucket = map.get(id);
        if (bucket) bucket.push(audit);
        else map.set(id, [audit]);
      }
    auditsByCommunity.set(index, map);
  }
  return map.get(communityId) ?? [];
}

/** When owners object, an audit they commission themselves — or one the county authority commissions — answers it. */
const OWNER_BASIS_COMMISSIONERS: readonly Audit['commissionedBy'][] = [
  'owners-committee',
  'owners',
  'county-authority',
];

/**
 * PI.M5: every community has the campaign year's third-party public-income audit (alone or bundled with other
 * small communities; by default an audit of last year's accounts reported within the year counts), unless its income was zero in every quarter it disclosed and no owner objected. When the
 * owners' committee, or owners holding `objectionShareBp` of the households, object to a disclosure, the audit
 * must be one the owners commission (or one the county authority commissions).
 */
export const auditRequiredRule = defineRule({
  id: 'PI-AUDIT-REQUIRED',
  version: '1.1.0',
  campaign: 'public-income',
  title: t('开展公共收益第三方审计', 'Third-party audit of public income'),
  message: t(
    '{subject} 未在 {auditDue} 前开展 {year} 年度公共收益第三方审计（审计要求：{basisZh}）',
    '{subject}: no third-party audit of {year} public income by {auditDue} (required: {basis})',
  ),
  remediation: t(
    '督促街道、居委会指导物业服务企业、业委会开展第三方审计（可打包统一审计）；业主提出异议的，由业委会或业主聘请审计机构，或由县级物业主管部门牵头审计',
    'Have the street office and residents’ committee get the company and owners’ committee to commission a third-party audit (small communities may be bundled); where owners object, the owners or the county authority commission it',
  ),
  clauseIds: ['PI.M5'],
  quote: [
    '按照《福建省住宅小区公共收益管理办法（试行）》开展公共收益第三方审计工作',
    '公共收益为零且无业主提出异议的，可不纳入审计',
    '业委会或20%以上业主对公共收益公示结果有异议的，可聘请第三方审计机构对公示结果进行审计',
  ],
  severity: 'major',
  subjectKind: 'community',
  inForce: { from: '2023-07-01' },
  parameters: {
    auditDeadline: {
      default: '12-31',
      unit: 'month-day',
      description: t(
        '当年审计应开展的截止月-日（含当日）',
        'Month-day of the campaign year by which the audit must exist (inclusive)',
      ),
      source: {
        kind: 'interpretation',
        reason:
          'The text sets no date for the audit; the campaign ends with its summary and acceptance in December (PI.S4).',
      },
    },
    previousYearCounts: {
      default: true,
      unit: 'boolean',
      description: t(
        '当年完成（报告日期在当年）的上一年度公共收益审计视为当年已开展审计',
        "An audit of the previous year's public income reported within the campaign year counts as the year's audit",
      ),
      source: {
        kind: 'interpretation',
        reason:
          "The text asks that the audit be carried out in the campaign (按照《办法》开展公共收益第三方审计工作) without naming the accounts' year; an audit of the whole campaign year cannot be finished by its last day, so the audit carried out during the year is of accounts already closed: last year's, or quarters of this year.",
      },
    },
    objectionShareBp: {
      default: 2000,
      unit: 'basis-points',
      description: t(
        '提出异议的业主占小区户数的比例达到该值（万分比）时，应由业主方聘请审计',
        'Share of households among objecting owners (basis points) at which the audit must be owner-commissioned',
      ),
      source: { kind: 'clause', clauseId: 'PI.M5', quote: '业委会或20%以上业主对公共收益公示结果有异议的' },
    },
  },
  supervisingUnit: 'housing-authority',
  evaluate(ref, { asOf, campaignYear, params, index }) {
    const community = ref.record as Community;
    const deadline = `${campaignYear}-${params.auditDeadline}`;
    if (!isCivilDate(deadline) || !Number.isFinite(params.objectionShareBp))
      return unknown([
        {
          pointer: ref.pointer,
          note: t('参数 auditDeadline 不是有效的月-日', 'parameter auditDeadline is not a valid month-day'),
        },
      ]);
    const yearQuarter = `${campaignYear}Q`;
    const yearDay = `${campaignYear}-`;

    const disclosures = index
      .of('quarterlyDisclosure', 'communityId', community.id)
      .filter((d) => d.record.quarter.startsWith(yearQuarter));
    const objections = index
      .of('ownerObjection', 'communityId', community.id)
      .filter(
        (o) =>
          o.record.raisedOn <= asOf &&
          (o.record.quarter.startsWith(yearQuarter) || o.record.raisedOn.startsWith(yearDay)),
      );
    // With no disclosure the income is not known to be zero, so the exemption needs at least one.
    const zeroIncome =
      disclosures.length > 0 &&
      disclosures.every(
        (d) => d.record.incomeTotal === 0 && d.record.incomeLines.every((l) => l.amount === 0),
      );
    if (zeroIncome && objections.length === 0)
      return notApplicable({
        evidence: disclosures.map((d) => ({ pointer: `${d.pointer}/incomeTotal`, observed: 0 })),
      });

    const ownerBasis = objections.filter(
      (o) =>
        o.record.raisedBy === 'owners-committee' ||
        o.record.ownersCount * 10000 >= params.objectionShareBp * community.households,
    );
    const basis = ownerBasis.length > 0 ? 'owner-commissioned' : 'any';
    const templateParams = {
      year: campaignYear,
      auditDue: deadline,
      basis,
      basisZh: basis === 'owner-commissioned' ? '业委会或业主聘请（或县级主管部门牵头）' : '第三方审计',
    };
    const audits = auditsOf(index, community.id).filter(
      (a) =>
        a.record.year === campaignYear ||
        (params.previousYearCounts === true &&
          a.record.year === campaignYear - 1 &&
          (a.record.reportedOn ?? '').startsWith(yearDay) &&
          (a.record.reportedOn ?? '') <= deadline),
    );
    const accepted =
      basis === 'owner-commissioned'
        ? audits.filter((a) => OWNER_BASIS_COMMISSIONERS.includes(a.record.commissionedBy))
        : audits;
    const first = accepted[0];
    if (first)
      return pass([{ pointer: first.pointer, observed: first.record.commissionedBy }], {
        deadline,
        params: templateParams,
      });

    const objectionEvidence = ownerBasis.map((o) => ({
      pointer: o.pointer,
      observed:
        o.record.raisedBy === 'owners-committee'
          ? 'owners-committee'
          : `${o.record.ownersCount}/${community.households}`,
      expected: `owners-committee or ≥ ${params.objectionShareBp / 100}%`,
    }));
    if (asOf <= deadline) return pending(deadline, objectionEvidence, { params: templateParams });
    if (audits.length > 0)
      return fail(
        [
          {
            clauseId: 'PI.M5',
            text: t(
              '业主提出异议，但审计非由业委会、业主或县级主管部门委托',
              'owners objected but the audit was not commissioned by them or the county authority',
            ),
            observed: audits.map((a) => a.record.commissionedBy),
            expected: OWNER_BASIS_COMMISSIONERS,
          },
        ],
        [
          ...audits.map((a) => ({
            pointer: `${a.pointer}/commissionedBy`,
            observed: a.record.commissionedBy,
            expected: OWNER_BASIS_COMMISSIONERS,
          })),
          ...objectionEvidence,
        ],
        { deadline, params: templateParams },
      );
    return fail(
      [
        {
          clauseId: 'PI.M5',
          text: t('当年未开展公共收益第三方审计', 'no third-party audit for the year'),
          observed: null,
          expected: `audit ${campaignYear} ≤ ${deadline}`,
        },
      ],
      [{ pointer: ref.pointer, observed: null, expected: `audit ${campaignYear}` }, ...objectionEvidence],
      { deadline, params: templateParams },
    );
  },
});
