import type { Bilingual } from '@rectify/schemas';
import { FormatError } from './format-error';

/** A language the reports are rendered in: Simplified Chinese (the default) or English. */
export type ReportLang = 'zh-CN' | 'en';

/** Every {@link ReportLang}, the default first. */
export const REPORT_LANGS: readonly ReportLang[] = ['zh-CN', 'en'];

/** The text of `text` in `lang`. */
export function pickText(text: Bilingual, lang: ReportLang): string {
  return text[lang];
}

/** `lang` when it is a {@link ReportLang}, `'zh-CN'` when it is `undefined`; throws on anything else. */
export function settleLang(lang: unknown, where: string): ReportLang {
  if (lang === undefined) return 'zh-CN';
  if (lang === 'zh-CN' || lang === 'en') return lang;
  throw new FormatError('INVALID_OPTION', `${where}: lang must be 'zh-CN' or 'en', got ${String(lang)}`);
}
