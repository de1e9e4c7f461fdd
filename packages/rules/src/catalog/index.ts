export type { Clause, ClauseDocument } from './clauses';
export { CLAUSE_DOCUMENTS, CLAUSE_IDS, CLAUSES, findClause, isClauseId } from './clauses';
export type {
  ClauseCoverage,
  ClauseService,
  CoverageMatrix,
  CoverageSources,
  ServiceKind,
  UnknownClauseReference,
} from './coverage';
export { coverageMatrix, SERVICE_KINDS } from './coverage';
export type { KitCoverageInput } from './kit-coverage';
export { kitCoverage } from './kit-coverage';
export type { OtherService, OtherServiceKind } from './other-services';
export { OTHER_SERVICES } from './other-services';
export type { ClauseServer } from './task-services';
export { TASK_CLAUSE_LINKS, TASK_SERVICES } from './task-services';
