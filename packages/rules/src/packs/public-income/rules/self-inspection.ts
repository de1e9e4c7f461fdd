import type { Community, SelfInspection } from '@rectify/schemas';
import { coversDays, isCivilDate } from '../../../calendar/index';
import { defineRule, fail, pass, pending, t, unknown } from '../../../engine/rule';
import type { Condition, Evidence } from '../../../engine/types';
import { knownBy } from '../../handling-clock';

/**
 * The electronic ways of telling owners (微信、短信、电话等电子信息方式). An app message is electronic too (the
 * list ends in 等); `other` is not known to be electronic.
 */
const ELECTRONIC_NOTIFICATION_CHANNELS: readonly SelfInspection['notifiedChannels'][number][] = [
  'wechat',
  'sms',
  'phone',
  'app',
];

/**
 * PI.S2: the company keeps a self-inspection ledger, posts the results in prominent places by 30 July of the
 * campaign year for at least 30 days (Civil Code art. 201), and tells every owner electronically.
 */
export const selfInspectionRule = defineRule({
  id: 'PI-SELF-INSPECTION',
  version: '1.0.0',
  campaign: 'public-income',
  title: t('自查自纠结果公示并告知全体业主', 'Self-inspection results posted and every owner told'),
  message: t(
    '{subject} {year} 年自查自纠台账、结果公示或告知业主不符合要求（公示截止 {postingDue}）',
    '{subject}: the {year} self-inspection ledger, posting or notice to owners falls short (posting due by {postingDue})',
  ),
  remediation: t(
    '督促物业服务企业建立自查自纠台账，在公告栏、楼道、电梯等醒目位置公示自查结果不少于30日，并通过微信、短信、电话告知全体业主',
    'Have the company keep a self-inspection ledger, post the results on the notice board, stairwells and lifts for at least 30 days, and tell every owner by WeChat, SMS or phone',
  ),
  clauseIds: ['PI.S2'],
  quote: [
    '形成自查自纠台账',
    '物业服务企业要于7月30日前将自查结果在物业小区公告栏、楼道、电梯等醒目位置公示，公示日期不少于30日，并通过微信、短信、电话等电子信息方式告知全体业主',
  ],
  severity: 'minor',
  subjectKind: 'community',
  inForce: { from: '2023-07-01' },
  parameters: {
    postingDeadline: {
      default: '07-30',
      unit: 'month-day',
      description: t(
        '自查结果公示截止的月-日（当年，含当日）',
        'Month-day of the campaign year by which the results are posted (inclusive)',
      ),
      source: {
        kind: 'clause',
        clauseId: 'PI.S2',
        quote: '物业服务企业要于7月30日前将自查结果在物业小区公告栏、楼道、电梯等醒目位置公示',
      },
    },
    minDisplayDays: {
      default: 30,
      unit: 'days',
      description: t(
        '公示最少天数，按《民法典》第二百零一条自次日起算',
        'Minimum days on display, counted from the day after posting (Civil Code art. 201)',
      ),
      source: { kind: 'clause', clauseId: 'PI.S2', quote: '公示日期不少于30日' },
    },
    notificationCoverageBp: {
      default: 10000,
      unit: 'basis-points',
      description: t(
        '以电子方式告知的业主占全体业主的最低比例（万分比）',
        'Minimum share of owners told electronically, basis points',
      ),
      source: { kind: 'clause', clauseId: 'PI.S2', quote: '告知全体业主' },
    },
  },
  supervisingUnit: 'housing-authority',
  evaluate(ref, { asOf, campaignYear, params, index }) {
    const community = ref.record as Community;
    const deadline = `${campaignYear}-${params.postingDeadline}`;
    const { minDisplayDays, notificationCoverageBp } = params;
    const templateParams = { year: campaignYear, postingDue: deadline };
    if (
      !isCivilDate(deadline) ||
      !Number.isSafeInteger(minDisplayDays) ||
      minDisplayDays < 0 ||
      !Number.isFinite(notificationCoverageBp)
    )
      return unknown(
        [
          {
            pointer: ref.pointer,
            note: t('参数无效（月-日或天数）', 'invalid parameter (month-day or day count)'),
          },
        ],
        {
          params: templateParams,
        },
      );
    const due = asOf > deadline;
    const found = index
      .of('selfInspection', 'communityId', community.id)
      .find((s) => s.record.year === campaignYear);
    if (!found) {
      if (!due) return pending(deadline, [], { params: templateParams });
      return fail(
        [
          {
            clauseId: 'PI.S2',
            text: t('无当年自查自纠记录', 'no self-inspection record for the year'),
            observed: null,
            expected: `selfInspection ${campaignYear}`,
          },
        ],
        [{ pointer: ref.pointer, observed: null, expected: `selfInspection ${campaignYear}` }],
        { deadline, params: templateParams },
      );
    }
    const record = found.record;
    const at = (field: string) => `${found.pointer}/${field}`;
    const why: Condition[] = [];
    const evidence: Evidence[] = [];
    const missing: Evidence[] = [];
    const waitUntil: string[] = [];
    const failed = (text: Condition['text'], pointer: string, observed: unknown, expected: unknown) => {
      why.push({ clauseId: 'PI.S2', text, observed, expected });
      evidence.push({ pointer, observed, expected });
    };

    if (!record.ledgerEstablished) {
      if (due)
        failed(t('未建立自查自纠台账', 'no self-inspection ledger'), at('ledgerEstablished'), false, true);
      else waitUntil.push(deadline);
    }

    const postedOn = knownBy(record.postedOn, asOf);
    if (postedOn === undefined) {
      if (due)
        failed(
          t('截止日前未公示自查结果', 'results not posted by the deadline'),
          at('postedOn'),
          null,
          `≤ ${deadline}`,
        );
      else waitUntil.push(deadline);
    } else {
      if (postedOn > deadline)
        failed(
          t('自查结果公示晚于截止日', 'results posted after the deadline'),
          at('postedOn'),
          postedOn,
          `≤ ${deadline}`,
        );
      const display = coversDays(postedOn, record.takenDownOn, minDisplayDays, asOf);
      if (display.status === 'short')
        failed(
          t(`公示不足 ${minDisplayDays} 日`, `on display for fewer than ${minDisplayDays} days`),
          at('takenDownOn'),
          display.observedDays,
          `≥ ${minDisplayDays} (${postedOn} → ${display.periodEnd})`,
        );
      else if (display.status === 'in-progress') waitUntil.push(display.periodEnd);
    }

    if (!record.notifiedChannels.some((c) => ELECTRONIC_NOTIFICATION_CHANNELS.includes(c))) {
      if (due)
        failed(
          t(
            '未通过微信、短信、电话等电子方式告知业主',
            'owners not told by WeChat, SMS, phone or another electronic way',
          ),
          at('notifiedChannels'),
          record.notifiedChannels,
          ELECTRONIC_NOTIFICATION_CHANNELS,
        );
      else waitUntil.push(deadline);
    }

    // The registry's household count stands in when the record does not say how many owners there are.
    const total = record.ownersTotal ?? community.households;
    const notified = record.ownersNotified;
    if (notified === undefined) {
      if (due)
        missing.push({
          pointer: at('ownersNotified'),
          observed: null,
          expected: `≥ ${total} × ${notificationCoverageBp}/10000`,
        });
      else waitUntil.push(deadline);
    } else if (notified * 10000 < notificationCoverageBp * total) {
      if (due)
        failed(
          t('未告知全体业主', 'not every owner was told'),
          at('ownersNotified'),
          `${notified}/${total}`,
          `≥ ${notificationCoverageBp / 100}%`,
        );
      else waitUntil.push(deadline);
    }

    if (why.length > 0) return fail(why, evidence, { deadline, params: templateParams });
    if (missing.length > 0) return unknown(missing, { deadline, params: templateParams });
    if (waitUntil.length > 0) return pending([...waitUntil].sort()[0], [], { params: templateParams });
    return pass([], { deadline, params: templateParams });
  },
});
