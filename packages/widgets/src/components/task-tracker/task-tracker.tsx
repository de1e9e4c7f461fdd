import {
  type CampaignTask,
  isCivilDate,
  type TaskListId,
  type TaskOverallStatus,
  type TaskProgressInput,
} from '@rectify/rules';
import { useId, useMemo } from 'react';
import { useLocale } from '../../i18n/index';
import { asArray } from '../shared/data-guards';
import { StatusBadge } from '../shared/status-badge';
import { SubHeading } from '../shared/sub-heading';
import { TableScroll } from '../shared/table-scroll';
import { useSyncedState } from '../shared/use-synced-state';
import { frameBaseProps, WidgetFrame } from '../shared/widget-frame';
import type { WidgetBaseProps } from '../shared/widget-props';
import { taskTrackerCss } from './styles';
import { resolvedText, rowStatus, taskRows } from './task-rows';

/** The filters of the task tracker, as `onFilterChange` reports them. */
export interface TaskTrackerFilters {
  /** The task list shown, or `'all'`. */
  list: TaskListId | 'all';
  /** The status shown, or `'all'`. */
  status: TaskOverallStatus | 'all';
}

/** Props of {@link TaskTracker}. */
export interface TaskTrackerProps extends WidgetBaseProps {
  /**
   * The tasks: pass `CAMPAIGN_TASKS` from `@rectify/rules` for the three campaign lists (91 tasks). Not defaulted
   * here, so a page that shows its own list does not carry 39 KB of task text. Defaults to none (the empty state);
   * the `<rectify-task-tracker>` element defaults to `CAMPAIGN_TASKS`.
   */
  tasks?: readonly CampaignTask[] | null;
  /** Progress records the units reported (`TaskProgress` records of the dataset). Defaults to none. */
  progress?: readonly TaskProgressInput[] | null;
  /**
   * The day the status is judged on, `YYYY-MM-DD`. No default: no widget reads the clock, so without it the error
   * state asks for it.
   */
  asOf?: string;
  /** The campaign year the 完成时间 fall in. Defaults to the year of `asOf`. */
  campaignYear?: number;
  /** The day the campaign started (monthly tasks begin in its month). Defaults to 1 July of the campaign year. */
  campaignStart?: string;
  /** Count only reports of this division (`350500` for the city, a county code). Defaults to every division. */
  divisionCode?: string;
  /** List filter. Defaults to `'all'`. */
  list?: TaskListId | 'all';
  /** Status filter. Defaults to `'all'`. */
  status?: TaskOverallStatus | 'all';
  /** Called when the reader changes a filter. Defaults to none. */
  onFilterChange?: (filters: TaskTrackerFilters) => void;
}

const LISTS: readonly TaskListId[] = ['PI-city-county', 'WG-city', 'WG-county'];
const STATUSES: readonly TaskOverallStatus[] = [
  'overdue',
  'pending',
  'done-late',
  'done',
  'not-due',
  'unresolved',
];

/**
 * The campaign task lists (附件1.1, 2.1, 2.2) with each task's 完成时间 resolved to dates and its status on
 * `asOf` from the progress records, filterable by list and status.
 */
