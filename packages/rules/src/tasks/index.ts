export type { CampaignTask, CampaignTaskRow, TaskCampaign, TaskListId } from './campaign-task';
export {
  CAMPAIGN_TASKS,
  findCampaignTask,
  PI_CITY_COUNTY_TASKS,
  WG_CITY_TASKS,
  WG_COUNTY_TASKS,
} from './campaign-tasks';
export { occurrences } from './occurrences';
export type { ReportingCalendarOptions, ReportingDeadline } from './reporting-calendar';
export { reportingCalendar } from './reporting-calendar';
export type { ResolvedDeadline } from './resolve-deadline';
export { defaultCampaignStart, resolveDeadline } from './resolve-deadline';
export type { TaskIssue, TaskIssueCode } from './task-issue';
export type {
  TaskInstanceStatus,
  TaskOverallStatus,
  TaskProgressInput,
  TaskStatusCounts,
  TaskStatusOptions,
  TaskStatusResult,
  TaskStatusSubject,
  TaskUnitStatus,
} from './task-status';
export { taskStatus } from './task-status';
export type { ParsedParticipants, TaskLevel, TaskUnitCode } from './task-units';
export { parseParticipants, TASK_UNIT_CODES } from './task-units';
