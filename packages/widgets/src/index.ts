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
  projectComplianceElement,
  samplingPlanElement,
  taskTrackerElement,
  WIDGET_ELEMENT_ERROR_CODES,
  WIDGET_ELEMENTS,
  WidgetElementError,
  wageRightsBoardElement,
} from './elements/index';
export * from './i18n/index';
export * from './theme/index';
