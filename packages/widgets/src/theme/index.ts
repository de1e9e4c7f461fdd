export { THEME_TOKEN_NAMES, THEME_TOKENS, themeCss } from './theme-css';
export type { ThemeName } from './theme-names';
export { isThemeName, THEME_NAMES, themeClass } from './theme-names';
