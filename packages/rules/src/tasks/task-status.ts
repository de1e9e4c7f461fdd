import {
  CALENDAR_ERROR_CODES,
  CalendarError,
  type CivilDate,
  compareDates,
  type DeadlineStatus,
  dayOfMonthDeadline,
  formatMonth,
  isCivilDate,
  isMonth,
  isOverdue,
  type Month,
  monthOfDate,
  monthRange,
  monthStart,
} from '../calendar';
import type { CampaignTask } from './campaign-task';
import { defaultCampaignStart, type ResolvedDeadline, resolveDeadline } from './resolve-deadline';
import type { TaskIssue } from './task-issue';
import type { TaskUnitCode } from './task-units';

/** Progress a unit reported on a task, as the task tracker receives it (cf. `TaskProgress` in `@rectify/schemas`). */
export interface TaskProgressInput {
  /** The task, e.g. `PI.X7`. Records of other tasks are ignored. */
  readonly taskId: string;
  /** The reporting unit, a {@link TaskUnitCode} for the units of the lists. */
  readonly unitCode?: string;
  /** GB/T 2260 code of the reporting unit's division (city `350500` or a county). */
  readonly divisionCode?: string;
  /** For recurring tasks: the month `YYYY-MM` the report covers. */
  readonly period?: string;
  /** The reported state. */
  readonly status: 'not-started' | 'in-progress' | 'done';
  /** The day the work was completed, when `done`. */
  readonly completedOn?: string;
  /** The day the report was made. */
  readonly reportedOn: string;
}

/** One due instance of a task and how it stands. */
export interface TaskInstanceStatus {
  /** The month, for recurring tasks. */
  readonly period?: Month;
  /** The last day in time. */
  readonly dueOn: CivilDate;
  /** How it stands on the as-of date. */
  readonly status: DeadlineStatus;
  /** When it was done (the completion date, else the report date), if done by the as-of date. */
  readonly doneOn?: CivilDate;
  /** The state in the latest report counted for this instance (of any reporter). */
  readonly reportedStatus?: TaskProgressInput['status'];
  /** The date of that report. */
  readonly reportedOn?: CivilDate;
}

/**
 * A task's overall state: the worst of its instances (`overdue`, then `pending`, then `done-late`, then
 * `done`); `not-due` when no instance has started yet (a monthly task before the campaign); `unresolved`
 * when its deadline text cannot be read.
 */
export type TaskOverallStatus = DeadlineStatus | 'not-due' | 'unresolved';

/** How many instances stand in each state. */
export type TaskStatusCounts = Readonly<Record<DeadlineStatus, number>>;

/** A task's instances judged on one unit's own reports (PI.C5.c: every participating unit's progress). */
export interface TaskUnitStatus {
  /** The unit. */
  readonly unitCode: TaskUnitCode;
  /** Overall state from this unit's reports. */
  readonly status: TaskOverallStatus;
  /** Each due instance, from this unit's reports. */
  readonly instances: readonly TaskInstanceStatus[];
  /** Instances per state. */
  readonly counts: TaskStatusCounts;
}

/** The result of {@link taskStatus}. */
export interface TaskStatusResult {
  /** The task. */
  readonly taskId: string;
  /** The day of the judgement. */
  readonly asOf: CivilDate;
  /** The task's 完成时间 read for the campaign year. */
  readonly deadline: ResolvedDeadline;
  /** Overall state from every counted report. */
  readonly status: TaskOverallStatus;
  /** The instances due so far (for a monthly task, one per month begun by the as-of date), by due date. */
  readonly instances: readonly TaskInstanceStatus[];
  /** Instances per state. */
  readonly counts: TaskStatusCounts;
  /** The same judgement per responsible unit of the task, in the task's order. */
  readonly byUnit: readonly TaskUnitStatus[];
  /** Records that could not be used, in input order. */
  readonly issues: readonly TaskIssue[];
}

/** Options of {@link taskStatus}. */
export interface TaskStatusOptions {
  /** The day the campaign started; monthly instances begin with its month. Defaults to `${campaignYear}-07-01`. */
  readonly campaignStart?: CivilDate;
  /** Count only reports of this unit. Defaults to every unit. */
  readonly unitCode?: string;
  /** Count only reports of this division (judging one county, or the city). Defaults to every division. */
  readonly divisionCode?: string;
}

/** The parts of a task {@link taskStatus} reads. */
export type TaskStatusSubject = Pick<CampaignTask, 'id' | 'deadlineText'> &
  Partial<Pick<CampaignTask, 'units' | 'leadUnit'>>;

