import type { CliIssue } from '../inputs/input-issue';
import type { Lang } from '../lang';

/** Where an issue is, in words: `data.ndjson:12`, `小区.xlsx 第 7 行 C 小区名称`, `data.json /records/community/3`. */
export function issuePlace(issue: CliIssue, lang: Lang): string {
  const parts: string[] = [];
  const file = issue.file ?? '';
  parts.push(issue.line !== undefined ? `${file}:${issue.line}` : file);
  if (issue.sheet !== undefined) parts.push(lang === 'en' ? `sheet ${issue.sheet}` : `工作表 ${issue.sheet}`);
  if (issue.row !== undefined) parts.push(lang === 'en' ? `row ${issue.row}` : `第 ${issue.row} 行`);
  if (issue.column !== undefined) parts.push(issue.column);
  return parts.filter((p) => p !== '').join(' ');
}

/** `错误` / `error`, `警告` / `warning`. */
export function severityText(severity: 'error' | 'warning', lang: Lang): string {
  if (lang === 'en') return severity;
  return severity === 'error' ? '错误' : '警告';
}

/** The message of an issue with its field pointer and the cell as received, when known. */
export function issueMessage(issue: CliIssue, lang: Lang): string {
  let text = issue.message[lang];
  if (issue.original !== undefined)
    text += lang === 'en' ? ` (cell: ${issue.original})` : `（原值：${issue.original}）`;
  if (issue.path !== undefined && issue.path !== '') text += ` [${issue.path}]`;
  return text;
}

/** Rows of an issue table: place, severity, code, message. */
export function issueRows(issues: readonly CliIssue[], lang: Lang): string[][] {
  return issues.map((i) => [
    issuePlace(i, lang),
    severityText(i.severity, lang),
    i.code,
    issueMessage(i, lang),
  ]);
}

/** Headers of {@link issueRows}. */
export function issueHeader(lang: Lang): string[] {
  return lang === 'en' ? ['Where', 'Severity', 'Code', 'Message'] : ['位置', '级别', '代码', '说明'];
}
