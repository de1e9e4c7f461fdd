/** The themes every widget supports: default, high-contrast, and elder (适老化: larger type and targets, 7:1 contrast). */
export const THEME_NAMES = ['default', 'high-contrast', 'elder'] as const;

/** A theme name. */
export type ThemeName = (typeof THEME_NAMES)[number];

/** Whether `value` is a {@link ThemeName}. */
export function isThemeName(value: unknown): value is ThemeName {
  return typeof value === 'string' && (THEME_NAMES as readonly string[]).includes(value);
}

/**
 * The class a theme is switched on by: `rk-theme-high-contrast`, `rk-theme-elder`; `undefined` for the default
 * theme (and for anything that is not a theme name), which needs no class. A host page may put the same class on
 * any ancestor of the widgets instead.
 */
export function themeClass(theme: string | undefined): string | undefined {
  return isThemeName(theme) && theme !== 'default' ? `rk-theme-${theme}` : undefined;
}
