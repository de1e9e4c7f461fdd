import type { CheckResult } from '@rectify/rules';
import type { Campaign, Dataset } from '@rectify/schemas';
import type { ReportDocument } from '../document';
import type { ReportLang } from '../format/index';
import { type DivisionNames, divisionNames } from './division';
import type { LedgerContext } from './problem-ledger';
import { type ReportOptions, type SettledOptions, settleOptions } from './report-options';
import { type SubjectIndex, subjectIndex } from './subject-names';

/** What every builder works from: its settled options, names and look-ups. */
export interface BuildContext extends SettledOptions {
  /** The dataset the report is built from. */
  readonly dataset: Dataset;
  /** The check of that dataset. */
  readonly result: CheckResult;
  /** Communities, projects and enterprises by id. */
  readonly subjects: SubjectIndex;
  /** Division names in each language. */
  readonly divisions: Readonly<Record<ReportLang, DivisionNames>>;
  /** The report's division name in each language (the code when unknown). */
  readonly divisionName: { readonly zh: string; readonly en: string };
}

/**
 * Settles the options and indexes the dataset for a builder.
 *
 * @throws ReportBuildError `INVALID_OPTION` for malformed shared options.
 */
export function buildContext(
  dataset: Dataset,
  result: CheckResult,
  options: ReportOptions,
  where: string,
): BuildContext {
  const settled = settleOptions(options, where);
  const divisions = { 'zh-CN': divisionNames(dataset, 'zh-CN'), en: divisionNames(dataset, 'en') };
  return {
    ...settled,
    dataset,
    result,
    subjects: subjectIndex(dataset),
    divisions,
    divisionName: {
      zh: divisions['zh-CN'].label(settled.divisionCode),
      en: divisions.en.label(settled.divisionCode),
    },
  };
}

/**
 * What a ledger row needs from the context (an inspection row, a wages work row): the language of cell words,
 * whether personal data is printed unmasked, the subjects by id and the division names in that language.
 */
export interface RowContext {
  /** The language of cell words. */
  readonly lang: ReportLang;
  /** Print personal data unmasked. */
  readonly reveal: boolean;
  /** Communities, projects and enterprises by id. */
  readonly subjects: SubjectIndex;
  /** Division names in `lang`. */
  readonly divisions: DivisionNames;
}

/** The context a ledger row needs, from the builder's context. */
export function rowContextOf(ctx: BuildContext): RowContext {
  return {
    lang: ctx.lang,
    reveal: ctx.reveal,
    subjects: ctx.subjects,
    divisions: ctx.divisions[ctx.lang],
  };
}

/** The context a problem ledger needs. */
export function ledgerContext(ctx: BuildContext): LedgerContext {
  return {
    asOf: ctx.asOf,
    checkedOn: ctx.result.asOf,
    lang: ctx.lang,
    reveal: ctx.reveal,
    subjects: ctx.subjects,
    divisions: ctx.divisions,
    findings: ctx.result.findings,
  };
}

/** The rule packs of a check that belong to a campaign, for `meta.packs`. */
export function packsOf(result: CheckResult, campaign: Campaign | 'both'): ReportDocument['meta']['packs'] {
  return result.packs
    .filter((p) => campaign === 'both' || p.id === campaign)
    .map((p) => ({ id: p.id, version: p.version, hash: p.hash }));
}

/**
 * The `meta` of a report a division files with the city (the monthly and year-end filings of PI.Q1 / WG.Q1): the
 * campaign and the clauses it serves, the period, the report's division and `asOf`, the due date when the
 * reporting calendar has one, and the campaign's rule packs of the check.
 */
export function filingMeta(
  ctx: BuildContext,
  campaign: Campaign,
  clauseIds: readonly string[],
  period: string,
  dueOn: string | undefined,
): ReportDocument['meta'] {
  return {
    campaign,
    clauseIds: [...clauseIds],
    period,
    divisionCode: ctx.divisionCode,
    divisionName: ctx.divisionName.zh,
    asOf: ctx.asOf,
    ...(dueOn ? { dueOn } : {}),
    packs: packsOf(ctx.result, campaign),
  };
}
