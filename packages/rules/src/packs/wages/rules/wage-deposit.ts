import type { ConstructionProject, WageDeposit } from '@rectify/schemas';
import { defineRule, fail, notApplicable, pass, t } from '../../../engine/rule';
import type { Evidence } from '../../../engine/types';
import { formatYuan } from '../../../planners/yuan';
import { DEPOSIT_RULES, isUnderConstruction, shareOf, sumFen, WAGE_REGULATIONS, WG_QUOTES } from '../shared';

/** The percent of the base deposit an adjustment requires; `undefined` for an exemption. */
function adjustmentPercent(
  adjustment: WageDeposit['adjustment'],
  p: { reducedPercent: number; increasedPercent: number },
): number | undefined {
  switch (adjustment) {
    case 'exempt':
      return undefined;
    case 'reduced':
      return p.reducedPercent;
    case 'increased':
      return p.increasedPercent;
    default:
      return 100;
  }
}

/** WG.F1: the wage deposit (工资保证金) is lodged in full: contract value × ratio × adjustment (art. 32). */
export const wageDepositRule = defineRule({
  id: 'WG-WAGE-DEPOSIT',
  version: '1.0.0',
  campaign: 'wages',
  title: t('工资保证金足额存储', 'Wage deposit lodged in full'),
  message: t(
    '{subject} 工资保证金未足额存储：已存 {lodged}，应存 {required}',
    '{subject}: wage deposit short — {lodged} lodged, {required} required',
  ),
  remediation: t(
    '督促施工总承包单位按规定比例补足工资保证金（现金或银行保函、保证保险）',
    'Have the general contractor make up the wage deposit at the set ratio (cash, bank guarantee or insurance)',
  ),
  clauseIds: ['WG.F1'],
  quote: [WG_QUOTES.institutions, WG_QUOTES.verifyInstitutions],
  severity: 'major',
  subjectKind: 'project',
  inForce: { from: '2023-07-01' },
  parameters: {
    depositRatioBp: {
      default: 100,
      unit: 'basis-points',
      description: t(
        '工资保证金占施工合同额的比例（万分比）',
        'Wage deposit as a share of the contract value, in basis points',
      ),
      source: {
        kind: 'law',
        citation: `${WAGE_REGULATIONS}第三十二条；${DEPOSIT_RULES}第五条至第七条：按施工合同额的一定比例存储，原则上不低于1%，不超过3%。Fujian figure not in the text; national range 1–3%.`,
      },
    },
    reducedPercent: {
      default: 50,
      unit: 'percent',
      description: t(
        '减免（近两年无拖欠）后应存比例占基准的百分比',
        'Percent of the base deposit required after a reduction for a clean record',
      ),
      source: {
        kind: 'law',
        citation: `${DEPOSIT_RULES}第七条：连续2年未发生工资拖欠的，新增工程降低存储比例（降幅50%）。`,
      },
    },
    increasedPercent: {
      default: 200,
      unit: 'percent',
      description: t(
        '因拖欠记录提高后应存比例占基准的百分比',
        'Percent of the base deposit required after an increase for an arrears record',
      ),
      source: {
        kind: 'law',
        citation: `${DEPOSIT_RULES}第七条：曾发生工资拖欠的，新增工程适度提高存储比例（至多两倍）。`,
      },
    },
  },
  supervisingUnit: 'hrss-bureau',
  evaluate(ref, { asOf, index, params }) {
    const project = ref.record as ConstructionProject;
    if (!isUnderConstruction(project)) return notApplicable();
    const deposits = index
      .of('wageDeposit', 'projectId', project.id)
      .filter((d) => d.record.lodgedOn <= asOf);
    const held = deposits.filter((d) => d.record.releasedOn === undefined || d.record.releasedOn > asOf);
    const base = shareOf(project.contractValue, params.depositRatioBp, 10_000);
    if (held.some((d) => d.record.adjustment === 'exempt')) {
      const e = held.find((d) => d.record.adjustment === 'exempt');
      return pass(
        e
          ? [{ pointer: `${e.pointer}/adjustment`, observed: 'exempt', expected: 'exempt or ≥ required' }]
          : [],
      );
    }
    // The latest deposit carries the adjustment decided for this project (2021 rules art. 7).
    const latest = held.reduce<(typeof held)[number] | undefined>(
      (a, b) => (a === undefined || b.record.lodgedOn >= a.record.lodgedOn ? b : a),
      undefined,
    );
    const percent = adjustmentPercent(latest?.record.adjustment ?? 'none', params) ?? 100;
    const required = shareOf(project.contractValue, params.depositRatioBp * percent, 1_000_000);
    const lodged = sumFen(held.map((d) => d.record.amount));
    const messageParams = { lodged: formatYuan(lodged), required: formatYuan(required) };
    if (held.length === 0) {
      const evidence: Evidence[] =
        deposits.length === 0
          ? [{ pointer: ref.pointer, observed: null, expected: `wageDeposit ≥ ${base}` }]
          : deposits.map((d) => ({
              pointer: `${d.pointer}/releasedOn`,
              observed: d.record.releasedOn,
              expected: `> ${asOf}`,
            }));
      return fail(
        [
          deposits.length === 0
            ? {
                clauseId: 'WG.F1',
                text: t('未存储工资保证金', 'no wage deposit lodged'),
                observed: 0,
                expected: `≥ ${required}`,
              }
            : {
                clauseId: 'WG.F1',
                text: t('在建期间工资保证金已退还', 'the wage deposit was released while works go on'),
                observed: 0,
                expected: `≥ ${required}`,
              },
        ],
        evidence,
        { params: messageParams },
      );
    }
    const evidence: Evidence[] = held.map((d) => ({
      pointer: `${d.pointer}/amount`,
      observed: d.record.amount,
      expected: `Σ ≥ ${required}`,
    }));
    if (lodged < required)
      return fail(
        [
          {
            clauseId: 'WG.F1',
            text: t('工资保证金未足额存储', 'wage deposit below the required amount'),
            observed: lodged,
            expected: `≥ ${required}`,
          },
        ],
        evidence,
        { params: messageParams },
      );
    return pass(evidence, { params: messageParams });
  },
});
