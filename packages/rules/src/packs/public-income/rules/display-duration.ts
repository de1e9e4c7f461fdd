import type { Community } from '@rectify/schemas';
import { fromEpochDay, toEpochDay } from '../../../calendar/civil-date';
import { coversEpochDays } from '../../../calendar/day-period';
import { parseShanghaiDate } from '../../../calendar/index';
import { shanghaiEpochDay } from '../../../calendar/shanghai-date';
import { defineRule, fail, notApplicable, pass, pending, t, unknown } from '../../../engine/rule';
import type { Evaluation } from '../../../engine/types';

/** Unknown: a posting time that is neither an instant with offset nor a civil date. */
function unreadable(pointer: string, value: unknown): Evaluation {
  const parsed = parseShanghaiDate(value);
  return unknown([{ pointer, observed: value, ...(parsed.ok ? {} : { note: parsed.issue.message }) }]);
}

/**
 * PI.C1.d: the notice on the board stays up at least `minDisplayDays` days, counted as Civil Code art. 201
 * counts a period: the posting day is not counted, so a notice posted on D must still be up at the end of
 * D + 30. A notice still within its period on asOf is in progress (pending), not a violation. The two systems
 * keep what is filed, so only the board posting is judged; a quarter without one is PI-DISCLOSURE-CHANNELS'.
 */
export const displayDurationRule = defineRule({
  id: 'PI-DISPLAY-DURATION',
  version: '1.0.0',
  campaign: 'public-income',
  title: t('公示时间不少于30日', 'Displayed for at least 30 days'),
  message: t(
    '{subject} {period} 公示牌公示时间为 {days} 日，少于 {minDays} 日（应公示至 {deadline}）',
    '{subject}: {period} board notice displayed {days} day(s), under {minDays} (due to stay up until {deadline})',
  ),
  remediation: t(
    '督促物业服务企业重新张贴公示，并保持公示满规定天数',
    'Have the company post the notice again and keep it up for the full period',
  ),
  clauseIds: ['PI.C1.d'],
  quote: ['公示时间少于30日'],
  severity: 'minor',
  subjectKind: 'community-quarter',
  inForce: { from: '2023-07-01' },
  parameters: {
    minDisplayDays: {
      default: 30,
      unit: 'days',
      description: t(
        '公示牌公示的最少天数（按《民法典》第二百零一条计算，公示当日不计入）',
        'Minimum days a board notice stays up (counted per Civil Code art. 201: the posting day is not counted)',
      ),
      source: { kind: 'clause', clauseId: 'PI.C1.d', quote: '公示时间少于30日' },
    },
  },
  supervisingUnit: 'housing-authority',
  evaluate(ref, { asOf, index, params }) {
    const community = ref.record as Community;
    const quarter = ref.period as string;
    const found = index.disclosure(community.id, quarter);
    if (!found) return notApplicable();
    const postings = found.record.postings;
    const boardIndex = postings.findIndex((p) => p.channel === 'notice-board');
    const board = postings[boardIndex];
    if (!board) return notApplicable();
    const at = `${found.pointer}/postings/${boardIndex}`;

    const days = params.minDisplayDays;
    if (!Number.isSafeInteger(days) || days < 0)
      return unknown([
        {
          pointer: at,
          note: t(`参数 minDisplayDays 无效：${days}`, `invalid parameter minDisplayDays: ${days}`),
        },
      ]);
    // Days are compared as numbers; a date is written out only for what a finding shows.
    const postedDay = shanghaiEpochDay(board.postedAt);
    if (Number.isNaN(postedDay)) return unreadable(`${at}/postedAt`, board.postedAt);
    const takenDownAt = board.takenDownAt;
    const takenDownDay = takenDownAt === undefined ? undefined : shanghaiEpochDay(takenDownAt);
    if (Number.isNaN(takenDownDay)) return unreadable(`${at}/takenDownAt`, takenDownAt);

    const coverage = coversEpochDays(postedDay, takenDownDay, days, toEpochDay(asOf), true);
    const deadline = fromEpochDay(coverage.periodEndDay);
    const templ = { days: coverage.observedDays, minDays: days };
    if (coverage.status === 'complete') return pass([], { deadline, params: templ });
    if (coverage.status === 'in-progress')
      return pending(
        deadline,
        [{ pointer: `${at}/takenDownAt`, observed: null, expected: `≥ ${deadline}` }],
        {
          params: templ,
        },
      );
    return fail(
      [
        {
          clauseId: 'PI.C1.d',
          text: t(`公示时间少于${days}日`, `displayed for fewer than ${days} days`),
          observed: coverage.observedDays,
          expected: `≥ ${days}`,
        },
      ],
      [
        {
          pointer: `${at}/takenDownAt`,
          observed: takenDownDay === undefined ? null : fromEpochDay(takenDownDay),
          expected: `≥ ${deadline}`,
        },
      ],
      { deadline, params: templ },
    );
  },
});
