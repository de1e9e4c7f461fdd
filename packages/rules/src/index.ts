// @rectify/rules — the rule engine, the two campaigns' rule packs, indicators, planners and task lists.

export * from './calendar/index';
export * from './catalog/index';
export type { CheckOptions, CheckResult, OutcomeCounts } from './engine/check';
export { CheckSession, check, defaultPeriods, RulesError } from './engine/check';
export type { Located } from './engine/dataset-index';
export { DatasetIndex } from './engine/dataset-index';
export { sha256Hex } from './engine/hash';
export type {
  Indicator,
  IndicatorContext,
  IndicatorDefinition,
  IndicatorItem,
  IndicatorRow,
  IndicatorTarget,
} from './engine/indicator';
export { aggregate, meets } from './engine/indicator';
export { canonicalJson, definePack } from './engine/pack';
export { defineRule, fail, notApplicable, pass, pending, t, unknown } from './engine/rule';
export type { Periods } from './engine/subjects';
export { subjectsOf } from './engine/subjects';
export type {
  CheckDataset,
  Condition,
  Evaluation,
  Evidence,
  Finding,
  Outcome,
  ParameterDefinition,
  ParameterOverrides,
  ParameterSource,
  ResponsibleUnit,
  Rule,
  RuleContext,
  RulePack,
  Severity,
  Subject,
  SubjectKind,
  SubjectRef,
} from './engine/types';
export { OUTCOMES } from './engine/types';
export * from './format/index';
export { PUBLIC_INCOME_RULES, publicIncomePack } from './packs/public-income/index';
export { PUBLIC_INCOME_INDICATORS } from './packs/public-income/indicators/index';
export { WAGES_RULES, wagesPack } from './packs/wages/index';
export { NATIONAL_ASSESSMENT_PANEL, WAGES_INDICATORS } from './packs/wages/indicators/index';
export type {
  ArrearsWarningParams,
  WarningLevel,
  WarningReason,
  WarningSignal,
} from './packs/wages/rules/early-warning';
export { ARREARS_WARNING_DEFAULTS, arrearsWarning, WARNING_LEVELS } from './packs/wages/rules/early-warning';
export * from './planners/index';
export * from './tasks/index';
