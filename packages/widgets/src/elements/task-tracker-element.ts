import { CAMPAIGN_TASKS } from '@rectify/rules';
import { createElement } from 'react';
import {
  TaskTracker,
  type TaskTrackerFilters,
  type TaskTrackerProps,
} from '../components/task-tracker/index';
import { defineWidget } from './define-widget';

/** The element shows the three campaign task lists unless given others. */
function CampaignTaskTracker(props: TaskTrackerProps) {
  return createElement(TaskTracker, { ...props, tasks: props.tasks ?? CAMPAIGN_TASKS });
}

/** `<rectify-task-tracker>`: {@link TaskTracker} as a custom element. */
export const taskTrackerElement = /* @__PURE__ */ defineWidget('rectify-task-tracker', CampaignTaskTracker, {
  description:
    "The campaign task lists (附件1.1, 2.1, 2.2) with each task's 完成时间 resolved to dates and its status on `as-of`.",
  dataDescription:
    '`{ tasks?, progress? }`: the tasks (defaults to the three campaign lists) and the progress records units reported.',
  attributes: {
    progress: {
      prop: 'progress',
      type: 'json',
      description: 'The progress records alone, as a JSON array (instead of `data`). Defaults to none.',
    },
    'as-of': {
      prop: 'asOf',
      type: 'string',
      description:
        'The day the status is judged on, `YYYY-MM-DD`. Required: without it the widget shows its error state.',
    },
    'campaign-year': {
      prop: 'campaignYear',
      type: 'number',
      description: 'The campaign year the 完成时间 fall in. Defaults to the year of `as-of`.',
    },
    'campaign-start': {
      prop: 'campaignStart',
      type: 'string',
      description: 'The day the campaign started, `YYYY-MM-DD`. Defaults to 1 July of the campaign year.',
    },
    'division-code': {
      prop: 'divisionCode',
      type: 'string',
      description:
        'Count only reports of this division (`350500` for the city, a county code). Defaults to every division.',
    },
    list: {
      prop: 'list',
      type: 'string',
      description: 'List filter: `PI-city-county`, `WG-city`, `WG-county` or `all`. Defaults to `all`.',
    },
    status: { prop: 'status', type: 'string', description: 'Status filter. Defaults to `all`.' },
  },
  events: {
    'rectify-filter-change': {
      callback: 'onFilterChange',
      description: '`{ list, status }`: the reader changed a filter.',
      detail: (filters: TaskTrackerFilters) => filters,
    },
  },
});
