export { defineAll, WIDGET_ELEMENTS } from './define-all';
export { defineWidget } from './define-widget';
export { disclosureBoardElement } from './disclosure-board-element';
export { findingsListElement } from './findings-list-element';
export { incomeStatementElement } from './income-statement-element';
export { indicatorDashboardElement } from './indicator-dashboard-element';
export { projectComplianceElement } from './project-compliance-element';
export { samplingPlanElement } from './sampling-plan-element';
export { taskTrackerElement } from './task-tracker-element';
export { wageRightsBoardElement } from './wage-rights-board-element';
export type {
  AttributeType,
  DefineWidgetOptions,
  WidgetAttribute,
  WidgetDefinition,
  WidgetEvent,
} from './widget-definition';
export { COMMON_ATTRIBUTES, COMMON_EVENTS } from './widget-definition';
export type { WidgetElementErrorCode } from './widget-element-error';
export { WIDGET_ELEMENT_ERROR_CODES, WidgetElementError } from './widget-element-error';
