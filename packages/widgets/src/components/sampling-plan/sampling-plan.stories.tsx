import type { SamplingPlan as SamplingPlanData } from '@rectify/rules';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { tabTo } from '../../../.storybook/keyboard';
import { PRINT_PREVIEW_PARAMETERS, PrintFrame, printDocument } from '../../../.storybook/print-preview';
import { LONG_TAIL, SERVICE_ERROR } from '../../../.storybook/story-states';
import { samplingPlanFixture } from '../__fixtures__/index';
import { SamplingPlan } from './sampling-plan';

const firstCounty = samplingPlanFixture.plan.counties[0]?.countyCode ?? 'all';
const longNames: Record<string, string> = Object.fromEntries(
  Object.entries(samplingPlanFixture.communityNames).map(([id, name]) => [id, `${name}${LONG_TAIL}`]),
);
const emptyPlan: SamplingPlanData = { ...samplingPlanFixture.plan, counties: [] };

const meta = {
  title: 'Widgets/SamplingPlan',
  component: SamplingPlan,
  args: { ...samplingPlanFixture, onCountyChange: fn() },
} satisfies Meta<typeof SamplingPlan>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The 2023 plan of the sample dataset, every county. */
export const Default: Story = {};

/** One county. */
export const OneCounty: Story = { args: { countyCode: firstCounty } };

/** No plan. */
export const Empty: Story = { args: { plan: null } };

/** A plan with no county in it. */
export const NoCounties: Story = { args: { plan: emptyPlan } };

/** The data is on its way. */
export const Loading: Story = { args: { loading: true } };

/** The data service failed. */
export const ErrorState: Story = { name: 'Error', args: { error: SERVICE_ERROR } };

/** Long community names wrap. */
export const LongText: Story = { args: { communityNames: longNames, countyCode: firstCounty } };

/** 适老化 theme. */
export const Elder: Story = { args: { theme: 'elder', countyCode: firstCounty } };

/** High-contrast theme. */
export const HighContrast: Story = { args: { theme: 'high-contrast' } };

/** English. */
export const English: Story = { args: { lang: 'en' } };

/** One county's plan as it prints. */
export const PrintPreview: Story = {
  parameters: PRINT_PREVIEW_PARAMETERS,
  render: (args) => (
    <PrintFrame
      title="抽查计划打印预览"
      html={printDocument(
        <SamplingPlan {...args} countyCode={firstCounty} theme="high-contrast" injectStyles={false} />,
        args.lang ?? 'zh-CN',
        '实地抽查核实计划',
      )}
    />
  ),
};

/** Keyboard: Tab reaches the county select; picking a county reports it. */
export const KeyboardCounty: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const select = canvas.getByRole('combobox');
    await tabTo(select);
    await userEvent.selectOptions(select, firstCounty);
    await expect(args.onCountyChange).toHaveBeenCalledWith(firstCounty);
  },
};
