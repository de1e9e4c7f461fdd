import type { CivilDate } from './civil-date';
import { monthEnd } from './month';
import { monthsOfQuarter, nextQuarter, type Quarter } from './quarter';

/**
 * The last day a quarter's public income and expenditure may be disclosed: the last day of the first month
 * of the next quarter (2023Q2 → 2023-07-31, 2023Q4 → 2024-01-31).
 *
 * PI.C1.b: “未按规定在每季度第一个月的月底前，将上一季度公共收益收支情况…公示”.
 *
 * @param quarter - the quarter whose figures are disclosed
 * @throws CalendarError when `quarter` is not `YYYYQn`
 */
export function disclosureDeadline(quarter: Quarter): CivilDate {
  let deadline = DEADLINES.get(quarter);
  if (deadline === undefined) {
    deadline = monthEnd(monthsOfQuarter(nextQuarter(quarter))[0]);
    DEADLINES.set(quarter, deadline);
  }
  return deadline;
}

// A check asks for the same few quarters' deadlines hundreds of thousands of times.
const DEADLINES = new Map<Quarter, CivilDate>();
