import type { Bilingual } from '@rectify/schemas';

/** A language the command line speaks. */
export type Lang = 'zh-CN' | 'en';

/** Every {@link Lang}, the default first. */
export const LANGS: readonly Lang[] = ['zh-CN', 'en'];

/**
 * Reads a language from a `--lang` value or a POSIX locale (`en_US.UTF-8`, `zh_CN.GBK`, `C`): English for
 * `en…`, Chinese for `zh…`, otherwise `undefined`.
 */
export function langOf(value: string | undefined): Lang | undefined {
  if (!value) return undefined;
  const lower = value.toLowerCase();
  if (lower === 'en' || lower.startsWith('en_') || lower.startsWith('en-') || lower.startsWith('en.'))
    return 'en';
  if (lower === 'zh' || lower.startsWith('zh_') || lower.startsWith('zh-') || lower.startsWith('zh.'))
    return 'zh-CN';
  return undefined;
}

/**
 * The language of a run: the `--lang` flag, then `LC_ALL`, `LC_MESSAGES` and `LANG` as POSIX orders them.
 * Defaults to `zh-CN` (the kit's users are Chinese authorities; `C` and `POSIX` locales fall back to it too).
 */
export function resolveLang(
  flag: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
): Lang {
  const fromFlag = langOf(flag);
  if (fromFlag) return fromFlag;
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const value = env[name];
    if (value) return langOf(value) ?? 'zh-CN';
  }
  return 'zh-CN';
}

/** Builds a bilingual message. */
export function bi(zh: string, en: string): Bilingual {
  return { 'zh-CN': zh, en };
}

/** Picks the text of a bilingual message. */
export function say(message: Bilingual, lang: Lang): string {
  return message[lang];
}
