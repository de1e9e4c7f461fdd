import type { CheckResult, Finding } from '@rectify/rules';
import type { Bilingual, Campaign, Dataset, Problem } from '@rectify/schemas';
import { bi } from './bilingual';
import { type BuildContext, buildContext, ledgerContext } from './build-context';
import {
  failedFindings,
  kindSummary,
  type LedgerContext,
  type ProblemCounts,
  problemCounts,
  problemsOf,
} from './problem-ledger';
import { knownUntil, type MonthlyReportOptions, monthRange, type PeriodRange } from './report-options';
import { monthlyDueOn } from './reporting-dates';

/** What a division's monthly filing (PI.Q1 / WG.Q1) is built from. */
export interface MonthlyFiling {
  /** The builder's context. */
  readonly ctx: BuildContext;
  /** The month reported on. */
  readonly range: PeriodRange;
  /** The last day of the month known on `asOf`. */
  readonly until: string;
  /** The context of the filing's problem ledger. */
  readonly ledger: LedgerContext;
  /** The day the filing is due by the reporting calendar; `undefined` for a month the calendar has none for. */
  readonly dueOn: string | undefined;
}

/**
 * Settles the options of a division's monthly filing under `clauseId` (PI.Q1 or WG.Q1): the context, the month,
 * the last day of it known on `asOf`, the ledger context and the due date.
 *
 * @throws ReportBuildError `INVALID_OPTION` for malformed options.
 */
export function monthlyFiling(
  dataset: Dataset,
  result: CheckResult,
  options: MonthlyReportOptions,
  clauseId: 'PI.Q1' | 'WG.Q1',
  where: string,
): MonthlyFiling {
  const ctx = buildContext(dataset, result, options, where);
  const range = monthRange(options.month, where);
  return {
    ctx,
    range,
    until: knownUntil(range, ctx.asOf),
    ledger: ledgerContext(ctx),
    dueOn: monthlyDueOn(clauseId, range.period),
  };
}

/** A division's problems of a campaign as its monthly filing reports them. */
export interface MonthProblems {
  /** The division's problems of the campaign found up to `until`: the problem ledger. */
  readonly problems: Problem[];
  /** The rule engine's failed findings of the campaign in the division: clues to verify. */
  readonly clues: Finding[];
  /** Those of `problems` found in the month. */
  readonly foundInMonth: Problem[];
  /** Counts of all `problems` on `until`. */
  readonly counts: ProblemCounts;
  /** The kinds of `foundInMonth` with their counts ({@link kindSummary}) in each language; empty when none. */
  readonly kinds: Bilingual;
}

/**
 * The problems, clues and counts of `campaign` that a division's monthly filing reports: the problems of the
 * filing's division found up to `until`, those of them found in the month, their counts on `until`, and the
 * failed findings of the check.
 */
export function monthProblems(filing: MonthlyFiling, campaign: Campaign): MonthProblems {
  const { ctx, range, until } = filing;
  const problems = problemsOf(ctx.dataset.records.problem, campaign, ctx.divisionCode, until);
  const foundInMonth = problems.filter((p) => p.foundOn >= range.from);
  return {
    problems,
    clues: failedFindings(ctx.result.findings, campaign, ctx.divisionCode),
    foundInMonth,
    counts: problemCounts(problems, until),
    kinds: bi(kindSummary(foundInMonth, 'zh-CN'), kindSummary(foundInMonth, 'en')),
  };
}
