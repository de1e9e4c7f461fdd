import type { WageComplaint } from '@rectify/schemas';
import { addDays } from '../../../calendar/index';
import { defineRule, notApplicable, t, unknown } from '../../../engine/rule';
import { HandlingClock, isDayCount, knownBy } from '../../handling-clock';

/**
 * The acceptance of a complaint: its acceptance date, or — when the host kept none — its closing date, since a
 * closed case was accepted by then at the latest.
 */
function acceptanceOf(
  complaint: WageComplaint,
  asOf: string,
): { field: 'acceptedOn' | 'closedOn'; date: string } | undefined {
  const accepted = knownBy(complaint.acceptedOn, asOf);
  if (accepted !== undefined) return { field: 'acceptedOn', date: accepted };
  const closed = knownBy(complaint.closedOn, asOf);
  return closed === undefined ? undefined : { field: 'closedOn', date: closed };
}

/**
 * WG.T5, WG.M5: a wage-arrears complaint is accepted within `acceptDays` of receipt and closed within
 * `closeDays` of acceptance (the case is filed on the day it is accepted, so the investigation clock runs from
 * acceptance; when it was never accepted, from the last day it should have been). Open within both limits is
 * pending; past either, it fails (欠薪案件办理超期). Working days of the law are counted as calendar days: 5
 * working days as 7, 60 as 84 (whole weeks; public holidays are not modelled — raise the parameters over a long
 * holiday).
 */
export const wageComplaintRule = defineRule({
  id: 'WG-WAGE-COMPLAINT',
  version: '1.0.0',
  campaign: 'wages',
  title: t('欠薪投诉按时受理和办结', 'Wage complaints accepted and closed in time'),
  message: t(
    '欠薪投诉 {subject} 未在收到后 {acceptDays} 日内受理，或未在受理后 {closeDays} 日内办结',
    'Wage complaint {subject} not accepted within {acceptDays} days of receipt or not closed within {closeDays} days of acceptance',
  ),
  remediation: t(
    '立即受理并立案查处，督促清偿拖欠工资，按时结案，实现欠薪投诉动态清零',
    'Accept and open the case now, have the wages paid and close the case in time, so that wage complaints are cleared as they come',
  ),
  clauseIds: ['WG.T5', 'WG.M5'],
  quote: ['拖欠农民工工资举报投诉案件实现动态清零，结案率达98%以上', '欠薪案件办理超期'],
  severity: 'major',
  subjectKind: 'wage-complaint',
  inForce: { from: '2023-07-01' },
  parameters: {
    acceptDays: {
      default: 7,
      unit: 'days',
      description: t(
        '自接到投诉之日起受理的期限（日历日）。规章规定5个工作日，按一周7个日历日计；遇法定节假日可调高。',
        'Calendar days from receipt within which the complaint is accepted. The rule says 5 working days, counted as one week of 7 calendar days; raise it over public holidays.',
      ),
      source: {
        kind: 'law',
        citation:
          '《关于实施〈劳动保障监察条例〉若干规定》（劳动和社会保障部令第25号）第十八条：接到投诉之日起5个工作日内依法受理，并于受理之日立案查处',
      },
    },
    closeDays: {
      default: 84,
      unit: 'days',
      description: t(
        '自受理（立案）之日起办结的期限（日历日）。条例规定60个工作日，按12周即84个日历日计；经批准延长30个工作日的案件可调为126日。',
        'Calendar days from acceptance (the case is filed that day) within which the case is closed. The regulation says 60 working days, counted as 12 weeks of 84 calendar days; for a case granted the 30-working-day extension use 126.',
      ),
      source: {
        kind: 'law',
        citation:
          '《劳动保障监察条例》（国务院令第423号）第十七条：自立案之日起60个工作日内完成；情况复杂的，经批准可以延长30个工作日',
      },
    },
  },
  supervisingUnit: 'hrss-bureau',
  evaluate(ref, { asOf, params }) {
    const complaint = ref.record as WageComplaint;
    const { acceptDays, closeDays } = params;
    const templateParams = { acceptDays, closeDays };
    if (!isDayCount(acceptDays) || !isDayCount(closeDays))
      return unknown(
        [
          {
            pointer: ref.pointer,
            note: t('期限参数须为非负整数天数', 'day limits must be whole numbers ≥ 0'),
          },
        ],
        { params: templateParams },
      );
    // A complaint received after asOf did not exist yet on asOf.
    if (complaint.receivedOn > asOf) return notApplicable({ params: templateParams });

    const acceptBy = addDays(complaint.receivedOn, acceptDays);
    const acceptance = acceptanceOf(complaint, asOf);
    const closeBy = addDays(acceptance?.date ?? acceptBy, closeDays);
    const closedOn = knownBy(complaint.closedOn, asOf);

    const clock = new HandlingClock(asOf);
    if (clock.step(acceptance?.date, acceptBy))
      clock.late(
        'WG.T5',
        t(`未在接到投诉后 ${acceptDays} 日内受理`, `not accepted within ${acceptDays} days of receipt`),
        `${ref.pointer}/${acceptance?.field ?? 'acceptedOn'}`,
        acceptance?.date,
        acceptBy,
      );
    if (clock.step(closedOn, closeBy))
      clock.late(
        'WG.M5',
        t(
          `未在受理后 ${closeDays} 日内办结（办理超期）`,
          `not closed within ${closeDays} days of acceptance (overdue)`,
        ),
        `${ref.pointer}/closedOn`,
        closedOn,
        closeBy,
      );
    return clock.outcome(templateParams);
  },
});
