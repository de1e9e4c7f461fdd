import type { Bilingual, Campaign, Dataset } from '@rectify/schemas';

/** The outcome of evaluating a rule on a subject. `unknown` is never a silent pass: evidence is missing. */
export type Outcome = 'pass' | 'fail' | 'pending' | 'unknown' | 'not_applicable';
/** Every outcome, in report order. */
export const OUTCOMES: readonly Outcome[] = ['fail', 'pending', 'unknown', 'pass', 'not_applicable'];

/** How serious a failure is. */
export type Severity = 'critical' | 'major' | 'minor';

/** The kind of subject a rule judges. */
export type SubjectKind =
  | 'community'
  | 'community-quarter'
  | 'common-part-contract'
  | 'complaint'
  | 'problem'
  | 'audit'
  | 'project'
  | 'project-month'
  | 'enterprise'
  | 'wage-complaint';

/** What a finding is about. */
export interface Subject {
  /** Kind of subject. */
  kind: SubjectKind;
  /** The host's id of the subject (community id, project id, complaint id, …). */
  id: string;
  /** Display name (never personal data). */
  name?: string;
  /** Division the subject lies in (street or county code). */
  divisionCode: string;
  /** County-level code (first 6 digits of the division code). */
  countyCode: string;
}

/** One piece of evidence: where in the dataset, what was observed and what was expected. */
export interface Evidence {
  /** JSON Pointer into the checked dataset (`/records/quarterlyDisclosure/3/postings/0/postedAt`). */
  pointer: string;
  /** What the data says (masked where personal). */
  observed?: unknown;
  /** What the rule expected. */
  expected?: unknown;
  /** A note in both languages. */
  note?: Bilingual;
}

/** One failed condition of a finding's "why", with the clause it comes from. */
export interface Condition {
  /** Clause ID of CLAUSES.md. */
  clauseId: string;
  /** The condition that failed, in words. */
  text: Bilingual;
  /** Observed value. */
  observed?: unknown;
  /** Expected value. */
  expected?: unknown;
}

/** A responsible unit: the regulated party or the supervising unit. */
export interface ResponsibleUnit {
  /** Unit code from the units codelist. */
  unit: string;
  /** USCC when the unit is an enterprise. */
  uscc?: string;
  /** Name for display. */
  name?: string;
  /** Division of a government unit. */
  divisionCode?: string;
}

/** A finding: the judgement of one rule on one subject for one period. */
export interface Finding {
  /** Deterministic id: `ruleId|subjectKind:subjectId|period`. */
  id: string;
  ruleId: string;
  ruleVersion: string;
  /** The pack the rule came from, with its version and content hash. */
  pack: { id: string; version: string; hash: string };
  clauseIds: string[];
  subject: Subject;
  /** Quarter, month or year the finding is about, when it is about one. */
  period?: string;
  outcome: Outcome;
  severity: Severity;
  evidence: Evidence[];
  /** The deadline the rule computed, if the clause sets one. */
  deadline?: string;
  responsible: { regulated?: ResponsibleUnit; supervising?: ResponsibleUnit };
  message: Bilingual;
  remediation: Bilingual;
  /** The minimal failed conditions, each with its clause ("why"). Empty unless the outcome is fail. */
  why: Condition[];
}

/** Where a parameter's default comes from. */
export type ParameterSource =
  | { kind: 'clause'; clauseId: string; quote?: string }
  | { kind: 'law'; citation: string }
  | { kind: 'interpretation'; reason: string };

/** A named parameter of a rule. */
export interface ParameterDefinition<T extends number | string | boolean = number | string | boolean> {
  /** Default value. */
  default: T;
  /** Unit of the value (`days`, `basis-points`, `fen`, `ratio`, `date`). */
  unit: string;
  /** What it means. */
  description: Bilingual;
  /** Where the default comes from. */
  source: ParameterSource;
}

/** What a rule's evaluation returns for one subject. */
export interface Evaluation {
  outcome: Outcome;
  /** Evidence pointers with observed vs expected. */
  evidence?: Evidence[];
  /** Failed conditions (for `fail`). */
  why?: Condition[];
  /** Deadline the rule computed. */
  deadline?: string;
  /** Values for the message template placeholders. */
  params?: Record<string, string | number>;
  /** Overrides the rule's clause list for this finding (e.g. PI.C4.a when the owners' committee is a party). */
  clauseIds?: string[];
}

/** A subject as the engine hands it to a rule, with its period and the records it stands on. */
export interface SubjectRef<R = unknown> {
  subject: Subject;
  period?: string;
  /** The main record (community, disclosure, contract, …) and its pointer. */
  record: R;
  pointer: string;
  /** Regulated party of this subject. */
  regulated?: ResponsibleUnit;
}

/** What an evaluate function receives besides the subject. */
export interface RuleContext<P extends Record<string, number | string | boolean>> {
  /** The as-of date (Asia/Shanghai civil date): the only "now" a rule knows. */
  asOf: string;
  /** Campaign year of the dataset. */
  campaignYear: number;
  /** Effective parameters (defaults overridden by the caller's). */
  params: P;
  /** The dataset index, built once per check. */
  index: import('./dataset-index').DatasetIndex;
}

/** A rule: metadata that cites its clause verbatim, and a pure evaluate function that never throws. */
export interface Rule<
  P extends Record<string, number | string | boolean> = Record<string, number | string | boolean>,
> {
  id: string;
  version: string;
  campaign: Campaign;
  title: Bilingual;
  /** Message template with `{placeholders}` filled from the evaluation's params. */
  message: Bilingual;
  remediation: Bilingual;
  clauseIds: string[];
  /** Verbatim sentence(s) of the seed text the rule implements. */
  quote: string[];
  severity: Severity;
  subjectKind: SubjectKind;
  /** Civil dates the rule is in force (inclusive); `to` absent = open-ended. */
  inForce: { from: string; to?: string };
  parameters: { [K in keyof P]: ParameterDefinition<P[K]> };
  /** The supervising unit code for findings of this rule. */
  supervisingUnit: string;
  evaluate(subject: SubjectRef, context: RuleContext<P>): Evaluation;
}

/** A rule pack: a named, versioned list of rules with a content hash. */
export interface RulePack {
  id: string;
  version: string;
  /** SHA-256 of the rules' metadata (a change of logic bumps a rule's version, and so the hash). */
  hash: string;
  campaign: Campaign;
  rules: readonly Rule[];
}

/** Parameters given to `check`: by rule id, then parameter name. */
export type ParameterOverrides = Record<string, Record<string, number | string | boolean>>;

/** The dataset a check runs on (as produced by `validate` / the samples). */
export type CheckDataset = Dataset;
