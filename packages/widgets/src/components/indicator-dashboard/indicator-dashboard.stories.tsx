import type { Indicator } from '@rectify/rules';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { tabTo } from '../../../.storybook/keyboard';
import { PRINT_PREVIEW_PARAMETERS, PrintFrame, printDocument } from '../../../.storybook/print-preview';
import { LONG_TAIL, SERVICE_ERROR } from '../../../.storybook/story-states';
import { indicatorDashboardFixture } from '../__fixtures__/index';
import { IndicatorDashboard } from './indicator-dashboard';

const PUBLIC_INCOME_IDS = ['PI-T1-DISCLOSURE', 'PI-T2-SAMPLING'];

// The indicators with long titles and long county / street names.
const longIndicators: Indicator[] = indicatorDashboardFixture.indicators.map((indicator) => ({
  ...indicator,
  title: {
    'zh-CN': `${indicator.title['zh-CN']}${LONG_TAIL}`,
    en: `${indicator.title.en} (every residential community of the city, including those run by owners themselves)`,
  },
  breakdown: indicator.breakdown.map((row) => ({
    ...row,
    name: `${row.name ?? row.divisionCode}${LONG_TAIL}`,
  })),
}));

const meta = {
  title: 'Widgets/IndicatorDashboard',
  component: IndicatorDashboard,
  args: { ...indicatorDashboardFixture, onToggle: fn() },
} satisfies Meta<typeof IndicatorDashboard>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Every target of both campaigns. */
export const Default: Story = {};

/** The public-income targets with the first county table open. */
export const Drilled: Story = { args: { ids: PUBLIC_INCOME_IDS, expanded: ['PI-T1-DISCLOSURE'] } };

/** No indicators computed. */
export const Empty: Story = { args: { indicators: [] } };

/** The data is on its way. */
export const Loading: Story = { args: { loading: true } };

/** The data service failed. */
export const ErrorState: Story = { name: 'Error', args: { error: SERVICE_ERROR } };

/** Long titles and division names wrap. */
export const LongText: Story = { args: { indicators: longIndicators, expanded: ['PI-T1-DISCLOSURE'] } };

/** 适老化 theme. */
export const Elder: Story = {
  args: { theme: 'elder', ids: PUBLIC_INCOME_IDS, expanded: ['PI-T1-DISCLOSURE'] },
};

/** High-contrast theme. */
export const HighContrast: Story = { args: { theme: 'high-contrast' } };

/** English. */
export const English: Story = { args: { lang: 'en', expanded: ['PI-T1-DISCLOSURE'] } };

/** The dashboard as it prints, county tables open. */
export const PrintPreview: Story = {
  parameters: PRINT_PREVIEW_PARAMETERS,
  render: (args) => (
    <PrintFrame
      title="整治目标打印预览"
      html={printDocument(
        <IndicatorDashboard
          {...args}
          ids={PUBLIC_INCOME_IDS}
          expanded={PUBLIC_INCOME_IDS}
          theme="high-contrast"
          injectStyles={false}
        />,
        args.lang ?? 'zh-CN',
        '整治目标完成情况',
      )}
    />
  ),
};

/** Keyboard: Tab to a breakdown toggle, Enter opens the county table, Space closes it. */
export const KeyboardDrillDown: Story = {
  args: { ids: PUBLIC_INCOME_IDS },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const [toggle] = canvas.getAllByRole('button', { name: '分县（市、区）情况' });
    if (!toggle) throw new Error('no breakdown toggle');
    await tabTo(toggle);
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(toggle).toHaveAttribute('aria-expanded', 'true'));
    await expect(canvas.getAllByRole('table').length).toBeGreaterThan(0);
    await expect(args.onToggle).toHaveBeenCalledWith({ indicatorId: 'PI-T1-DISCLOSURE', expanded: true });
    await userEvent.keyboard(' ');
    await waitFor(() => expect(toggle).toHaveAttribute('aria-expanded', 'false'));
  },
};
