export type { IncomeStatementProps } from './income-statement';
export { IncomeStatement } from './income-statement';
export type { StatementRow } from './statement-rows';
export { statementRows } from './statement-rows';
export { incomeStatementCss } from './styles';
