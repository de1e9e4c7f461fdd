import type { ConstructionProject, Subcontract } from '@rectify/schemas';
import { monthOfDate } from '../../../calendar/index';
import type { Located } from '../../../engine/dataset-index';
import { defineRule, fail, notApplicable, pass, t } from '../../../engine/rule';
import type { Condition, Evidence } from '../../../engine/types';
import { isJudged, WG_QUOTES } from '../shared';

/** 《建筑工程施工发包与承包违法行为认定查处管理办法》, whose art. 6 (5) names splitting a unit project as illegal contracting. */
const CONTRACTING_MEASURES = '《建筑工程施工发包与承包违法行为认定查处管理办法》（建市规〔2019〕1号）';

/**
 * WG.M4, WG.F3: signs of 甲指分包 on a project, each its own condition, read from the contracts and the fund
 * flows as the text asks (重点核查项目施工合同和资金往来情况):
 * (a) a subcontract whose subcontractor the builder designated;
 * (b) the builder paying a subcontractor directly, past the general contractor;
 * (c) a subcontract with no payment at all from the party letting it to the subcontractor, while the
 *     subcontractor paid wages of a completed month on the project itself, outside the special account (its
 *     money came from elsewhere);
 * (d) one unit project split among two or more professional subcontractors (肢解, 建市规〔2019〕1号 art. 6 (5)).
 * Only contracts signed and payments made by asOf count. The finding is handled as illegal contracting.
 */
