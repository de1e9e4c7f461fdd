import type { CellIssue, CellIssueCode, CellIssueSeverity } from './types';

/** Builds a {@link CellIssue}; an error unless `severity` says otherwise. */
export function cellIssue(
  code: CellIssueCode,
  original: string,
  zh: string,
  en: string,
  severity: CellIssueSeverity = 'error',
): CellIssue {
  return { code, severity, original, message: { 'zh-CN': zh, en } };
}
