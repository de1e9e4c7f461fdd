import type { ConstructionProject } from '@rectify/schemas';
import { addDays } from '../../../calendar/index';
import { defineRule, fail, notApplicable, pass, pending, t, unknown } from '../../../engine/rule';
import { ACCOUNT_MEASURES, isUnderConstruction, WAGE_REGULATIONS, WG_QUOTES } from '../shared';

/** WG.F1: the wage special account (农民工工资专用账户) is opened in time and kept open while works go on. */
export const wageAccountRule = defineRule({
  id: 'WG-WAGE-ACCOUNT',
  version: '1.0.0',
  campaign: 'wages',
  title: t('农民工工资专用账户开立', 'Wage special account opened'),
  message: t(
    '{subject} 未按时开立或未保持农民工工资专用账户（应于 {deadline} 前开立）',
    '{subject}: wage special account not opened by {deadline} or not kept open',
  ),
  remediation: t(
    '督促施工总承包单位立即开立农民工工资专用账户并与建设单位、开户银行签订三方协议',
    'Have the general contractor open the wage special account now and sign the three-party agreement with the builder and the bank',
  ),
  clauseIds: ['WG.F1'],
  quote: [WG_QUOTES.institutions, WG_QUOTES.verifyInstitutions],
  severity: 'major',
  subjectKind: 'project',
  inForce: { from: '2023-07-01' },
  parameters: {
    accountOpenDays: {
      default: 30,
      unit: 'days',
      description: t(
        '专用账户应在施工许可（无许可日期时为开工日）后多少天内开立',
        'Days after the construction permit (the start when no permit date is known) within which the account is opened',
      ),
      source: {
        kind: 'law',
        citation: `${WAGE_REGULATIONS}第二十六条（施工总承包单位应当开设农民工工资专用账户）；${ACCOUNT_MEASURES}：总包单位应当在工程施工合同签订之日起30日内开立专用账户。The contract date is not in the data; the permit follows the contract, so counting from the permit is lenient.`,
      },
    },
  },
  supervisingUnit: 'hrss-bureau',
  evaluate(ref, { asOf, index, params }) {
    const project = ref.record as ConstructionProject;
    if (!isUnderConstruction(project)) return notApplicable();
    const from = project.permitOn ?? project.startedOn;
    const deadline = from === undefined ? undefined : addDays(from, params.accountOpenDays);
    const extra = deadline === undefined ? {} : { deadline };
    const accounts = index
      .of('wageAccount', 'projectId', project.id)
      .filter((a) => a.record.openedOn <= asOf);
    if (accounts.length === 0) {
      if (deadline !== undefined && deadline >= asOf) return pending(deadline);
      return fail(
        [
          {
            clauseId: 'WG.F1',
            text: t('未开立农民工工资专用账户', 'no wage special account opened'),
            observed: null,
            expected: deadline === undefined ? 'wageAccount' : `openedOn ≤ ${deadline}`,
          },
        ],
        [{ pointer: ref.pointer, observed: null, expected: 'wageAccount' }],
        extra,
      );
    }
    const open = accounts.filter((a) => a.record.closedOn === undefined || a.record.closedOn > asOf);
    if (open.length === 0) {
      // Closing the account while works go on leaves the wages without their channel (art. 26, 31).
      return fail(
        [
          {
            clauseId: 'WG.F1',
            text: t('在建期间专用账户已销户', 'the wage special account was closed while works go on'),
            observed: accounts.map((a) => a.record.closedOn),
            expected: `open on ${asOf}`,
          },
        ],
        accounts.map((a) => ({
          pointer: `${a.pointer}/closedOn`,
          observed: a.record.closedOn,
          expected: `> ${asOf}`,
        })),
        extra,
      );
    }
    const first = accounts.reduce((a, b) => (b.record.openedOn < a.record.openedOn ? b : a));
    const evidence = [
      {
        pointer: `${first.pointer}/openedOn`,
        observed: first.record.openedOn,
        expected: deadline === undefined ? 'permitOn or startedOn' : `≤ ${deadline}`,
      },
    ];
    if (deadline === undefined) return unknown(evidence);
    if (first.record.openedOn > deadline)
      return fail(
        [
          {
            clauseId: 'WG.F1',
            text: t(
              `专用账户晚于 ${params.accountOpenDays} 天时限开立`,
              `account opened after the ${params.accountOpenDays}-day limit`,
            ),
            observed: first.record.openedOn,
            expected: `≤ ${deadline}`,
          },
        ],
        evidence,
        extra,
      );
    return pass(evidence, extra);
  },
});
