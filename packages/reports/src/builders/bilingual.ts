import type { Bilingual } from '@rectify/schemas';
import type { ReportLang } from '../format/index';

/** A text in both languages. */
export function bi(zh: string, en: string): Bilingual {
  return { 'zh-CN': zh, en };
}

/** The text of `text` in `lang`. */
export function pick(text: Bilingual, lang: ReportLang): string {
  return text[lang];
}

/** `zh` or `en`, by `lang`: for words written into table cells, which hold one language. */
export function say(lang: ReportLang, zh: string, en: string): string {
  return lang === 'en' ? en : zh;
}
