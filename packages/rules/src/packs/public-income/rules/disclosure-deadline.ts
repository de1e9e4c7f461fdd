import type { Community } from '@rectify/schemas';
import { fromEpochDay, toEpochDay } from '../../../calendar/civil-date';
import { disclosureDeadline } from '../../../calendar/index';
import { defineRule, fail, pass, pending, t } from '../../../engine/rule';
import type { Evidence } from '../../../engine/types';
import { CHANNELS, channelBit, postingEpochDay } from '../shared';

/** PI.C1.b: the previous quarter's accounts are disclosed by the last day of the first month of each quarter. */
export const disclosureDeadlineRule = defineRule({
  id: 'PI-DISCLOSURE-DEADLINE',
  version: '1.0.0',
  campaign: 'public-income',
  title: t('季度公共收益按时公示', 'Quarterly disclosure on time'),
  message: t(
    '{subject} {period} 公共收益收支情况未在 {deadline} 前公示',
    '{subject}: {period} public income not disclosed by {deadline}',
  ),
  remediation: t(
    '督促物业服务企业立即在公示牌及两个系统公示，并说明逾期原因',
    'Have the company post the disclosure on the board and both systems now and explain the delay',
  ),
  clauseIds: ['PI.C1.b'],
  quote: [
    '未按规定在每季度第一个月的月底前，将上一季度公共收益收支情况在小区公示牌等醒目位置，以及省住宅小区公共收益信息管理系统和泉州市物业项目管理系统公示',
  ],
  severity: 'major',
  subjectKind: 'community-quarter',
  inForce: { from: '2023-07-01' },
  parameters: {},
  supervisingUnit: 'housing-authority',
  evaluate(ref, { asOf, index }) {
    const community = ref.record as Community;
    const quarter = ref.period as string;
    const deadline = disclosureDeadline(quarter);
    const found = index.disclosure(community.id, quarter);
    if (!found) {
      if (deadline >= asOf) return pending(deadline);
      return fail(
        [
          {
            clauseId: 'PI.C1.b',
            text: t('截止日前无公示记录', 'no disclosure by the deadline'),
            observed: null,
            expected: `≤ ${deadline}`,
          },
        ],
        [{ pointer: ref.pointer, observed: null, expected: `quarterlyDisclosure ${quarter}` }],
        { deadline },
      );
    }
    // Days are compared as numbers; a date is written out only for the evidence of a late posting.
    const deadlineDay = toEpochDay(deadline);
    const postings = found.record.postings;
    let late: Evidence[] | undefined;
    let posted = false;
    for (let i = 0; i < postings.length; i++) {
      const p = postings[i] as (typeof postings)[number];
      const day = postingEpochDay(p.postedAt);
      if (day > deadlineDay) {
        late ??= [];
        late.push({
          pointer: `${found.pointer}/postings/${i}/postedAt`,
          observed: fromEpochDay(day),
          expected: `≤ ${deadline}`,
        });
      }
      if (channelBit(p.channel) !== 0) posted = true;
    }
    if (late !== undefined)
      return fail(
        late.map((e) => ({
          clauseId: 'PI.C1.b',
          text: t('公示晚于截止日', 'posted after the deadline'),
          observed: e.observed,
          expected: e.expected,
        })),
        late,
        { deadline },
      );
    if (!posted)
      return deadline >= asOf
        ? pending(deadline)
        : fail(
            [
              {
                clauseId: 'PI.C1.b',
                text: t('无任何渠道公示', 'posted on no channel'),
                expected: `≤ ${deadline}`,
              },
            ],
            [{ pointer: `${found.pointer}/postings`, observed: [], expected: CHANNELS }],
            { deadline },
          );
    return pass([], { deadline });
  },
});