interface UsableRecord {
  readonly unitCode: string | undefined;
  readonly divisionCode: string | undefined;
  readonly period: string | undefined;
  readonly status: TaskProgressInput['status'];
  readonly completedOn: CivilDate | undefined;
  readonly reportedOn: CivilDate;
}

interface Slot {
  readonly period?: Month;
  readonly dueOn: CivilDate;
}

const STATUS_RANK = { 'not-started': 0, 'in-progress': 1, done: 2 } as const;

function issue(code: TaskIssue['code'], path: string, zh: string, en: string): TaskIssue {
  return { code, path, message: { 'zh-CN': zh, en } };
}

/** Keeps the records of this task that are usable and known on asOf; reports the unusable ones. */
function usableRecords(
  taskId: string,
  progress: readonly TaskProgressInput[],
  asOf: CivilDate,
  options: TaskStatusOptions,
  monthly: boolean,
  issues: TaskIssue[],
): UsableRecord[] {
  const records: UsableRecord[] = [];
  progress.forEach((record, index) => {
    if (typeof record !== 'object' || record === null) {
      issues.push(
        issue(
          'invalid-progress-record',
          `/${index}`,
          '进展记录不是对象。',
          'The progress record is not an object.',
        ),
      );
      return;
    }
    if (record.taskId !== taskId) return;
    if (typeof record.status !== 'string' || !Object.hasOwn(STATUS_RANK, record.status)) {
      issues.push(
        issue(
          'invalid-progress-status',
          `/${index}/status`,
          '进展状态应为 not-started、in-progress 或 done。',
          'Status must be not-started, in-progress or done.',
        ),
      );
      return;
    }
    for (const field of ['reportedOn', 'completedOn'] as const) {
      const value = record[field];
      if ((field === 'reportedOn' || value !== undefined) && !isCivilDate(value)) {
        issues.push(
          issue(
            'invalid-progress-date',
            `/${index}/${field}`,
            '日期应为实际存在的日期，格式为 YYYY-MM-DD。',
            'Expected a real calendar date written YYYY-MM-DD.',
          ),
        );
        return;
      }
    }
    if (monthly && record.period !== undefined && !isMonth(record.period)) {
      issues.push(
        issue(
          'progress-period-not-month',
          `/${index}/period`,
          '按月任务的进展记录，期间应为月份 YYYY-MM。',
          'A report on a monthly task must name its month, YYYY-MM.',
        ),
      );
      return;
    }
    // A report made after asOf was not known on asOf.
    if (compareDates(record.reportedOn, asOf) > 0) return;
    if (options.unitCode !== undefined && record.unitCode !== options.unitCode) return;
    if (options.divisionCode !== undefined && record.divisionCode !== options.divisionCode) return;
    records.push({
      unitCode: record.unitCode,
      divisionCode: record.divisionCode,
      period: record.period,
      status: record.status,
      completedOn: record.completedOn,
      reportedOn: record.reportedOn,
    });
  });
  return records;
}

/** Whether `a` supersedes `b`: a later report date, then a further state, then a later completion day. */
function supersedes(a: UsableRecord, b: UsableRecord): boolean {
  const byDate = compareDates(a.reportedOn, b.reportedOn);
  if (byDate !== 0) return byDate > 0;
  if (a.status !== b.status) return STATUS_RANK[a.status] > STATUS_RANK[b.status];
  // Equal reports but for the completion day: the later day, so a tie never flatters the reporter.
  if (a.completedOn === undefined || b.completedOn === undefined) return a.completedOn !== undefined;
  return compareDates(a.completedOn, b.completedOn) > 0;
}

/**
 * Judges one instance. Each reporter (unit and division) counts with its latest report, so a later
 * "in progress" withdraws that reporter's earlier "done"; the instance is done once any reporter's latest
 * report is done, on the earliest such completion day.
 */
function judge(slot: Slot, records: readonly UsableRecord[], asOf: CivilDate): TaskInstanceStatus {
  const latestByReporter = new Map<string, UsableRecord>();
  for (const r of records) {
    if (slot.period !== undefined && (r.period ?? monthOfDate(r.completedOn ?? r.reportedOn)) !== slot.period)
      continue;
    const key = JSON.stringify([r.unitCode ?? null, r.divisionCode ?? null]);
    const current = latestByReporter.get(key);
    if (current === undefined || supersedes(r, current)) latestByReporter.set(key, r);
  }
  let doneOn: CivilDate | undefined;
  let reported: UsableRecord | undefined;
  for (const r of latestByReporter.values()) {
    if (r.status === 'done') {
      const day = r.completedOn ?? r.reportedOn;
      if (doneOn === undefined || compareDates(day, doneOn) < 0) doneOn = day;
    }
    if (reported === undefined || supersedes(r, reported)) reported = r;
  }
  const status = isOverdue(slot.dueOn, doneOn, asOf);
  return {
    ...(slot.period === undefined ? {} : { period: slot.period }),
    dueOn: slot.dueOn,
    status,
    ...(doneOn !== undefined && (status === 'done' || status === 'done-late') ? { doneOn } : {}),
    ...(reported === undefined ? {} : { reportedStatus: reported.status, reportedOn: reported.reportedOn }),
  };
}

