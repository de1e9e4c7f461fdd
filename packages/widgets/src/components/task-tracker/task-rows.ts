import {
  type CampaignTask,
  type TaskOverallStatus,
  type TaskProgressInput,
  type TaskStatusResult,
  taskStatus,
} from '@rectify/rules';
import type { Locale } from '../../i18n/index';

/** A task with how it stands, or why it could not be judged. */
export interface TaskRow {
  /** The task. */
  task: CampaignTask;
  /** Its status on asOf; absent when `taskStatus` refused the input (a bad asOf or campaign start). */
  result?: TaskStatusResult;
}

/** The options every task is judged with. */
export interface TaskJudgeOptions {
  asOf: string;
  campaignYear: number;
  campaignStart?: string | undefined;
  divisionCode?: string | undefined;
}

/** Judges every task on asOf from the progress records (PI.C5.c: each unit reports; the tracker shows it). */
export function taskRows(
  tasks: readonly CampaignTask[],
  progress: readonly TaskProgressInput[],
  options: TaskJudgeOptions,
): TaskRow[] {
  const judgeOptions = {
    ...(options.campaignStart ? { campaignStart: options.campaignStart } : {}),
    ...(options.divisionCode ? { divisionCode: options.divisionCode } : {}),
  };
  return tasks.map((task) => {
    try {
      return { task, result: taskStatus(task, progress, options.asOf, options.campaignYear, judgeOptions) };
    } catch {
      // taskStatus throws only for a bad asOf / campaign start (misuse); the row then shows no status.
      return { task };
    }
  });
}

/** The overall status code of a row: the task's status, or `unresolved` when it could not be judged. */
export function rowStatus(row: TaskRow): TaskOverallStatus {
  return row.result?.status ?? 'unresolved';
}

/**
 * The 完成时间 resolved to a day: the deadline (`7月底前` → 2023-07-31), the end of continuing work (`持续推进至12月底`
 * → 2023-12-31), or for a monthly task the due day of its latest instance; `''` when the text cannot be read.
 */
export function resolvedText(result: TaskStatusResult | undefined, locale: Locale): string {
  const deadline = result?.deadline;
  if (!deadline) return '';
  switch (deadline.kind) {
    case 'by':
      return locale.date(deadline.date);
    case 'continuous':
      return locale.date(deadline.until);
    case 'monthly': {
      const latest = result.instances.at(-1);
      return latest ? locale.m.tasks.currentDue(locale.date(latest.dueOn)) : '';
    }
    default:
      return '';
  }
}
