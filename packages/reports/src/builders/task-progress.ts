import {
  type CampaignTask,
  type TaskInstanceStatus,
  type TaskProgressInput,
  taskStatus,
} from '@rectify/rules';
import type { Bilingual, Dataset } from '@rectify/schemas';
import type { Row, TableSection } from '../document';
import type { ReportLang } from '../format/index';
import { STATUS_LABELS } from '../format/index';
import { say } from './bilingual';
import type { BuildContext } from './build-context';
import { column, numbered } from './table';

/** What the task table of a report needs. */
export interface TaskTableInput {
  /** Section id. */
  readonly id: string;
  /** Section title. */
  readonly title: Bilingual;
  /** The campaign tasks to show, in list order. */
  readonly tasks: readonly CampaignTask[];
  /** The dataset's task progress records (any division: they are filtered to `divisionCode`). */
  readonly progress: Dataset['records']['taskProgress'];
  /** The division whose own reports count (exact code: the county, or the city). */
  readonly divisionCode: string;
  /** The day of the judgement: reports made after it are not counted. */
  readonly asOf: string;
  /** The campaign year the deadlines are read for. */
  readonly campaignYear: number;
  /** For a monthly report: the month whose instance of a monthly task is shown. Defaults to the latest instance. */
  readonly month?: string;
  /** The language of cell words. */
  readonly lang: ReportLang;
}

/** The instance of a task a report shows: the month's for a monthly task, else the latest due. */
function shownInstance(
  instances: readonly TaskInstanceStatus[],
  month: string | undefined,
): TaskInstanceStatus | undefined {
  if (month !== undefined && instances.some((i) => i.period !== undefined))
    return instances.find((i) => i.period === month);
  return instances[instances.length - 1];
}

function reportedText(instance: TaskInstanceStatus | undefined, lang: ReportLang): string {
  if (instance?.reportedStatus === undefined) return say(lang, '未报送', 'Not reported');
  const label = STATUS_LABELS[instance.reportedStatus]?.label[lang] ?? instance.reportedStatus;
  const date = instance.reportedOn ?? '';
  return lang === 'en' ? `${label} (${date})` : `${label}（${date}）`;
}

/**
 * A table of campaign tasks and how each stands on `asOf` for one division, judged by `taskStatus` on the
 * division's own progress reports (PI.X / WG.XK rows; PI.C5.c: every unit's progress shows).
 */
export function taskTableSection(input: TaskTableInput): TableSection {
  const progress: TaskProgressInput[] = (input.progress ?? []).filter(
    (p) => p.divisionCode === input.divisionCode,
  );
  const rows: Row[] = input.tasks.map((task) => {
    const status = taskStatus(task, progress, input.asOf, input.campaignYear, {
      divisionCode: input.divisionCode,
    });
    const instance = shownInstance(status.instances, input.month);
    const state = instance?.status ?? (status.status === 'unresolved' ? 'unresolved' : 'not-due');
    return {
      taskId: task.id,
      content: task.content,
      participants: task.participants,
      deadlineText: task.deadlineText,
      dueOn: instance?.dueOn ?? null,
      status: state,
      reported: reportedText(instance, input.lang),
      doneOn: instance?.doneOn ?? null,
    };
  });
  return {
    kind: 'table',
    id: input.id,
    title: input.title,
    columns: [
      column('seq', '序号', 'No.', 'integer', 5),
      column('taskId', '任务编号', 'Task', 'code', 8),
      column('content', '工作内容', 'Work', 'text', 40),
      column('participants', '责任单位', 'Units', 'text', 18),
      column('deadlineText', '完成时间', 'Deadline as written', 'text', 12),
      column('dueOn', '本期截止日期', 'Due on', 'date', 11),
      column('status', '完成情况', 'Status', 'status', 10),
      column('reported', '最新报送', 'Latest report', 'text', 16),
      column('doneOn', '完成日期', 'Done on', 'date', 11),
    ],
    rows: numbered(rows),
  };
}

/**
 * The task table of a division's own report: {@link taskTableSection} on the dataset's progress records, for the
 * report's division, as of its `asOf` and in its language. `input` names the section, the tasks, the campaign
 * year and, for a monthly report, the month.
 */
export function divisionTaskTable(
  ctx: BuildContext,
  input: Pick<TaskTableInput, 'id' | 'title' | 'tasks' | 'campaignYear' | 'month'>,
): TableSection {
  return taskTableSection({
    ...input,
    progress: ctx.dataset.records.taskProgress,
    divisionCode: ctx.divisionCode,
    asOf: ctx.asOf,
    lang: ctx.lang,
  });
}
