import type { RightsBoard } from '@rectify/schemas';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { tabTo } from '../../../.storybook/keyboard';
import { PRINT_PREVIEW_PARAMETERS, PrintFrame, printDocument } from '../../../.storybook/print-preview';
import { LONG_TAIL, SERVICE_ERROR } from '../../../.storybook/story-states';
import { wageRightsBoardFixture } from '../__fixtures__/index';
import { WageRightsBoard } from './wage-rights-board';

const { board, project } = wageRightsBoardFixture;
const absent: RightsBoard = { ...board, present: false, items: [] };

const meta = {
  title: 'Widgets/WageRightsBoard',
  component: WageRightsBoard,
  args: wageRightsBoardFixture,
} satisfies Meta<typeof WageRightsBoard>;

export default meta;
type Story = StoryObj<typeof meta>;

/** An observation with items missing. */
export const Default: Story = {};

/** No board on site at all. */
export const NoBoard: Story = { args: { board: absent } };

/** No observation. */
export const Empty: Story = { args: { board: null, project: null } };

/** The data is on its way. */
export const Loading: Story = { args: { loading: true } };

/** The data service failed. */
export const ErrorState: Story = { name: 'Error', args: { error: SERVICE_ERROR } };

/** A long project name wraps. */
export const LongText: Story = { args: { project: { ...project, name: `${project.name}${LONG_TAIL}` } } };

/** 适老化 theme. */
export const Elder: Story = { args: { theme: 'elder' } };

/** High-contrast theme. */
export const HighContrast: Story = { args: { theme: 'high-contrast' } };

/** English. */
export const English: Story = { args: { lang: 'en' } };

/** The board's checklist as it prints. */
export const PrintPreview: Story = {
  parameters: PRINT_PREVIEW_PARAMETERS,
  render: (args) => (
    <PrintFrame
      title="维权信息告示牌打印预览"
      html={printDocument(
        <WageRightsBoard {...args} theme="high-contrast" injectStyles={false} />,
        args.lang ?? 'zh-CN',
        '维权信息告示牌',
      )}
    />
  ),
};

/** Keyboard: every control of the widget is reachable by Tab (a read-only checklist may have none). */
export const KeyboardReach: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { level: 2 })).toBeInTheDocument();
    for (const control of canvasElement.querySelectorAll('button, a[href], select, input, [tabindex="0"]')) {
      await tabTo(control);
    }
  },
};
