import { isMonth, monthOfDate, previousMonth } from '../../../calendar/index';
import { RulesError } from '../../../engine/check';
import type { IndicatorDefinition } from '../../../engine/indicator';
import { t } from '../../../engine/rule';

/**
 * The `month` parameter of the monthly wages indicators (WG.T3, WG.T4): the month measured, `YYYY-MM`. The
 * empty default means the month before asOf's, the last whole month on asOf.
 */
export const MONTH_PARAMETER: NonNullable<IndicatorDefinition['parameters']> = {
  month: {
    default: '',
    description: t(
      '统计月份（YYYY-MM）；默认（空）为 asOf 所在月份的上一个月，即 asOf 时最近一个完整月份',
      'Month measured (YYYY-MM). Defaults to the month before asOf’s, the last whole month on asOf.',
    ),
    source:
      'interpretation: the campaign text gives the target without a period; a month is the unit of the attendance platform and of the monthly report (WG.Q1).',
  },
};

/**
 * The month an indicator measures: the `month` parameter, or the month before asOf's when it is empty.
 *
 * @throws RulesError `INVALID_OPTION` when the parameter is set but not a month `YYYY-MM` (misuse of the API)
 */
export function indicatorMonth(asOf: string, value: number | string | boolean | undefined): string {
  if (value === undefined || value === '') return previousMonth(monthOfDate(asOf));
  if (typeof value !== 'string' || !isMonth(value))
    throw new RulesError('INVALID_OPTION', `Indicator parameter month must be YYYY-MM, got ${String(value)}`);
  return value;
}
