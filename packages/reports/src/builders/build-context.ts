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
