export { taskTrackerCss } from './styles';
export type { TaskJudgeOptions, TaskRow } from './task-rows';
export { resolvedText, rowStatus, taskRows } from './task-rows';
export type { TaskTrackerFilters, TaskTrackerProps } from './task-tracker';
export { TaskTracker } from './task-tracker';
