import { CAMPAIGN_TASKS, type CampaignTask, findCampaignTask, type TaskProgressInput } from '@rectify/rules';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { axeViolations } from '../__fixtures__/axe';
import { taskTrackerFixture } from '../__fixtures__/index';
import { TaskTracker } from './task-tracker';

const task = (id: string) => findCampaignTask(id) as CampaignTask;
const progress: TaskProgressInput[] = [
  // PI.X1 (7月底前): done in time.
  {
    taskId: 'PI.X1',
    unitCode: 'housing-authority',
    divisionCode: '350500',
    status: 'done',
    completedOn: '2023-07-22',
    reportedOn: '2023-07-22',
  },
  // PI.X2 (7月底前): done a week late.
  {
    taskId: 'PI.X2',
    unitCode: 'housing-authority',
    divisionCode: '350500',
    status: 'done',
    completedOn: '2023-08-07',
    reportedOn: '2023-08-07',
  },
  // PI.X3: still in progress after its deadline.
  {
    taskId: 'PI.X3',
    unitCode: 'housing-authority',
    divisionCode: '350500',
    status: 'in-progress',
    reportedOn: '2023-07-20',
  },
];
const tasks = [task('PI.X1'), task('PI.X2'), task('PI.X3'), task('PI.X4'), task('PI.X7'), task('WG.XC1')];

function row(id: string): HTMLElement {
  const el = document.querySelector<HTMLElement>(`tr[data-task="${id}"]`);
  if (!el) throw new Error(`no row ${id}`);
  return el;
}

describe('TaskTracker', () => {
  it.each([
    ['PI.X1', 'done', '已完成'],
    ['PI.X2', 'done-late', '逾期完成'],
    ['PI.X3', 'overdue', '已逾期'],
  ])('judges %s on asOf from the progress records: %s', (id, code, text) => {
    render(<TaskTracker tasks={tasks} progress={progress} asOf="2023-09-01" />);
    const status = row(id).querySelector(`[data-status="${code}"]`);
    expect(status).toHaveTextContent(text);
  });

  it('shows 完成时间 verbatim with the resolved deadline, units and the lead unit', () => {
    render(<TaskTracker tasks={tasks} progress={progress} asOf="2023-09-01" />);
    expect(row('PI.X1')).toHaveTextContent('7月底前2023-07-31');
    expect(row('PI.X1')).toHaveTextContent('物业管理主管部门');
    expect(row('PI.X7')).toHaveTextContent('每月30日前本期 2023-09-30');
    expect(row('PI.X4')).toHaveTextContent('持续推进至12月底2023-12-31');
    const lead = (tasks.find((t) => t.leadUnit) as CampaignTask | undefined) ?? task('WG.XC1');
    if (lead.leadUnit) expect(row(lead.id)).toHaveTextContent('（牵头）');
  });

  it('counts the monthly instances done', () => {
    const monthly = task('PI.X7');
    const reports: TaskProgressInput[] = ['2023-07', '2023-08'].map((period) => ({
      taskId: 'PI.X7',
      divisionCode: '350500',
      period,
      status: 'done',
      completedOn: `${period}-05`,
      reportedOn: `${period}-05`,
    }));
    render(<TaskTracker tasks={[monthly]} progress={reports} asOf="2023-09-30" />);
    expect(row('PI.X7')).toHaveTextContent('已完成 2 / 3 期');
  });

  it('lists the three campaign task lists it is given', () => {
    render(<TaskTracker {...taskTrackerFixture} />);
    expect(document.querySelectorAll('tr[data-task]')).toHaveLength(CAMPAIGN_TASKS.length);
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      '附件1.1 市、县工作任务清单',
      '附件2.1 市级工作任务清单',
      '附件2.2 县（市、区）工作任务清单',
    ]);
  });

  it('filters by list and status from the keyboard', async () => {
    const user = userEvent.setup();
    const onFilterChange = vi.fn();
    render(<TaskTracker {...taskTrackerFixture} onFilterChange={onFilterChange} />);
    await user.tab();
    const list = screen.getByLabelText('任务清单');
    expect(list).toHaveFocus();
    await user.selectOptions(list, 'WG-city');
    expect(document.querySelectorAll('tr[data-task]')).toHaveLength(24);
    expect(onFilterChange).toHaveBeenLastCalledWith({ list: 'WG-city', status: 'all' });
    await user.tab();
    const status = screen.getByLabelText('状态');
    expect(status).toHaveFocus();
    await user.selectOptions(status, 'done');
    const rows = [...document.querySelectorAll('tr[data-task]')];
    expect(rows.every((r) => r.querySelector('[data-status="done"]'))).toBe(true);
    expect(screen.getByRole('status')).toHaveTextContent(
      `显示 ${rows.length} 条，共 ${CAMPAIGN_TASKS.length} 条`,
    );
  });

  it('asks for asOf instead of guessing the day', () => {
    render(<TaskTracker tasks={tasks} progress={progress} />);
    expect(screen.getByRole('alert')).toHaveTextContent('缺少核查日期');
  });

  it('speaks English', () => {
    render(<TaskTracker tasks={tasks} progress={progress} asOf="2023-09-01" lang="en" />);
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Campaign task progress');
    expect(within(row('PI.X2')).getByText('Done late')).toBeInTheDocument();
  });

  it('has no axe violations', async () => {
    const { container } = render(<TaskTracker {...taskTrackerFixture} />);
    expect(await axeViolations(container)).toEqual([]);
  });
});
