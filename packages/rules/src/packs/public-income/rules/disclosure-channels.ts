import type { Community } from '@rectify/schemas';
import { toEpochDay } from '../../../calendar/civil-date';
import { disclosureDeadline, parseShanghaiDate } from '../../../calendar/index';
import { shanghaiEpochDay } from '../../../calendar/shanghai-date';
import { defineRule, fail, notApplicable, pass, pending, t, unknown } from '../../../engine/rule';
import type { Evidence } from '../../../engine/types';
import { CHANNELS, channelBit } from '../shared';

const CHANNEL_NAMES: Record<(typeof CHANNELS)[number], { zh: string; en: string }> = {
  'notice-board': { zh: '小区公示牌等醒目位置', en: 'notice board (or an equally prominent place)' },
  'provincial-system': { zh: '省住宅小区公共收益信息管理系统', en: 'provincial public-income system' },
  'quanzhou-system': { zh: '泉州市物业项目管理系统', en: 'Quanzhou property project system' },
};

/**
 * PI.C1.c: the quarter's disclosure is posted on all three channels — the board, the provincial system and the
 * Quanzhou system. Whether it was on time is PI-DISCLOSURE-DEADLINE's question; a quarter with no disclosure
 * at all is judged there too.
 */
export const disclosureChannelsRule = defineRule({
  id: 'PI-DISCLOSURE-CHANNELS',
  version: '1.0.0',
  campaign: 'public-income',
  title: t('三个渠道全部公示', 'Disclosed on all three channels'),
  message: t(
    '{subject} {period} 公共收益收支情况未在以下渠道公示：{channels}',
    '{subject}: {period} public income not posted on: {channelsEn}',
  ),
  remediation: t(
    '督促物业服务企业在缺少的渠道补充公示',
    'Have the company post the disclosure on the missing channels',
  ),
  clauseIds: ['PI.C1.c'],
  quote: ['在小区公示牌等醒目位置，以及省住宅小区公共收益信息管理系统和泉州市物业项目管理系统公示'],
  severity: 'major',
  subjectKind: 'community-quarter',
  inForce: { from: '2023-07-01' },
  parameters: {},
  supervisingUnit: 'housing-authority',
  evaluate(ref, { asOf, index }) {
    const community = ref.record as Community;
    const quarter = ref.period as string;
    const found = index.disclosure(community.id, quarter);
    if (!found) return notApplicable();
    const deadline = disclosureDeadline(quarter);

    // The channels posted by asOf, as bits of a number; a date is read as a day number, not written out.
    const asOfDay = toEpochDay(asOf);
    const postings = found.record.postings;
    let unreadable: Evidence[] | undefined;
    let postedBy = 0;
    for (let i = 0; i < postings.length; i++) {
      const p = postings[i] as (typeof postings)[number];
      const day = shanghaiEpochDay(p.postedAt);
      if (Number.isNaN(day)) {
        const parsed = parseShanghaiDate(p.postedAt);
        if (!parsed.ok) {
          unreadable ??= [];
          unreadable.push({
            pointer: `${found.pointer}/postings/${i}/postedAt`,
            observed: p.postedAt,
            note: parsed.issue.message,
          });
        }
      } else if (day <= asOfDay) postedBy |= channelBit(p.channel);
    }
    if (postedBy === 7) return pass([], { deadline });
    const missing = CHANNELS.filter((c) => (postedBy & channelBit(c)) === 0);
    if (unreadable !== undefined) return unknown(unreadable, { deadline });
    if (deadline >= asOf) return pending(deadline);
    return fail(
      missing.map((c) => ({
        clauseId: 'PI.C1.c',
        text: t(`未在${CHANNEL_NAMES[c].zh}公示`, `not posted on the ${CHANNEL_NAMES[c].en}`),
        observed: null,
        expected: c,
      })),
      missing.map((c) => ({
        pointer: `${found.pointer}/postings`,
        observed: CHANNELS.filter((x) => (postedBy & channelBit(x)) !== 0),
        expected: c,
      })),
      {
        deadline,
        params: {
          channels: missing.map((c) => CHANNEL_NAMES[c].zh).join('、'),
          channelsEn: missing.map((c) => CHANNEL_NAMES[c].en).join(', '),
        },
      },
    );
  },
});
