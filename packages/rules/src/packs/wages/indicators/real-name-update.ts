import { addDays } from '../../../calendar/index';
import { RulesError } from '../../../engine/check';
import type { IndicatorContext, IndicatorDefinition, IndicatorItem } from '../../../engine/indicator';
import { t } from '../../../engine/rule';
import { isUnderConstruction, WG_QUOTES } from '../shared';

/**
 * WG.T2 (and WG.S3 实名制更新率): each project under construction counts 1 in the denominator and 1 in the
 * numerator when its real-name roster was updated within the `periodDays` days ending on asOf (asOf included).
 *
 * @throws RulesError `INVALID_OPTION` when `periodDays` is not a whole number ≥ 1 (misuse of the API)
 */
export function computeRealNameUpdate({ asOf, index, params }: IndicatorContext): IndicatorItem[] {
  const periodDays = params.periodDays ?? 30;
  if (typeof periodDays !== 'number' || !Number.isSafeInteger(periodDays) || periodDays < 1)
    throw new RulesError(
      'INVALID_OPTION',
      `Indicator parameter periodDays must be a whole number ≥ 1, got ${String(periodDays)}`,
    );
  const from = addDays(asOf, -periodDays);
  return index
    .all('constructionProject')
    .filter(({ record }) => isUnderConstruction(record))
    .map(({ record: p }) => {
      const updated = index
        .of('rosterUpdate', 'projectId', p.id)
        .some(({ record: u }) => u.updatedOn > from && u.updatedOn <= asOf);
      return { divisionCode: p.divisionCode, numerator: updated ? 1 : 0, denominator: 1 };
    });
}

/** The parameters of the real-name update rate. */
export const REAL_NAME_UPDATE_PARAMETERS: NonNullable<IndicatorDefinition['parameters']> = {
  periodDays: {
    default: 30,
    description: t(
      '统计期（日）：截至 asOf（含当日）的该天数内有实名制花名册更新记录的项目视为已更新',
      'Period in days: a project counts as updated when its real-name roster was updated in this many days ending on asOf (included)',
    ),
    source:
      'interpretation: the text sets the 90% target without defining the period; 30 days matches the monthly report cycle (WG.Q1) and the platform’s monthly update check.',
  },
};

/** WG.T2 实名制项目更新率达到90%以上: projects under construction whose roster was updated in the period, target ≥ 90%. */
export const realNameUpdateIndicator: IndicatorDefinition = {
  id: 'WG-REAL-NAME-UPDATE',
  campaign: 'wages',
  clauseIds: ['WG.T2'],
  quote: [WG_QUOTES.realNameUpdate],
  title: t('实名制项目更新率', 'Real-name roster update rate'),
  definition: t(
    '统计期内（截至 asOf 的 periodDays 日）有实名制花名册更新的在建项目数 ÷ 在建项目数',
    'Projects under construction whose real-name roster was updated in the period (periodDays ending on asOf) ÷ projects under construction',
  ),
  unit: 'ratio',
  target: { op: '>=', numerator: 9, denominator: 10, scope: 'city' },
  parameters: REAL_NAME_UPDATE_PARAMETERS,
  compute: computeRealNameUpdate,
};
