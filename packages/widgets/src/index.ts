// @rectify/widgets — embeddable widgets for the Quanzhou 点题整治 campaigns: React 19 components, the custom
// elements wrapping them, themes and the zh-CN / en catalogs. The IIFE bundles for <script> tags are built
// separately (scripts/build-bundles.mjs).

export * from './components/index';
export type {
  AttributeType,
  DefineWidgetOptions,
  WidgetAttribute,
  WidgetDefinition,
  WidgetElementErrorCode,
  WidgetEvent,
} from './elements/index';
export {
  COMMON_ATTRIBUTES,
  COMMON_EVENTS,
  defineAll,
  defineWidget,
  disclosureBoardElement,
  findingsListElement,
  incomeStatementElement,
  indicatorDashboardElement,
  taskTrackerElement,
  WIDGET_ELEMENT_ERROR_CODES,
  WIDGET_ELEMENTS,
  WidgetElementError,
} from './elements/index';
export type { Lang, Locale, Messages, MoneyUnit, StatusLabel, WidgetStatusLabel } from './i18n/index';
export {
  createLocale,
  EN_MESSAGES,
  LANGS,
  MESSAGES,
  resolveLang,
  useLocale,
  WIDGET_STATUS_LABELS,
  ZH_CN_MESSAGES,
} from './i18n/index';
export type { ThemeName } from './theme/index';
export { isThemeName, THEME_NAMES, THEME_TOKEN_NAMES, THEME_TOKENS, themeClass, themeCss } from './theme/index';
