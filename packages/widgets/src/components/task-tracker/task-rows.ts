import {
  type CampaignTask,
  type ResolvedDeadline,
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

/** The resolved deadline in words: a date, a monthly day, an end of continuing work; `''` for unreadable text. */
export function resolvedText(deadline: ResolvedDeadline | undefined, locale: Locale): string {
  if (!deadline) return '';
  switch (deadline.kind) {
    case 'by':
      return locale.date(deadline.date);
    case 'monthly':
      return locale.m.tasks.monthly(deadline.day);
    case 'continuous':
      return locale.m.tasks.continuous(locale.date(deadline.until));
    default:
      return '';
  }
}