export const designatedSubcontractingRule = defineRule({
  id: 'WG-DESIGNATED-SUBCONTRACTING',
  version: '1.0.0',
  campaign: 'wages',
  title: t('“甲指分包”核查', 'Builder-designated subcontracting (甲指分包)'),
  message: t(
    '{subject} 存在“甲指分包”迹象 {count} 项（施工合同或资金往来）',
    '{subject}: {count} sign(s) of builder-designated subcontracting (甲指分包) in the contracts or fund flows',
  ),
  remediation: t(
    '重点核查项目施工合同和资金往来，督促问题项目立即整改，并按违法发包行为予以查处（闽人社文〔2023〕31号）；建设单位落实工资清欠责任',
    'Examine the contracts and fund flows, have the project rectify at once and handle it as illegal contracting (按违法发包行为予以查处, 闽人社文〔2023〕31号); the builder bears the wage-clearance duty',
  ),
  clauseIds: ['WG.M4', 'WG.F3'],
  quote: [
    '治理“甲指分包”问题，重点核查项目施工合同和资金往来情况，督促问题项目立即整改，并按违法发包行为予以查处',
    WG_QUOTES.wageArrears,
  ],
  severity: 'critical',
  subjectKind: 'project',
  inForce: { from: '2023-07-01' },
  parameters: {},
  supervisingUnit: 'housing-construction-bureau',
  evaluate(ref, { asOf, index }) {
    const project = ref.record as ConstructionProject;
    // A suspended project still owes its subcontractors' wages, so its contracts and flows are still examined.
    if (!isJudged(project, { suspended: true })) return notApplicable();
    const builder = project.builder.uscc;
    const contractor = project.generalContractor.uscc;
    const subcontracts = index
      .of('subcontract', 'projectId', project.id)
      .filter((s) => s.record.signedOn <= asOf);
    const payments = index
      .of('projectPayment', 'projectId', project.id)
      .filter((p) => p.record.paidOn <= asOf);
    const why: Condition[] = [];
    const evidence: Evidence[] = [];

    for (const s of subcontracts)
      if (s.record.designatedByBuilder) {
        why.push({
          clauseId: 'WG.M4',
          text: t(
            `分包合同 ${s.record.id} 的分包单位由建设单位指定`,
            `subcontract ${s.record.id}: the subcontractor was designated by the builder`,
          ),
          observed: true,
          expected: false,
        });
        evidence.push({ pointer: `${s.pointer}/designatedByBuilder`, observed: true, expected: false });
      }

    const subcontractors = new Set(subcontracts.map((s) => s.record.subcontractorUscc));
    for (const p of payments) {
      const { payerUscc, payeeUscc, purpose } = p.record;
      // Wages the builder advances under art. 29 of the wage regulations are a duty it discharges, not a bypass.
      if (
        payerUscc !== builder ||
        payeeUscc === contractor ||
        !subcontractors.has(payeeUscc) ||
        purpose === 'advance-wages'
      )
        continue;
      why.push({
        clauseId: 'WG.M4',
        text: t(
          `建设单位直接向分包单位支付款项（${p.record.id}）`,
          `the builder paid a subcontractor directly (${p.record.id})`,
        ),
        observed: { payerUscc, payeeUscc, amount: p.record.amount, paidOn: p.record.paidOn },
        expected: 'payments to subcontractors flow through the general contractor',
      });
      evidence.push({
        pointer: `${p.pointer}/payerUscc`,
        observed: payerUscc,
        expected: `≠ ${builder} (builder) when paying a subcontractor`,
      });
    }

    // Wages of a completed month that the subcontractor paid itself: its money came from somewhere. Wages the
    // general contractor paid for it through the special account (art. 31 代发) are a flow from its contractor.
    const currentMonth = monthOfDate(asOf);
    const payroll = index
      .of('payrollLine', 'projectId', project.id)
      .filter((l) => l.record.month < currentMonth && !l.record.throughSpecialAccount);
    for (const s of subcontracts) {
      const { contractorUscc, subcontractorUscc } = s.record;
      if (contractorUscc === subcontractorUscc) continue;
      const paid = payments.some(
        (p) => p.record.payerUscc === contractorUscc && p.record.payeeUscc === subcontractorUscc,
      );
      if (paid) continue;
      const lines = payroll.filter((l) => l.record.employerUscc === subcontractorUscc);
      if (lines.length === 0) continue;
      why.push({
        clauseId: 'WG.M4',
        text: t(
          `分包合同 ${s.record.id} 的发包方与分包单位之间无任何资金往来，而分包单位自行在本项目发放工资`,
          `subcontract ${s.record.id}: no payment from the letting party to the subcontractor, yet the subcontractor paid wages on the project itself`,
        ),
        observed: { payments: 0, payrollLines: lines.length },
        expected: `a projectPayment from ${contractorUscc} to ${subcontractorUscc}`,
      });
      evidence.push({
        pointer: s.pointer,
        observed: { payments: 0, payrollLines: lines.length, firstPayroll: lines[0]?.pointer ?? null },
        expected: 'projectPayment contractorUscc → subcontractorUscc',
      });
    }

    const byUnit = new Map<string, Located<Subcontract>[]>();
    for (const s of subcontracts) {
      const unit = s.record.unitProject?.trim();
      if (s.record.kind !== 'professional' || !unit) continue;
      const list = byUnit.get(unit);
      if (list) list.push(s);
      else byUnit.set(unit, [s]);
    }
    for (const [unit, list] of [...byUnit].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      const firms = new Set(list.map((s) => s.record.subcontractorUscc));
      if (firms.size < 2) continue;
      why.push({
        clauseId: 'WG.M4',
        text: t(
          `单位工程“${unit}”由 ${firms.size} 家专业分包单位分别承包，疑似肢解发包（${CONTRACTING_MEASURES}第六条第（五）项）`,
          `unit project "${unit}" is split among ${firms.size} professional subcontractors: suspected splitting of the works (${CONTRACTING_MEASURES} art. 6 (5))`,
        ),
        observed: firms.size,
        expected: '≤ 1 professional subcontractor per unit project',
      });
      for (const s of list)
        evidence.push({
          pointer: `${s.pointer}/unitProject`,
          observed: unit,
          expected: 'one professional subcontractor per unit project',
        });
    }

    if (why.length > 0) return fail(why, evidence, { params: { count: why.length } });
    return pass([], { params: { count: 0 } });
  },
});