export function TaskTracker(props: TaskTrackerProps) {
  const locale = useLocale(props.lang);
  const { m } = locale;
  const listId = useId();
  const statusId = useId();
  const [list, setList] = useSyncedState<TaskListId | 'all'>(props.list, 'all');
  const [status, setStatus] = useSyncedState<TaskOverallStatus | 'all'>(props.status, 'all');
  const tasks = asArray(props.tasks);
  const progress = asArray(props.progress);
  const asOfValid = isCivilDate(props.asOf);
  const asOf = asOfValid ? (props.asOf as string) : '';
  const campaignYear = props.campaignYear ?? Number(asOf.slice(0, 4));
  const rows = useMemo(
    () =>
      asOfValid
        ? taskRows(tasks, progress, {
            asOf,
            campaignYear,
            campaignStart: props.campaignStart,
            divisionCode: props.divisionCode,
          })
        : [],
    [tasks, progress, asOf, asOfValid, campaignYear, props.campaignStart, props.divisionCode],
  );
  const shown = rows.filter(
    (r) => (list === 'all' || r.task.list === list) && (status === 'all' || rowStatus(r) === status),
  );
  const change = (next: TaskTrackerFilters) => {
    setList(next.list);
    setStatus(next.status);
    props.onFilterChange?.(next);
  };
  const lists = LISTS.filter((l) => shown.some((r) => r.task.list === l));
  return (
    <WidgetFrame
      widget="task-tracker"
      css={taskTrackerCss}
      locale={locale}
      {...frameBaseProps(props)}
      error={props.error ?? (tasks.length > 0 && !asOfValid ? m.tasks.needAsOf : undefined)}
      empty={tasks.length === 0}
      title={m.tasks.title}
    >
      <p className="rk-note">{m.common.asOf(locale.date(asOf))}</p>
      <div className="rk-tasks__filters">
        <div className="rk-field">
          <label className="rk-label" htmlFor={listId}>
            {m.tasks.list}
          </label>
          <select
            id={listId}
            className="rk-select"
            value={list}
            onChange={(e) => change({ list: e.currentTarget.value as TaskListId | 'all', status })}
          >
            <option value="all">{m.common.all}</option>
            {LISTS.map((l) => (
              <option key={l} value={l}>
                {m.tasks.lists[l] ?? l}
              </option>
            ))}
          </select>
        </div>
        <div className="rk-field">
          <label className="rk-label" htmlFor={statusId}>
            {m.tasks.status}
          </label>
          <select
            id={statusId}
            className="rk-select"
            value={status}
            onChange={(e) => change({ list, status: e.currentTarget.value as TaskOverallStatus | 'all' })}
          >
            <option value="all">{m.common.all}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {locale.status(s).text}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p className="rk-findings__count rk-muted" role="status">
        {m.common.shown(shown.length, rows.length)}
      </p>
      {shown.length === 0 ? <p className="rk-state rk-state--empty">{m.tasks.noMatches}</p> : null}
      {lists.map((l) => (
        <div key={l} className="rk-tasks__list" data-list={l}>
          <SubHeading level={props.headingLevel}>{m.tasks.lists[l] ?? l}</SubHeading>
          <TableScroll label={m.tasks.lists[l] ?? l}>
            <table className="rk-table rk-tasks__table">
              <thead>
                <tr>
                  <th scope="col" className="rk-tasks__seq">
                    {m.tasks.seq}
                  </th>
                  <th scope="col">{m.tasks.content}</th>
                  <th scope="col">{m.tasks.units}</th>
                  <th scope="col">{m.tasks.deadline}</th>
                  <th scope="col">{m.tasks.status}</th>
                  <th scope="col">{m.tasks.progress}</th>
                </tr>
              </thead>
              <tbody>
                {shown
                  .filter((r) => r.task.list === l)
                  .map((r) => {
                    const { task, result } = r;
                    const done = result
                      ? result.instances.filter((i) => i.status === 'done' || i.status === 'done-late').length
                      : 0;
                    const total = result ? result.instances.length : 0;
                    const resolved = resolvedText(result, locale);
                    return (
                      <tr key={task.id} data-task={task.id}>
                        <td className="rk-tasks__seq">{task.seq}</td>
                        <th scope="row">
                          <span className="rk-code rk-muted">{task.id}</span> {task.content}
                        </th>
                        <td>
                          <span className="rk-tasks__units">
                            {asArray(task.units).map((u) => (
                              <span key={u}>
                                {locale.unit(u)}
                                {u === task.leadUnit ? m.tasks.lead : ''}
                              </span>
                            ))}
                          </span>
                        </td>
                        <td>
                          {task.deadlineText}
                          {resolved ? <span className="rk-tasks__resolved rk-nowrap">{resolved}</span> : null}
                        </td>
                        <td>
                          <StatusBadge code={rowStatus(r)} locale={locale} />
                        </td>
                        <td>{total > 0 ? m.tasks.instances(done, total) : m.tasks.noInstances}</td>
                      </tr>
                    );
                  })}
              </tbody>
            </table>
          </TableScroll>
        </div>
      ))}
    </WidgetFrame>
  );
}
