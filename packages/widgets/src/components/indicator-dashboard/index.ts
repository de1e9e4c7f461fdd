export type { IndicatorDashboardProps, IndicatorToggleDetail } from './indicator-dashboard';
export { IndicatorDashboard } from './indicator-dashboard';
export { fractionText, indicatorStatus, indicatorValue, targetText } from './indicator-text';
export { indicatorDashboardCss } from './styles';
