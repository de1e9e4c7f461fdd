import type { Finding, Outcome } from '@rectify/rules';
import type { Bilingual } from '@rectify/schemas';
import { asArray } from '../shared/data-guards';

/** The arrears early-warning levels, lowest first (蓝、黄、橙、红); `none` when there is no signal (WG.M2). */
export const WARNING_LEVELS = ['none', 'blue', 'yellow', 'orange', 'red'] as const;

/** An arrears early-warning level, as `arrearsWarning` of the wages pack gives it. */
export type WarningLevel = (typeof WARNING_LEVELS)[number];

/** A project's warning: the level and the reasons behind it (the shape `arrearsWarning` returns). */
export interface ProjectWarning {
  /** The level. */
  level: WarningLevel;
  /** Why, each with its clause. Defaults to none. */
  reasons?: readonly { text: Bilingual; level?: WarningLevel | undefined; clauseId?: string | undefined }[];
}

/** The institution rules of a project's checklist (WG.M2: 工资支付各项制度), in checklist order. */
export const INSTITUTION_RULE_IDS: readonly string[] = [
  'WG-PAYMENT-GUARANTEE',
  'WG-REAL-NAME',
  'WG-WAGE-ACCOUNT',
  'WG-WAGE-DEPOSIT',
  'WG-LABOUR-WAGE-OFFICER',
  'WG-RIGHTS-BOARD',
  'WG-PAYROLL-ACCOUNT',
];

const EARLY_WARNING = 'WG-EARLY-WARNING';
// The rule's English message template ends "arrears early warning, level {level}" (WG-EARLY-WARNING 1.0.0); findings
// carry no params, so the level is read back from it.
const LEVEL_IN_MESSAGE = /level (none|blue|yellow|orange|red)\b/;
const OUTCOME_RANK: Readonly<Record<Outcome, number>> = {
  fail: 4,
  unknown: 3,
  pending: 2,
  pass: 1,
  not_applicable: 0,
};

/** Whether a finding is about the project (the project itself, or one of its months). */
export function isAboutProject(finding: Finding, projectId: string): boolean {
  const kind = finding.subject?.kind;
  return finding.subject?.id === projectId && (kind === 'project' || kind === 'project-month');
}

/** The project's findings of one rule, the worst outcome first (fail, unknown, pending, pass, not applicable). */
export function worstFindings(findings: readonly Finding[], projectId: string, ruleId: string): Finding[] {
  return asArray(findings)
    .filter((f) => f.ruleId === ruleId && isAboutProject(f, projectId))
    .sort((a, b) => (OUTCOME_RANK[b.outcome] ?? 0) - (OUTCOME_RANK[a.outcome] ?? 0));
}

/**
 * The warning of a project read from its WG-EARLY-WARNING finding: the level in its message, the failed conditions
 * as reasons. `'unknown'` when the finding says the evidence is missing; `undefined` when there is no such finding.
 */
export function warningFromFindings(
  findings: readonly Finding[],
  projectId: string,
): ProjectWarning | 'unknown' | undefined {
  const [finding] = worstFindings(findings, projectId, EARLY_WARNING);
  if (!finding) return undefined;
  if (finding.outcome === 'unknown') return 'unknown';
  const match = LEVEL_IN_MESSAGE.exec(finding.message?.en ?? '');
  if (!match) return finding.outcome === 'not_applicable' ? undefined : 'unknown';
  return {
    level: match[1] as WarningLevel,
    reasons: asArray(finding.why).map((c) => ({ text: c.text, clauseId: c.clauseId })),
  };
}
