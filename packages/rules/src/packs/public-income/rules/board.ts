import type { Community, Inspection } from '@rectify/schemas';
import type { Located } from '../../../engine/dataset-index';
import { defineRule, fail, pass, t, unknown } from '../../../engine/rule';

type BoardField = 'boardPresent' | 'boardAtMainEntrance';

interface Observation {
  value: boolean;
  pointer: string;
  on: string;
}

/**
 * The latest on-site observation of a board field dated on or before asOf: what an inspector saw outranks the
 * registry. On the same day a negative observation wins, so a disagreement between inspectors surfaces.
 */
function latestObservation(
  inspections: readonly Located<Inspection>[],
  field: BoardField,
  asOf: string,
): Observation | undefined {
  let best: Observation | undefined;
  for (const { record, pointer } of inspections) {
    const value = record.observations?.[field];
    if (value === undefined || record.inspectedOn > asOf) continue;
    const later = best === undefined || record.inspectedOn > best.on;
    const sameDayNegative = best !== undefined && record.inspectedOn === best.on && !value;
    if (later || sameDayNegative)
      best = { value, pointer: `${pointer}/observations/${field}`, on: record.inspectedOn };
  }
  return best;
}

/** PI.C1.a: the community has a disclosure board, and it stands at the main pedestrian entrance. */
export const boardRule = defineRule({
  id: 'PI-BOARD',
  version: '1.0.0',
  campaign: 'public-income',
  title: t('设置公示牌且位于主要人行出入口', 'Disclosure board at the main pedestrian entrance'),
  message: t(
    '{subject} 未设置公示牌或公示牌未设置在小区主要人行出入口位置',
    '{subject}: no disclosure board, or the board is not at the main pedestrian entrance',
  ),
  remediation: t(
    '督促物业服务企业在小区主要人行出入口设置公示牌',
    'Have the company put up the disclosure board at the main pedestrian entrance',
  ),
  clauseIds: ['PI.C1.a'],
  quote: ['物业服务企业未设置公示牌或公示牌未设置在小区主要人行出入口位置'],
  severity: 'major',
  subjectKind: 'community',
  inForce: { from: '2023-07-01' },
  parameters: {},
  supervisingUnit: 'housing-authority',
  evaluate(ref, { asOf, index }) {
    const community = ref.record as Community;
    const inspections = index.of('inspection', 'communityId', community.id);

    const seenPresent = latestObservation(inspections, 'boardPresent', asOf);
    const exists = seenPresent ? seenPresent.value : community.board.exists;
    if (!exists)
      return fail(
        [
          {
            clauseId: 'PI.C1.a',
            text: t('未设置公示牌', 'no disclosure board'),
            observed: false,
            expected: true,
          },
        ],
        [
          {
            pointer: seenPresent ? seenPresent.pointer : `${ref.pointer}/board/exists`,
            observed: false,
            expected: true,
            ...(seenPresent
              ? { note: t(`${seenPresent.on} 现场检查所见`, `seen on site on ${seenPresent.on}`) }
              : {}),
          },
        ],
      );

    const seenAtEntrance = latestObservation(inspections, 'boardAtMainEntrance', asOf);
    const atEntrance = seenAtEntrance ? seenAtEntrance.value : community.board.atMainPedestrianEntrance;
    const pointer = seenAtEntrance ? seenAtEntrance.pointer : `${ref.pointer}/board/atMainPedestrianEntrance`;
    if (atEntrance === undefined)
      return unknown([
        {
          pointer,
          observed: null,
          expected: true,
          note: t(
            '公示牌位置未登记，也无现场检查记录',
            'board position neither registered nor observed on site',
          ),
        },
      ]);
    if (!atEntrance)
      return fail(
        [
          {
            clauseId: 'PI.C1.a',
            text: t('公示牌未设置在小区主要人行出入口位置', 'board not at the main pedestrian entrance'),
            observed: false,
            expected: true,
          },
        ],
        [
          {
            pointer,
            observed: false,
            expected: true,
            ...(seenAtEntrance
              ? { note: t(`${seenAtEntrance.on} 现场检查所见`, `seen on site on ${seenAtEntrance.on}`) }
              : {}),
          },
        ],
      );
    return pass();
  },
});