function slotsOf(
  deadline: ResolvedDeadline,
  campaignYear: number,
  start: CivilDate,
  asOf: CivilDate,
): Slot[] {
  switch (deadline.kind) {
    case 'by':
      return [{ dueOn: deadline.date }];
    case 'continuous':
      return [{ dueOn: deadline.until }];
    case 'monthly':
      // A month's instance is due once its month (or the campaign, if later) has begun by asOf.
      return monthRange(monthOfDate(start), formatMonth(campaignYear, 12))
        .map((period) => ({ period, dueOn: dayOfMonthDeadline(period, deadline.day) }))
        .filter(({ period, dueOn }) => {
          const begins = compareDates(monthStart(period), start) < 0 ? start : monthStart(period);
          return compareDates(start, dueOn) <= 0 && compareDates(begins, asOf) <= 0;
        });
    case 'unresolved':
      return [];
  }
}

function summarise(deadline: ResolvedDeadline, instances: readonly TaskInstanceStatus[]) {
  const counts = { done: 0, 'done-late': 0, pending: 0, overdue: 0 };
  for (const i of instances) counts[i.status]++;
  let status: TaskOverallStatus;
  if (deadline.kind === 'unresolved') status = 'unresolved';
  else if (instances.length === 0) status = 'not-due';
  else if (counts.overdue > 0) status = 'overdue';
  else if (counts.pending > 0) status = 'pending';
  else if (counts['done-late'] > 0) status = 'done-late';
  else status = 'done';
  return { status, counts };
}

/**
 * How a campaign task stands on `asOf`, from the progress reports known that day.
 *
 * The deadline is read with `resolveDeadline` for `campaignYear`. A one-off task (`by`, `continuous`) has
 * one instance; a monthly task one per month from the campaign start's month to December, listed once the
 * month has begun, and judged on the reports for that month (the record's `period`, else the month of its
 * completion or report date). Each instance is `done` / `done-late` / `pending` / `overdue` as in
 * `isOverdue`. Each reporter (unit and division) counts with its latest report; the instance is done once
 * any reporter's latest report is `done`, on the earliest such completion day (`completedOn`, else
 * `reportedOn`). Reports dated after `asOf` are ignored, so the result depends only on `asOf` and not on
 * the order of `progress`. Filter with `options.divisionCode` to judge one county or the city.
 *
 * `byUnit` repeats the judgement for each of the task's units on that unit's reports; a report without a
 * unit code counts for the task's lead unit, or for its only unit.
 *
 * Never throws on bad records: they are skipped and listed in `issues`.
 *
 * @throws CalendarError when `asOf`, `campaignYear` or `options.campaignStart` is invalid (misuse)
 */
export function taskStatus(
  task: TaskStatusSubject,
  progress: readonly TaskProgressInput[],
  asOf: CivilDate,
  campaignYear: number,
  options: TaskStatusOptions = {},
): TaskStatusResult {
  const deadline = resolveDeadline(task.deadlineText, campaignYear);
  const start = options.campaignStart ?? defaultCampaignStart(campaignYear);
  for (const [name, value] of [
    ['asOf', asOf],
    ['campaignStart', start],
  ] as const) {
    if (!isCivilDate(value)) {
      throw new CalendarError(
        CALENDAR_ERROR_CODES.invalidCivilDate,
        `${name} is not a valid civil date: ${String(value)}`,
      );
    }
  }
  const issues: TaskIssue[] = [];
  const records = usableRecords(task.id, progress, asOf, options, deadline.kind === 'monthly', issues);
  const slots = slotsOf(deadline, campaignYear, start, asOf);
  const instances = slots.map((slot) => judge(slot, records, asOf));
  const units = task.units ?? [];
  const attributed = task.leadUnit ?? (units.length === 1 ? units[0] : undefined);
  const byUnit = units.map((unitCode): TaskUnitStatus => {
    const own = records.filter(
      (r) => r.unitCode === unitCode || (r.unitCode === undefined && unitCode === attributed),
    );
    const unitInstances = slots.map((slot) => judge(slot, own, asOf));
    return { unitCode, ...summarise(deadline, unitInstances), instances: unitInstances };
  });
  return { taskId: task.id, asOf, deadline, ...summarise(deadline, instances), instances, byUnit, issues };
}
