import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { tabTo } from '../../../.storybook/keyboard';
import { PRINT_PREVIEW_PARAMETERS, PrintFrame, printDocument } from '../../../.storybook/print-preview';
import { LONG_TAIL, SERVICE_ERROR } from '../../../.storybook/story-states';
import { projectComplianceFixture } from '../__fixtures__/index';
import { ProjectCompliance } from './project-compliance';

const { project } = projectComplianceFixture;

const meta = {
  title: 'Widgets/ProjectCompliance',
  component: ProjectCompliance,
  args: projectComplianceFixture,
} satisfies Meta<typeof ProjectCompliance>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A project under construction of the sample dataset, from its findings. */
export const Default: Story = {};

/** A red warning given by the host, with its reasons. */
export const RedWarning: Story = {
  args: {
    warning: {
      level: 'red',
      reasons: [
        {
          text: {
            'zh-CN': '连续 3 个月未按时足额拨付人工费用',
            en: 'Labour cost short for 3 months in a row',
          },
          level: 'red',
          clauseId: 'WG.M4',
        },
      ],
    },
  },
};

/** Without findings, every institution reads "no finding". */
export const NoFindings: Story = { args: { findings: [] } };

/** No project. */
export const Empty: Story = { args: { project: null } };

/** The data is on its way. */
export const Loading: Story = { args: { loading: true } };

/** The data service failed. */
export const ErrorState: Story = { name: 'Error', args: { error: SERVICE_ERROR } };

/** A long project name and long party names wrap. */
export const LongText: Story = {
  args: {
    project: {
      ...project,
      name: `${project.name}${LONG_TAIL}`,
      generalContractor: {
        ...project.generalContractor,
        name: `${project.generalContractor.name}${LONG_TAIL}`,
      },
    },
  },
};

/** 适老化 theme. */
export const Elder: Story = { args: { theme: 'elder' } };

/** High-contrast theme. */
export const HighContrast: Story = { args: { theme: 'high-contrast' } };

/** English. */
export const English: Story = { args: { lang: 'en' } };

/** The checklist as it prints. */
export const PrintPreview: Story = {
  parameters: PRINT_PREVIEW_PARAMETERS,
  render: (args) => (
    <PrintFrame
      title="工资支付制度落实情况打印预览"
      html={printDocument(
        <ProjectCompliance {...args} theme="high-contrast" injectStyles={false} />,
        args.lang ?? 'zh-CN',
        '工资支付制度落实情况',
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
