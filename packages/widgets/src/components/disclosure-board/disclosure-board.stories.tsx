import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { tabTo } from '../../../.storybook/keyboard';
import { PRINT_PREVIEW_PARAMETERS, PrintFrame } from '../../../.storybook/print-preview';
import { SERVICE_ERROR } from '../../../.storybook/story-states';
import {
  disclosureBoardFixture,
  handmadeCommunity,
  handmadeDisclosure,
  longTextFixture,
} from '../__fixtures__/index';
import { DisclosureBoard } from './disclosure-board';
import { printNotice } from './print-notice';

const meta = {
  title: 'Widgets/DisclosureBoard',
  component: DisclosureBoard,
  // The print action hands the document to onPrint; returning false keeps stories free of print dialogs.
  args: { ...disclosureBoardFixture, onPrint: fn(() => false), onUnitChange: fn() },
} satisfies Meta<typeof DisclosureBoard>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A complete quarter of a community of the sample dataset. */
export const Default: Story = {};

/** Round, checkable amounts. */
export const Handmade: Story = { args: { disclosure: handmadeDisclosure, community: handmadeCommunity } };

/** No disclosure yet. */
export const Empty: Story = { args: { disclosure: null, community: null } };

/** The data is on its way. */
export const Loading: Story = { args: { loading: true } };

/** The data service failed. */
export const ErrorState: Story = { name: 'Error', args: { error: SERVICE_ERROR } };

/** Long names and descriptions wrap. */
export const LongText: Story = { args: longTextFixture };

/** 适老化: 18pt text, 60px targets, 7:1 contrast. */
export const Elder: Story = { args: { theme: 'elder' } };

/** High-contrast theme. */
export const HighContrast: Story = { args: { theme: 'high-contrast' } };

/** English. */
export const English: Story = { args: { lang: 'en' } };

/** The A4 notice the print button produces (filed copy). */
export const PrintPreview: Story = {
  parameters: PRINT_PREVIEW_PARAMETERS,
  render: (args) => (
    <PrintFrame
      title="公示打印预览（A4）"
      html={printNotice(handmadeDisclosure, handmadeCommunity, { lang: args.lang, paper: 'A4' })}
    />
  ),
};

/** The A3 notice for the board, with a long community name. */
export const PrintPreviewA3: Story = {
  parameters: PRINT_PREVIEW_PARAMETERS,
  render: (args) => (
    <PrintFrame
      title="公示打印预览（A3）"
      height="80em"
      html={printNotice(longTextFixture.disclosure, longTextFixture.community, {
        lang: args.lang,
        paper: 'A3',
      })}
    />
  ),
};

/** Keyboard: Tab to the print button, Enter prints the A4 notice. */
export const KeyboardPrint: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const print = canvas.getByRole('button', { name: /打印公示/ });
    await userEvent.tab();
    await expect(print).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(args.onPrint).toHaveBeenCalledWith(
      expect.objectContaining({
        paper: 'A4',
        lang: 'zh-CN',
        disclosureId: disclosureBoardFixture.disclosure.id,
      }),
    );
  },
};

/** Keyboard: Tab to the 万元 toggle, Space switches every amount to 万元. */
export const KeyboardUnitToggle: Story = {
  args: { disclosure: handmadeDisclosure, community: handmadeCommunity },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const wan = canvas.getByRole('button', { name: '万元' });
    await tabTo(wan);
    await userEvent.keyboard(' ');
    await waitFor(() => expect(wan).toHaveAttribute('aria-pressed', 'true'));
    await expect(args.onUnitChange).toHaveBeenCalledWith('wan');
    await expect(canvas.getAllByText('金额（万元）').length).toBeGreaterThan(0);
  },
};
