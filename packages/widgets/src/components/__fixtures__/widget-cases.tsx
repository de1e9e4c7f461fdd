// Every widget with its sample props, for the table-driven state, theme and SSR tests (and the stories).

import type { ReactElement } from 'react';
import { DisclosureBoard } from '../disclosure-board/index';
import { FindingsList } from '../findings-list/index';
import type { WidgetName } from '../index';
import { IncomeStatement } from '../income-statement/index';
import { IndicatorDashboard } from '../indicator-dashboard/index';
import { ProjectCompliance } from '../project-compliance/index';
import { SamplingPlan } from '../sampling-plan/index';
import type { WidgetBaseProps } from '../shared/widget-props';
import { TaskTracker } from '../task-tracker/index';
import { WageRightsBoard } from '../wage-rights-board/index';
import {
  disclosureBoardFixture,
  findingsListFixture,
  indicatorDashboardFixture,
  projectComplianceFixture,
  samplingPlanFixture,
  taskTrackerFixture,
  wageRightsBoardFixture,
} from './index';

/** One widget: how to render it with its sample data, and with no data. */
export interface WidgetCase {
  /** The widget's name (its folder and root class `rk-<name>`). */
  name: WidgetName;
  /** Renders it with the sample data and the given common props. */
  render: (props?: WidgetBaseProps) => ReactElement;
  /** Renders it with no data (the empty state). */
  renderEmpty: (props?: WidgetBaseProps) => ReactElement;
}

/** The eight widgets, in the order of the issue. */
export const WIDGET_CASES: readonly WidgetCase[] = [
  {
    name: 'disclosure-board',
    render: (p) => <DisclosureBoard {...disclosureBoardFixture} {...p} />,
    renderEmpty: (p) => <DisclosureBoard {...p} />,
  },
  {
    name: 'income-statement',
    render: (p) => (
      <IncomeStatement
        disclosure={disclosureBoardFixture.disclosure}
        communityName={disclosureBoardFixture.community.name}
        {...p}
      />
    ),
    renderEmpty: (p) => <IncomeStatement disclosure={null} {...p} />,
  },
  {
    name: 'indicator-dashboard',
    render: (p) => <IndicatorDashboard {...indicatorDashboardFixture} {...p} />,
    renderEmpty: (p) => <IndicatorDashboard indicators={[]} {...p} />,
  },
  {
    name: 'findings-list',
    render: (p) => <FindingsList {...findingsListFixture} {...p} />,
    renderEmpty: (p) => <FindingsList findings={[]} {...p} />,
  },
  {
    name: 'task-tracker',
    render: (p) => <TaskTracker {...taskTrackerFixture} {...p} />,
    renderEmpty: (p) => <TaskTracker tasks={[]} asOf={taskTrackerFixture.asOf} {...p} />,
  },
  {
    name: 'sampling-plan',
    render: (p) => <SamplingPlan {...samplingPlanFixture} {...p} />,
    renderEmpty: (p) => <SamplingPlan plan={null} {...p} />,
  },
  {
    name: 'project-compliance',
    render: (p) => <ProjectCompliance {...projectComplianceFixture} {...p} />,
    renderEmpty: (p) => <ProjectCompliance project={null} {...p} />,
  },
  {
    name: 'wage-rights-board',
    render: (p) => <WageRightsBoard {...wageRightsBoardFixture} {...p} />,
    renderEmpty: (p) => <WageRightsBoard board={null} {...p} />,
  },
];
