import { disclosureBoardElement } from './disclosure-board-element';
import { findingsListElement } from './findings-list-element';
import { incomeStatementElement } from './income-statement-element';
import { indicatorDashboardElement } from './indicator-dashboard-element';
import { projectComplianceElement } from './project-compliance-element';
import { samplingPlanElement } from './sampling-plan-element';
import { taskTrackerElement } from './task-tracker-element';
import { wageRightsBoardElement } from './wage-rights-board-element';
import type { WidgetDefinition } from './widget-definition';

/** Every widget element, in the order of the reference. */
export const WIDGET_ELEMENTS: readonly WidgetDefinition<object>[] = [
  disclosureBoardElement as WidgetDefinition<object>,
  incomeStatementElement as WidgetDefinition<object>,
  indicatorDashboardElement as WidgetDefinition<object>,
  findingsListElement as WidgetDefinition<object>,
  taskTrackerElement as WidgetDefinition<object>,
  samplingPlanElement as WidgetDefinition<object>,
  projectComplianceElement as WidgetDefinition<object>,
  wageRightsBoardElement as WidgetDefinition<object>,
];

/**
 * Registers every widget element in `registry` (defining twice is harmless) and returns the classes by tag name.
 * Returns an empty object where there are no custom elements (Node, SSR). Defaults to the page's `customElements`.
 */
export function defineAll(registry?: CustomElementRegistry): Record<string, CustomElementConstructor> {
  const classes: Record<string, CustomElementConstructor> = {};
  for (const widget of WIDGET_ELEMENTS) {
    const elementClass = widget.define(registry);
    if (elementClass) classes[widget.tagName] = elementClass;
  }
  return classes;
}
