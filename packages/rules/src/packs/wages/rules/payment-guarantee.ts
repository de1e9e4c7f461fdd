import type { ConstructionProject } from '@rectify/schemas';
import { defineRule, fail, notApplicable, pass, t } from '../../../engine/rule';
import type { Evidence } from '../../../engine/types';
import { isUnderConstruction, shareOf, WG_QUOTES } from '../shared';

/** WG.T1 / WG.F1: every project under construction has a payment guarantee (工程款支付担保) valid on asOf. */
export const paymentGuaranteeRule = defineRule({
  id: 'WG-PAYMENT-GUARANTEE',
  version: '1.0.0',
  campaign: 'wages',
  title: t('工程款支付担保落实', 'Payment guarantee in place'),
  message: t('{subject} 无有效的工程款支付担保', '{subject}: no payment guarantee valid on the check date'),
  remediation: t(
    '督促建设单位立即提交（或续期）工程款支付担保，并核实担保额度',
    'Have the builder provide (or renew) the payment guarantee now and verify its amount',
  ),
  clauseIds: ['WG.F1', 'WG.T1'],
  quote: [WG_QUOTES.guaranteeCoverage, WG_QUOTES.institutions, WG_QUOTES.guaranteeCheck],
  severity: 'major',
  subjectKind: 'project',
  inForce: { from: '2023-07-01' },
  parameters: {
    minShareBp: {
      default: 0,
      unit: 'basis-points',
      description: t(
        '担保金额不得低于合同价的比例（万分比）；0 表示只要求担保存在且有效',
        'Minimum guarantee amount as a share of the contract value, in basis points; 0 only requires a valid guarantee',
      ),
      source: {
        kind: 'interpretation',
        reason:
          'Neither 附件2 nor the national rules fix a guarantee amount; a host may set its local figure.',
      },
    },
  },
  supervisingUnit: 'housing-construction-bureau',
  evaluate(ref, { asOf, index, params }) {
    const project = ref.record as ConstructionProject;
    if (!isUnderConstruction(project)) return notApplicable();
    const guarantees = index.of('paymentGuarantee', 'projectId', project.id);
    if (guarantees.length === 0)
      return fail(
        [
          {
            clauseId: 'WG.T1',
            text: t('在建项目无工程款支付担保', 'no payment guarantee for a project under construction'),
            observed: 0,
            expected: '≥ 1',
          },
        ],
        [{ pointer: ref.pointer, observed: null, expected: 'paymentGuarantee' }],
      );
    const valid = guarantees.filter((g) => g.record.issuedOn <= asOf && asOf <= g.record.validUntil);
    if (valid.length === 0) {
      // Each guarantee is out of its validity on asOf: show which end it misses.
      const evidence: Evidence[] = guarantees.map((g) =>
        g.record.validUntil < asOf
          ? { pointer: `${g.pointer}/validUntil`, observed: g.record.validUntil, expected: `≥ ${asOf}` }
          : { pointer: `${g.pointer}/issuedOn`, observed: g.record.issuedOn, expected: `≤ ${asOf}` },
      );
      return fail(
        [
          {
            clauseId: 'WG.T1',
            text: t(
              '工程款支付担保已过期或尚未生效',
              'the payment guarantee has expired or is not yet in effect',
            ),
            observed: evidence.map((e) => e.observed),
            expected: `issuedOn ≤ ${asOf} ≤ validUntil`,
          },
        ],
        evidence,
      );
    }
    const required = shareOf(project.contractValue, params.minShareBp, 10_000);
    const enough = valid.filter((g) => g.record.amount >= required);
    if (enough.length === 0) {
      const best = valid.reduce((a, b) => (b.record.amount > a.record.amount ? b : a));
      return fail(
        [
          {
            clauseId: 'WG.F1',
            text: t('工程款支付担保金额不足', 'payment guarantee amount below the required share'),
            observed: best.record.amount,
            expected: `≥ ${required}`,
          },
        ],
        [{ pointer: `${best.pointer}/amount`, observed: best.record.amount, expected: `≥ ${required}` }],
      );
    }
    const g = enough[0];
    return pass(
      g ? [{ pointer: `${g.pointer}/validUntil`, observed: g.record.validUntil, expected: `≥ ${asOf}` }] : [],
    );
  },
});
