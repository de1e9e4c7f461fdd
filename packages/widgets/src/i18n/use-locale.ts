import { useMemo } from 'react';
import { createLocale, type Locale } from './locale';

/**
 * The {@link Locale} of a language tag, memoised per tag: `'en'` (or any `en-*`) gives English, anything else
 * Simplified Chinese. Defaults to `'zh-CN'`.
 */
export function useLocale(lang?: string | null): Locale {
  return useMemo(() => createLocale(lang), [lang]);
}
