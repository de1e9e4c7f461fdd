import type { Finding } from '@rectify/rules';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { tabTo } from '../../../.storybook/keyboard';
import { PRINT_PREVIEW_PARAMETERS, PrintFrame, printDocument } from '../../../.storybook/print-preview';
import { LONG_TAIL, SERVICE_ERROR } from '../../../.storybook/story-states';
import { findingsListFixture, manyFindings } from '../__fixtures__/index';
import { FindingsList } from './findings-list';

// Long subject names and messages, to check that rows and details wrap.
const longFindings: Finding[] = findingsListFixture.findings.slice(0, 40).map((f) => ({
  ...f,
  subject: { ...f.subject, name: `${f.subject.name ?? f.subject.id}${LONG_TAIL}` },
  message: {
    'zh-CN': `${f.message['zh-CN']}${LONG_TAIL}`,
    en: `${f.message.en} (and every later quarter too)`,
  },
}));

const rowButtons = (canvasElement: HTMLElement) =>
  Array.from(canvasElement.querySelectorAll<HTMLButtonElement>('.rk-vlist button'));
const rowOf = (element: Element | null) => element?.closest('[data-row]')?.getAttribute('data-row');

const meta = {
  title: 'Widgets/FindingsList',
  component: FindingsList,
  args: { ...findingsListFixture, onSelect: fn(), onFilterChange: fn() },
} satisfies Meta<typeof FindingsList>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The findings of the sample dataset that need attention. */
export const Default: Story = {};

/** Grouped by rule. */
export const GroupedByRule: Story = { args: { groupBy: 'rule' } };

/** Grouped by county, critical findings only. */
export const CriticalByCounty: Story = { args: { groupBy: 'division', severity: 'critical' } };

/** 10,000 findings: only the visible rows are in the DOM. */
export const TenThousand: Story = { args: { findings: manyFindings(10_000) } };

/** Nothing found. */
export const Empty: Story = { args: { findings: [] } };

/** The data is on its way. */
export const Loading: Story = { args: { loading: true } };

/** The data service failed. */
export const ErrorState: Story = { name: 'Error', args: { error: SERVICE_ERROR } };

/** Long names and messages wrap. */
export const LongText: Story = { args: { findings: longFindings } };

/** 适老化 theme. */
export const Elder: Story = { args: { theme: 'elder' } };

/** High-contrast theme. */
export const HighContrast: Story = { args: { theme: 'high-contrast' } };

/** English. */
export const English: Story = { args: { lang: 'en' } };

/** The list as it prints (the rows on screen). */
export const PrintPreview: Story = {
  parameters: PRINT_PREVIEW_PARAMETERS,
  render: (args) => (
    <PrintFrame
      title="问题清单打印预览"
      html={printDocument(
        <FindingsList {...args} visibleRows={20} theme="high-contrast" injectStyles={false} />,
        args.lang ?? 'zh-CN',
        '问题清单',
      )}
    />
  ),
};

/**
 * Keyboard: Tab lands on one row (roving tabindex), arrows move, End / Home jump, Enter opens the finding's why
 * with focus on its heading, Escape goes back to the row.
 */
export const KeyboardBrowse: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const [first] = rowButtons(canvasElement);
    if (!first) throw new Error('no rows');
    await tabTo(first);
    await userEvent.keyboard('{ArrowDown}');
    const second = canvasElement.ownerDocument.activeElement;
    await expect(rowOf(second)).not.toBe(rowOf(first));
    await userEvent.keyboard('{ArrowUp}');
    await expect(first).toHaveFocus();
    await userEvent.keyboard('{End}');
    await waitFor(() => expect(Number(rowOf(canvasElement.ownerDocument.activeElement))).toBeGreaterThan(1));
    await userEvent.keyboard('{Home}');
    await waitFor(() => expect(rowOf(canvasElement.ownerDocument.activeElement)).toBe(rowOf(first)));
    await userEvent.keyboard('{ArrowDown}');
    await userEvent.keyboard('{Enter}');
    const details = await waitFor(() => {
      const section = canvasElement.querySelector('.rk-details');
      if (!section) throw new Error('no details');
      return section;
    });
    await waitFor(() => expect(details.contains(canvasElement.ownerDocument.activeElement)).toBe(true));
    await expect(args.onSelect).toHaveBeenCalledTimes(1);
    await expect(within(details as HTMLElement).getByText('条款原文')).toBeInTheDocument();
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(canvas.queryByText('条款原文')).toBeNull());
    await waitFor(() => expect(rowOf(canvasElement.ownerDocument.activeElement)).toBe(rowOf(second)));
  },
};

/** Keyboard in 10,000 rows: End reaches the last finding, which is rendered although it was far away. */
export const KeyboardTenThousand: Story = {
  args: { findings: manyFindings(10_000) },
  play: async ({ canvasElement }) => {
    const [first] = rowButtons(canvasElement);
    if (!first) throw new Error('no rows');
    await expect(rowButtons(canvasElement).length).toBeLessThan(100);
    await tabTo(first);
    await userEvent.keyboard('{End}');
    await waitFor(() => expect(rowOf(canvasElement.ownerDocument.activeElement)).toBe('9999'));
  },
};

/** A filter changed by the reader is reported with the whole view. */
export const FilterChange: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.selectOptions(canvas.getByLabelText('分组'), 'rule');
    await expect(args.onFilterChange).toHaveBeenCalledWith(expect.objectContaining({ groupBy: 'rule' }));
  },
};
