import { type ConstructionProject, RIGHTS_BOARD_ITEMS } from '@rectify/schemas';
import { defineRule, fail, notApplicable, pass, t, unknown } from '../../../engine/rule';
import { isUnderConstruction, WAGE_REGULATIONS, WG_QUOTES } from '../shared';

/** WG.M2: the rights-information board (维权信息告示牌) is up with every item of art. 34. */
export const rightsBoardRule = defineRule({
  id: 'WG-RIGHTS-BOARD',
  version: '1.0.0',
  campaign: 'wages',
  title: t('维权信息公示', 'Rights-information board'),
  message: t(
    '{subject} 维权信息告示牌缺失或内容不全：{missing}',
    '{subject}: rights-information board missing or incomplete: {missing}',
  ),
  remediation: t(
    `督促施工总承包单位在施工现场醒目位置设立维权信息告示牌，载明${WAGE_REGULATIONS}第三十四条规定的全部事项`,
    'Have the general contractor put up the rights-information board at a prominent place on site with every item of art. 34',
  ),
  clauseIds: ['WG.M2'],
  quote: [WG_QUOTES.checklist],
  severity: 'minor',
  subjectKind: 'project',
  inForce: { from: '2023-07-01' },
  parameters: {},
  supervisingUnit: 'hrss-bureau',
  evaluate(ref, { asOf, index }) {
    const project = ref.record as ConstructionProject;
    if (!isUnderConstruction(project)) return notApplicable();
    const checks = index.of('rightsBoard', 'projectId', project.id).filter((b) => b.record.checkedOn <= asOf);
    // The most recent observation tells the board's state; an older complete board does not excuse a later gap.
    const latest = checks.reduce<(typeof checks)[number] | undefined>(
      (a, b) => (a === undefined || b.record.checkedOn >= a.record.checkedOn ? b : a),
      undefined,
    );
    if (latest === undefined)
      return unknown(
        [
          {
            pointer: ref.pointer,
            observed: null,
            expected: 'rightsBoard observation',
            note: t('无维权信息告示牌核查记录', 'no observation of the board'),
          },
        ],
        { params: { missing: '—' } },
      );
    if (!latest.record.present)
      return fail(
        [
          {
            clauseId: 'WG.M2',
            text: t('未设立维权信息告示牌', 'no rights-information board on site'),
            observed: false,
            expected: true,
          },
        ],
        [{ pointer: `${latest.pointer}/present`, observed: false, expected: true }],
        { params: { missing: RIGHTS_BOARD_ITEMS.join(', ') } },
      );
    const shown = new Set(latest.record.items);
    const missing = RIGHTS_BOARD_ITEMS.filter((i) => !shown.has(i));
    if (missing.length > 0)
      return fail(
        [
          {
            clauseId: 'WG.M2',
            text: t(
              `告示牌缺少 ${missing.length} 项：${missing.join('、')}`,
              `board lacks ${missing.length} item(s): ${missing.join(', ')}`,
            ),
            observed: latest.record.items,
            expected: [...RIGHTS_BOARD_ITEMS],
          },
        ],
        [
          {
            pointer: `${latest.pointer}/items`,
            observed: latest.record.items,
            expected: [...RIGHTS_BOARD_ITEMS],
          },
        ],
        { params: { missing: missing.join(', ') } },
      );
    return pass(
      [
        {
          pointer: `${latest.pointer}/items`,
          observed: latest.record.items.length,
          expected: RIGHTS_BOARD_ITEMS.length,
        },
      ],
      { params: { missing: '—' } },
    );
  },
});
