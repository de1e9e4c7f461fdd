import type { Bilingual } from '@rectify/schemas';
import type { ReportLang } from './lang';

/** How a status code is shown: a symbol that prints in black and a bilingual label. */
export interface StatusLabel {
  /** The symbol printed before the label. */
  icon: string;
  /** The label in both languages. */
  label: Bilingual;
}

const label = (icon: string, zh: string, en: string): StatusLabel => ({ icon, label: { 'zh-CN': zh, en } });

/**
 * The built-in labels of status codes: rule outcomes (DESIGN.md: `pass`, `fail`, `pending`,
 * `unknown`, `not_applicable`), deadline states of the campaign tasks (`done`, `done-late`,
 * `overdue`, `not-due`, `unresolved`), reported task progress (`not-started`, `in-progress`) and
 * finding severities (`critical`, `major`, `minor`). Icons are plain Unicode symbols that print in
 * black, so the status is never told by colour alone (STYLE.md).
 */
export const STATUS_LABELS: Readonly<Record<string, StatusLabel>> = {
  pass: label('✓', '合格', 'Pass'),
  fail: label('✗', '不合格', 'Fail'),
  pending: label('◷', '未到期', 'Pending'),
  unknown: label('？', '证据不足', 'Unknown'),
  not_applicable: label('⊘', '不适用', 'Not applicable'),
  done: label('✓', '已完成', 'Done'),
  'done-late': label('⚠', '逾期完成', 'Done late'),
  overdue: label('✗', '已逾期', 'Overdue'),
  'not-due': label('◷', '未到期', 'Not due'),
  unresolved: label('？', '期限未定', 'Deadline unresolved'),
  'not-started': label('○', '未开始', 'Not started'),
  'in-progress': label('◐', '进行中', 'In progress'),
  critical: label('▲', '严重', 'Critical'),
  major: label('■', '较重', 'Major'),
  minor: label('●', '一般', 'Minor'),
};

/** The icon shown before a status code that has no label: the code itself is the text. */
export const UNKNOWN_STATUS_ICON = '•';

/** How a status is shown: an icon and a text. */
export interface StatusText {
  /** The symbol printed before the text. */
  icon: string;
  /** The text in the chosen language. */
  text: string;
}

/**
 * How the status `code` is shown in `lang`: the column's own label for it when given, else the
 * built-in {@link STATUS_LABELS} entry, else {@link UNKNOWN_STATUS_ICON} and the code as it is.
 *
 * @example statusText('fail', 'zh-CN') // { icon: '✗', text: '不合格' }
 */
export function statusText(
  code: string,
  lang: ReportLang,
  labels?: Readonly<Record<string, StatusLabel>>,
): StatusText {
  const own = labels !== undefined && Object.hasOwn(labels, code) ? labels[code] : undefined;
  const found = own ?? (Object.hasOwn(STATUS_LABELS, code) ? STATUS_LABELS[code] : undefined);
  if (found === undefined) return { icon: UNKNOWN_STATUS_ICON, text: code };
  return { icon: found.icon, text: found.label[lang] };
}
