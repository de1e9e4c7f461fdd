import type { Complaint } from '@rectify/schemas';
import { addDays } from '../../../calendar/index';
import { defineRule, notApplicable, t, unknown } from '../../../engine/rule';
import { HandlingClock, isDayCount, knownBy } from '../../handling-clock';

/**
 * PI.C3.c, PI.S3: a complaint about public income is accepted within `acceptDays` of receipt and its result is
 * fed back to the complainant within `answerDays` of receipt. Every complaint record is about public income
 * (the `complaint` kind holds only those), so every one is judged. Closing a complaint without answering the
 * complainant does not stop the answer clock.
 */
export const complaintHandlingRule = defineRule({
  id: 'PI-COMPLAINT-HANDLING',
  version: '1.0.0',
  campaign: 'public-income',
  title: t('公共收益投诉及时受理和反馈', 'Public-income complaints accepted and answered in time'),
  message: t(
    '投诉 {subject} 未在收到后 {acceptDays} 日内受理或 {answerDays} 日内将处理结果反馈投诉人',
    'Complaint {subject} not accepted within {acceptDays} days or not answered to the complainant within {answerDays} days of receipt',
  ),
  remediation: t(
    '监管部门立即受理、调查核实，并将处理结果反馈投诉人；已办结未反馈的应补充反馈',
    'Accept and investigate the complaint now and feed the result back to the complainant, also when it was closed without feedback',
  ),
  clauseIds: ['PI.C3.c', 'PI.S3'],
  quote: [
    '监管部门和单位对业主投诉的物业服务企业侵占公共收益问题查处不及时、处理不到位等问题',
    '处理结果应同步反馈投诉人',
  ],
  severity: 'major',
  subjectKind: 'complaint',
  inForce: { from: '2023-07-01' },
  parameters: {
    acceptDays: {
      default: 15,
      unit: 'days',
      description: t(
        '自收到投诉之日起受理的期限（日）。整治方案未规定具体天数，默认值取自《信访工作条例》。',
        'Days from receipt within which a complaint must be accepted. The campaign text sets no number; the default comes from the Regulations on Letters and Visits.',
      ),
      source: { kind: 'law', citation: '《信访工作条例》(2022) 第二十五条/第三十二条' },
    },
    answerDays: {
      default: 60,
      unit: 'days',
      description: t(
        '自收到投诉之日起将处理结果反馈投诉人的期限（日）。整治方案未规定具体天数，默认值取自《信访工作条例》；条例自受理之日起计，本规则自收到之日起计（更严）。',
        'Days from receipt within which the result must be fed back to the complainant. The campaign text sets no number; the default comes from the Regulations on Letters and Visits, which count from acceptance — this rule counts from receipt, the stricter reading.',
      ),
      source: { kind: 'law', citation: '《信访工作条例》(2022) 第二十五条/第三十二条' },
    },
  },
  supervisingUnit: 'housing-authority',
  evaluate(ref, { asOf, params }) {
    const complaint = ref.record as Complaint;
    const { acceptDays, answerDays } = params;
    if (!isDayCount(acceptDays) || !isDayCount(answerDays))
      return unknown([
        { pointer: ref.pointer, note: t('期限参数须为非负整数天数', 'day limits must be whole numbers ≥ 0') },
      ]);
    // A complaint received after asOf did not exist yet on asOf.
    if (complaint.receivedOn > asOf) return notApplicable();
    const acceptBy = addDays(complaint.receivedOn, acceptDays);
    const answerBy = addDays(complaint.receivedOn, answerDays);
    const templateParams = { acceptDays, answerDays };

    // A complaint investigated or answered was accepted by then at the latest, when the host kept no acceptance date.
    const recorded = knownBy(complaint.acceptedOn, asOf);
    const acceptance =
      recorded !== undefined
        ? { field: 'acceptedOn', date: recorded }
        : (['investigatedOn', 'answeredOn'] as const)
            .map((field) => ({ field, date: knownBy(complaint[field], asOf) }))
            .filter(
              (step): step is { field: 'investigatedOn' | 'answeredOn'; date: string } =>
                step.date !== undefined,
            )
            .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))[0];
    const answeredOn = knownBy(complaint.answeredOn, asOf);

    const clock = new HandlingClock(asOf);
    if (clock.step(acceptance?.date, acceptBy))
      clock.late(
        'PI.C3.c',
        t(`未在收到后 ${acceptDays} 日内受理`, `not accepted within ${acceptDays} days of receipt`),
        `${ref.pointer}/${acceptance?.field ?? 'acceptedOn'}`,
        acceptance?.date,
        acceptBy,
      );
    if (clock.step(answeredOn, answerBy)) {
      const closedOn = knownBy(complaint.closedOn, asOf);
      clock.late(
        'PI.S3',
        t(
          `未在收到后 ${answerDays} 日内将处理结果反馈投诉人`,
          `result not fed back to the complainant within ${answerDays} days of receipt`,
        ),
        `${ref.pointer}/answeredOn`,
        answeredOn,
        answerBy,
        answeredOn === undefined && closedOn !== undefined
          ? t(
              `已于 ${closedOn} 办结但未反馈投诉人`,
              `closed on ${closedOn} without feedback to the complainant`,
            )
          : undefined,
      );
    }
    return clock.outcome(templateParams);
  },
});
