export type { FindingsListProps, FindingsView } from './findings-list';
export { FindingsList } from './findings-list';
export type { FilterOptions, FindingsFilters, FindingsGroupBy, FindingsRow } from './findings-model';
export { filterFindings, filterOptions, findingsRows } from './findings-model';
export type { FindingRuleInfo } from './rule-info';
export { findingsListCss } from './styles';
