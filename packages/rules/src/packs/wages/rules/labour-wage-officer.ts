import type { ConstructionProject } from '@rectify/schemas';
import { defineRule, fail, notApplicable, pass, t } from '../../../engine/rule';
import { isUnderConstruction, WAGE_REGULATIONS, WG_QUOTES } from '../shared';

/** WG.M2: a labour-wage officer (劳资专管员) is appointed for the project (art. 28). */
export const labourWageOfficerRule = defineRule({
  id: 'WG-LABOUR-WAGE-OFFICER',
  version: '1.0.0',
  campaign: 'wages',
  title: t('劳资专管员配备', 'Labour-wage officer appointed'),
  message: t('{subject} 未配备劳资专管员', '{subject}: no labour-wage officer appointed'),
  remediation: t(
    `督促施工总承包单位配备劳资专管员，负责实名制管理和工资支付台账（${WAGE_REGULATIONS}第二十八条）`,
    'Have the general contractor appoint a labour-wage officer in charge of real-name records and the payroll ledger (wage payment regulations art. 28)',
  ),
  clauseIds: ['WG.M2'],
  quote: [WG_QUOTES.checklist],
  severity: 'minor',
  subjectKind: 'project',
  inForce: { from: '2023-07-01' },
  parameters: {},
  supervisingUnit: 'housing-construction-bureau',
  evaluate(ref) {
    const project = ref.record as ConstructionProject;
    if (!isUnderConstruction(project)) return notApplicable();
    const officer = project.labourWageOfficer;
    // An officer is identified by an id or a name; the name itself never leaves the dataset.
    const set = officer !== undefined && (officer.id !== undefined || officer.name !== undefined);
    const evidence = [
      {
        pointer: `${ref.pointer}/labourWageOfficer`,
        observed: set ? 'set' : null,
        expected: 'labour-wage officer',
      },
    ];
    if (!set)
      return fail(
        [
          {
            clauseId: 'WG.M2',
            text: t('未配备劳资专管员', 'no labour-wage officer'),
            observed: null,
            expected: 'labourWageOfficer',
          },
        ],
        evidence,
      );
    return pass(evidence);
  },
});
