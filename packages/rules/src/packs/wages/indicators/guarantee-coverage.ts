import type { IndicatorContext, IndicatorDefinition, IndicatorItem } from '../../../engine/indicator';
import { t } from '../../../engine/rule';
import { isUnderConstruction, WG_QUOTES } from '../shared';

/**
 * WG.T1: each project under construction counts 1 in the denominator and 1 in the numerator when a payment
 * guarantee of it is valid on asOf (issued on or before asOf and valid until asOf or later).
 */
export function computeGuaranteeCoverage({ asOf, index }: IndicatorContext): IndicatorItem[] {
  return index
    .all('constructionProject')
    .filter(({ record }) => isUnderConstruction(record))
    .map(({ record: p }) => {
      const valid = index
        .of('paymentGuarantee', 'projectId', p.id)
        .some(({ record: g }) => g.issuedOn <= asOf && g.validUntil >= asOf);
      return { divisionCode: p.divisionCode, numerator: valid ? 1 : 0, denominator: 1 };
    });
}

/** WG.T1 在建项目工程款支付担保全覆盖: projects under construction with a valid payment guarantee on asOf, target 100%. */
export const guaranteeCoverageIndicator: IndicatorDefinition = {
  id: 'WG-GUARANTEE-COVERAGE',
  campaign: 'wages',
  clauseIds: ['WG.T1'],
  quote: [WG_QUOTES.guaranteeCoverage],
  title: t('工程款支付担保覆盖率', 'Payment guarantee coverage'),
  definition: t(
    'asOf 当日持有有效工程款支付担保的在建项目数 ÷ 在建项目数',
    'Projects under construction with a payment guarantee valid on asOf ÷ projects under construction',
  ),
  unit: 'ratio',
  target: { op: '>=', numerator: 1, denominator: 1, scope: 'city' },
  compute: computeGuaranteeCoverage,
};
