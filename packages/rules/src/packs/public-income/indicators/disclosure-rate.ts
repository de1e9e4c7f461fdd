import {
  disclosureDeadline,
  isQuarter,
  previousQuarter,
  quarterEnd,
  quarterOfDate,
} from '../../../calendar/index';
import { RulesError } from '../../../engine/check';
import type { IndicatorDefinition, IndicatorItem } from '../../../engine/indicator';
import { t } from '../../../engine/rule';
import { CHANNELS, postingDay } from '../shared';

/** The latest quarter whose disclosure deadline (PI.C1.b) is before `asOf`: the last one already judgeable. */
export function latestDueQuarter(asOf: string): string {
  let quarter = quarterOfDate(asOf);
  while (disclosureDeadline(quarter) >= asOf) quarter = previousQuarter(quarter);
  return quarter;
}

/**
 * PI.T1 季度公示率: communities whose disclosure of the judged quarter was posted on all three channels
 * (PI.C1.c) by its deadline (PI.C1.b) ÷ communities that must disclose it. Every registered community must,
 * except one whose current company began serving it (`servedSince`) after the quarter ended.
 */
export const disclosureRateIndicator: IndicatorDefinition = {
  id: 'PI-T1-DISCLOSURE',
  campaign: 'public-income',
  clauseIds: ['PI.T1', 'PI.C1.b', 'PI.C1.c'],
  quote: ['物业小区公共收益季度公示率达到100%'],
  title: t('物业小区公共收益季度公示率', 'Quarterly public-income disclosure rate'),
  definition: t(
    '按期在公示牌、省系统和泉州市系统三个渠道公示上一季度收支的小区数 ÷ 应公示小区数',
    'Communities that posted the quarter’s accounts on the board and both systems by the deadline ÷ communities that must disclose',
  ),
  unit: 'ratio',
  target: { op: '>=', numerator: 1, denominator: 1, scope: 'city' },
  parameters: {
    quarter: {
      default: '',
      description: t(
        '统计的季度（如 2023Q2）。默认为空：取公示截止日早于统计日的最近一个季度',
        'The quarter measured (e.g. 2023Q2). Defaults to empty: the latest quarter whose disclosure deadline is before asOf',
      ),
      source: 'interpretation: the rate is of the last quarter already due (PI.C1.b deadline before asOf)',
    },
  },
  compute({ asOf, index, params }) {
    const given = params.quarter;
    const quarter = typeof given === 'string' && given !== '' ? given : latestDueQuarter(asOf);
    if (!isQuarter(quarter))
      throw new RulesError(
        'INVALID_OPTION',
        `Indicator PI-T1-DISCLOSURE: quarter must look like 2023Q2, got ${String(given)}`,
      );
    const deadline = disclosureDeadline(quarter);
    // A posting after asOf is not yet known on asOf, when the caller measures a quarter not yet due.
    // Civil dates compare as strings (Math.min does not apply).
    const cutoff = [deadline, asOf].sort()[0] as string;
    const end = quarterEnd(quarter);
    const items: IndicatorItem[] = [];
    for (const { record: community } of index.all('community')) {
      if (community.servedSince !== undefined && community.servedSince > end) continue;
      const found = index.disclosure(community.id, quarter);
      const onTime =
        found !== undefined &&
        CHANNELS.every((channel) =>
          found.record.postings.some((p) => p.channel === channel && postingDay(p.postedAt) <= cutoff),
        );
      items.push({ divisionCode: community.divisionCode, numerator: onTime ? 1 : 0, denominator: 1 });
    }
    return items;
  },
};
