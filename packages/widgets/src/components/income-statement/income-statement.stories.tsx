import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { tabTo } from '../../../.storybook/keyboard';
import { PRINT_PREVIEW_PARAMETERS, PrintFrame, printDocument } from '../../../.storybook/print-preview';
import { SERVICE_ERROR } from '../../../.storybook/story-states';
import {
  disclosureBoardFixture,
  handmadeCommunity,
  handmadeDisclosure,
  longTextFixture,
} from '../__fixtures__/index';
import { IncomeStatement } from './income-statement';

const meta = {
  title: 'Widgets/IncomeStatement',
  component: IncomeStatement,
  args: {
    disclosure: disclosureBoardFixture.disclosure,
    communityName: disclosureBoardFixture.community.name,
    onUnitChange: fn(),
  },
} satisfies Meta<typeof IncomeStatement>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A quarter of the sample dataset, in 元. */
export const Default: Story = {};

/** Round, checkable amounts. */
export const Handmade: Story = {
  args: { disclosure: handmadeDisclosure, communityName: handmadeCommunity.name },
};

/** The same in 万元, under 金额（万元）. */
export const Wan: Story = { args: { disclosure: handmadeDisclosure, unit: 'wan' } };

/** No disclosure. */
export const Empty: Story = { args: { disclosure: null } };

/** The data is on its way. */
export const Loading: Story = { args: { loading: true } };

/** The data service failed. */
export const ErrorState: Story = { name: 'Error', args: { error: SERVICE_ERROR } };

/** Long descriptions and a long community name wrap. */
export const LongText: Story = {
  args: { disclosure: longTextFixture.disclosure, communityName: longTextFixture.community.name },
};

/** 适老化 theme. */
export const Elder: Story = { args: { theme: 'elder' } };

/** High-contrast theme. */
export const HighContrast: Story = { args: { theme: 'high-contrast' } };

/** English. */
export const English: Story = { args: { lang: 'en' } };

/** The statement as it prints: black on white on an A4 sheet. */
export const PrintPreview: Story = {
  parameters: PRINT_PREVIEW_PARAMETERS,
  render: (args) => (
    <PrintFrame
      title="收支明细打印预览"
      html={printDocument(
        <IncomeStatement {...args} theme="high-contrast" showUnitToggle={false} injectStyles={false} />,
        args.lang ?? 'zh-CN',
        '公共收益收支明细',
      )}
    />
  ),
};

/** Keyboard: Tab to the 万元 toggle, Enter switches the amounts; Tab back to 元, Space switches back. */
export const KeyboardUnitToggle: Story = {
  args: { disclosure: handmadeDisclosure },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const wan = canvas.getByRole('button', { name: '万元' });
    const yuan = canvas.getByRole('button', { name: '元' });
    await tabTo(wan);
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(wan).toHaveAttribute('aria-pressed', 'true'));
    await expect(canvas.getByText('金额（万元）')).toBeInTheDocument();
    await userEvent.tab({ shift: true });
    await expect(yuan).toHaveFocus();
    await userEvent.keyboard(' ');
    await waitFor(() => expect(yuan).toHaveAttribute('aria-pressed', 'true'));
    await expect(args.onUnitChange).toHaveBeenNthCalledWith(1, 'wan');
    await expect(args.onUnitChange).toHaveBeenNthCalledWith(2, 'yuan');
  },
};
