import { EXPENSE_CATEGORIES, INCOME_CATEGORIES, INSPECTION_KINDS, PROBLEM_KINDS, UNITS } from './categories';
import { QUANZHOU_DIVISIONS } from './divisions';

export type { ExpenseCategory, IncomeCategory, InspectionKind, ProblemKind, UnitCode } from './categories';
export { EXPENSE_CATEGORIES, INCOME_CATEGORIES, INSPECTION_KINDS, PROBLEM_KINDS, UNITS } from './categories';
export type { Codelist, CodelistEntry } from './codelist';
export { codelistEntry, defineCodelist } from './codelist';
export { countyCodeOf, FUNCTIONAL_ZONE_CODES, QUANZHOU_COUNTY_CODES, QUANZHOU_DIVISIONS } from './divisions';

/** Every codelist the kit ships, each also as `codelists/<name>.csv`. */
export const CODELISTS = [
  QUANZHOU_DIVISIONS,
  INCOME_CATEGORIES,
  EXPENSE_CATEGORIES,
  INSPECTION_KINDS,
  PROBLEM_KINDS,
  UNITS,
] as const;
