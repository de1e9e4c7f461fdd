import { type CampaignTask, defineTaskList } from './campaign-task';
import { PI_CITY_COUNTY_TASK_ROWS } from './public-income-tasks';
import { WG_CITY_TASK_ROWS } from './wages-city-tasks';
import { WG_COUNTY_TASK_ROWS } from './wages-county-tasks';

/** 附件1.1 市、县工作任务清单, 48 tasks (PI.X1–PI.X48), with their units read. */
export const PI_CITY_COUNTY_TASKS: readonly CampaignTask[] = defineTaskList(PI_CITY_COUNTY_TASK_ROWS);

/** 附件2.1 市级工作任务清单, 24 tasks (WG.XC1–WG.XC24), with their units read. */
export const WG_CITY_TASKS: readonly CampaignTask[] = defineTaskList(WG_CITY_TASK_ROWS);

/** 附件2.2 县（市、区）工作任务清单, 19 tasks (WG.XK1–WG.XK19), with their units read. */
export const WG_COUNTY_TASKS: readonly CampaignTask[] = defineTaskList(WG_COUNTY_TASK_ROWS);

/** All 91 tasks of the three lists, in list then row order. */
export const CAMPAIGN_TASKS: readonly CampaignTask[] = [
  ...PI_CITY_COUNTY_TASKS,
  ...WG_CITY_TASKS,
  ...WG_COUNTY_TASKS,
];

/** The task with this id (`PI.X7`, `WG.XC1`, …), or `undefined`. */
export function findCampaignTask(id: string): CampaignTask | undefined {
  return CAMPAIGN_TASKS.find((task) => task.id === id);
}
