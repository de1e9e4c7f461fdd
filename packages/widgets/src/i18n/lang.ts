/** A language the widgets are shown in: Simplified Chinese (the default) or English. */
export type Lang = 'zh-CN' | 'en';

/** Every {@link Lang}, the default first. */
export const LANGS: readonly Lang[] = ['zh-CN', 'en'];

/**
 * The widget language of a BCP 47 tag: `en`, `en-GB`, `EN` → `'en'`; anything else, or nothing, → `'zh-CN'`
 * (the campaigns' language). A custom element passes its own `lang`, then the page's.
 */
export function resolveLang(tag: string | null | undefined): Lang {
  if (typeof tag !== 'string') return 'zh-CN';
  const t = tag.trim().toLowerCase();
  return t === 'en' || t.startsWith('en-') ? 'en' : 'zh-CN';
}
