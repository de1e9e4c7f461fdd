// The React components of @rectify/widgets: one folder per widget, each exporting the component, its props type and
// its CSS; the custom elements and bundles build on these.

import { disclosureBoardCss } from './disclosure-board/styles';
import { findingsListCss } from './findings-list/styles';
import { incomeStatementCss } from './income-statement/styles';
import { indicatorDashboardCss } from './indicator-dashboard/styles';
import { projectComplianceCss } from './project-compliance/styles';
import { samplingPlanCss } from './sampling-plan/styles';
import { RECTIFY_BASE_CSS } from './shared/rectify-styles';
import { taskTrackerCss } from './task-tracker/styles';
import { wageRightsBoardCss } from './wage-rights-board/styles';

export * from './disclosure-board/index';
export * from './findings-list/index';
export * from './income-statement/index';
export * from './indicator-dashboard/index';
export * from './project-compliance/index';
export * from './sampling-plan/index';
export type { RectifyStylesProps } from './shared/rectify-styles';
export { RECTIFY_BASE_CSS, RectifyStyles } from './shared/rectify-styles';
export type { StatusBadgeProps, StatusTone } from './shared/status-badge';
export { StatusBadge, statusTone } from './shared/status-badge';
export type { HeadingLevel, WidgetBaseProps, WidgetError } from './shared/widget-props';
export * from './task-tracker/index';
export * from './wage-rights-board/index';

/** The kebab-case names of the widgets, as their folders, root classes (`rk-<name>`) and style ids are named. */
export const WIDGET_NAMES = [
  'disclosure-board',
  'income-statement',
  'indicator-dashboard',
  'findings-list',
  'task-tracker',
  'sampling-plan',
  'project-compliance',
  'wage-rights-board',
] as const;

/** A widget name. */
export type WidgetName = (typeof WIDGET_NAMES)[number];

/** Each widget's own CSS (without the themes and shared base, {@link RECTIFY_BASE_CSS}). */
export const WIDGET_CSS: Readonly<Record<WidgetName, string>> = {
  'disclosure-board': `${incomeStatementCss}\n${disclosureBoardCss}`,
  'income-statement': incomeStatementCss,
  'indicator-dashboard': indicatorDashboardCss,
  'findings-list': findingsListCss,
  'task-tracker': taskTrackerCss,
  'sampling-plan': samplingPlanCss,
  'project-compliance': projectComplianceCss,
  'wage-rights-board': wageRightsBoardCss,
};

/**
 * All the CSS of every widget, themes included: for a shadow root, or for a host that sets `injectStyles={false}`
 * and links the CSS itself.
 */
export const widgetsCss: string = [RECTIFY_BASE_CSS, ...new Set(Object.values(WIDGET_CSS))].join('\n');
