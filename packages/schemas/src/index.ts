// @rectify/schemas — the published domain model of the two Quanzhou 点题整治 campaigns.

export type {
  Codelist,
  CodelistEntry,
  ExpenseCategory,
  IncomeCategory,
  InspectionKind,
  ProblemKind,
  UnitCode,
} from './codelists/index';
export {
  CODELISTS,
  codelistEntry,
  countyCodeOf,
  EXPENSE_CATEGORIES,
  FUNCTIONAL_ZONE_CODES,
  INCOME_CATEGORIES,
  INSPECTION_KINDS,
  PROBLEM_KINDS,
  QUANZHOU_COUNTY_CODES,
  QUANZHOU_DIVISIONS,
  UNITS,
} from './codelists/index';
export type { DatasetInput, RecordKind, RecordOf } from './dataset';
export { Dataset, RECORD_KINDS, RECORD_SCHEMAS, SCHEMA_VERSION } from './dataset';
export type { Bilingual, IssueCode, IssueCodeEntry } from './errors';
export { formatMessage, ISSUE_CODES, RENAMED_ISSUE_CODES, SchemasError } from './errors';
export type { IdentifierCheck } from './identifiers/index';
export * from './identifiers/index';
export type { JsonSchema, JsonSchemaDraft } from './json-schema';
export { allJsonSchemas, SCHEMA_ID_BASE, schemaFileName, schemaId, toJsonSchema } from './json-schema';
export { CommonPartContract } from './public-income/common-part-contract';
export {
  Community,
  DisclosureBoard,
  DistributionAgreement,
  IncomeAccount,
  KnownIncomeSource,
} from './public-income/community';
export {
  DisclosureChannel,
  Distribution,
  ExpenseLine,
  IncomeLine,
  MaintenanceFundTransfer,
  Posting,
  QuarterlyDisclosure,
  SystemFiling,
} from './public-income/disclosure';
export {
  AccountEvidence,
  Audit,
  Complaint,
  Inspection,
  InspectionObservations,
  Inspector,
  OwnerObjection,
  PublicityRecord,
  RectificationDisclosure,
  RepairProject,
  SelfInspection,
} from './public-income/oversight';
export { OwnersDecision } from './public-income/owners-decision';
export { Campaign, CreditAction, Problem, SurveyWave, TaskProgress } from './shared/campaign';
export { civilFromDays, daysFromCivil } from './shared/civil-days';
export {
  Amount,
  BasisPoints,
  CivilDate,
  DivisionCode,
  Extension,
  Id,
  Instant,
  Money,
  Month,
  PATTERNS,
  Quarter,
  Uscc,
  Year,
} from './shared/primitives';
export {
  Division,
  DivisionLevel,
  Enterprise,
  EnterpriseRole,
  EvidenceRef,
  PartyRef,
  PersonRef,
  UnitRef,
} from './shared/records';
export type { ValidateOptions, ValidationIssue, ValidationReport } from './validate';
export { compiledValidator, validate } from './validate';
export {
  PaymentGuarantee,
  RIGHTS_BOARD_ITEMS,
  RightsBoard,
  WageAccount,
  WageDeposit,
} from './wages/institutions';
export {
  LabourCostTransfer,
  PaymentMilestone,
  PayrollLine,
  ProjectPayment,
  Subcontract,
} from './wages/money-flows';
export { EnterpriseRecord, ScreeningItem, WageComplaint } from './wages/oversight';
export { ConstructionProject } from './wages/project';
export {
  DailyAttendance,
  KeyPersonnelPresence,
  RosterUpdate,
  Worker,
  WorkerAttendance,
} from './wages/workforce';
