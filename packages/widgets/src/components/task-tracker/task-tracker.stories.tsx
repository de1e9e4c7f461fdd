import { CAMPAIGN_TASKS, type CampaignTask } from '@rectify/rules';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { tabTo } from '../../../.storybook/keyboard';
import { PRINT_PREVIEW_PARAMETERS, PrintFrame, printDocument } from '../../../.storybook/print-preview';
import { LONG_TAIL, SERVICE_ERROR } from '../../../.storybook/story-states';
import { taskTrackerFixture } from '../__fixtures__/index';
import { TaskTracker } from './task-tracker';

// The first tasks of each list with their content made much longer.
const longTasks: CampaignTask[] = CAMPAIGN_TASKS.filter((task) => task.seq <= 3).map((task) => ({
  ...task,
  content: `${task.content}${LONG_TAIL}${task.content}`,
}));

const meta = {
  title: 'Widgets/TaskTracker',
  component: TaskTracker,
  args: { ...taskTrackerFixture, onFilterChange: fn() },
} satisfies Meta<typeof TaskTracker>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The three campaign task lists judged on 2023-11-30 from the sample progress reports. */
export const Default: Story = {};

/** Only the overdue tasks. */
export const Overdue: Story = { args: { status: 'overdue' } };

/** No tasks. */
export const Empty: Story = { args: { tasks: [] } };

/** The data is on its way. */
export const Loading: Story = { args: { loading: true } };

/** The data service failed. */
export const ErrorState: Story = { name: 'Error', args: { error: SERVICE_ERROR } };

/** Without an as-of date the widget asks for one instead of guessing from the clock. */
export const MissingAsOf: Story = { args: { asOf: undefined } };

/** Long task contents wrap. */
export const LongText: Story = { args: { tasks: longTasks } };

/** 适老化 theme. */
export const Elder: Story = { args: { theme: 'elder', list: 'WG-city' } };

/** High-contrast theme. */
export const HighContrast: Story = { args: { theme: 'high-contrast' } };

/** English. */
export const English: Story = { args: { lang: 'en' } };

/** The city's wage tasks as they print. */
export const PrintPreview: Story = {
  parameters: PRINT_PREVIEW_PARAMETERS,
  render: (args) => (
    <PrintFrame
      title="任务进度打印预览"
      html={printDocument(
        <TaskTracker {...args} list="WG-city" theme="high-contrast" injectStyles={false} />,
        args.lang ?? 'zh-CN',
        '整治工作任务进度',
      )}
    />
  ),
};

/** Keyboard: Tab reaches both filters in order; choosing a status reports the filters. */
export const KeyboardFilter: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const list = canvas.getByLabelText('任务清单');
    const status = canvas.getByLabelText('状态');
    await tabTo(list);
    await userEvent.tab();
    await expect(status).toHaveFocus();
    await userEvent.selectOptions(status, 'overdue');
    await expect(args.onFilterChange).toHaveBeenCalledWith({ list: 'all', status: 'overdue' });
  },
};
