import type { SamplingPlan as SamplingPlanData } from '@rectify/rules';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { axeViolations } from '../__fixtures__/axe';
import { samplingPlanFixture } from '../__fixtures__/index';
import { SamplingPlan } from './sampling-plan';

const t = (zh: string, en: string) => ({ 'zh-CN': zh, en });

// PI.M2: petitions transferred by the province or city and zero-income communities first, then a random draw.
const plan: SamplingPlanData = {
  planner: 'PI-SAMPLING-PLAN',
  clauseIds: ['PI.M2', 'PI.T2'],
  seed: 'demo',
  year: 2023,
  share: { numerator: 1, denominator: 2 },
  counties: [
    {
      countyCode: '350502',
      name: '鲤城区',
      total: 3,
      required: 2,
      priorityCount: 1,
      randomCount: 1,
      inspectorsAvailable: 5,
      explanation: t('本县共 3 个物业小区，须抽查 2 个。', '3 communities; 2 to sample.'),
      picks: [
        {
          communityId: 'CM1',
          divisionCode: '350502002',
          reasons: ['transferred-petition', 'zero-income'],
          petitionIds: ['CP-7'],
          inspectorIds: ['IP-350502-001', 'IP-350502-004'],
          assignment: 'assigned',
          explanation: t('省市转办信访件 CP-7；公共收益为零。', 'Transferred petition CP-7; zero income.'),
        },
        {
          communityId: 'CM2',
          divisionCode: '350502004',
          reasons: ['random'],
          petitionIds: [],
          inspectorIds: ['IP-350502-002'],
          assignment: 'partial',
          explanation: t('随机抽取。', 'Drawn by lot.'),
        },
      ],
    },
    {
      countyCode: '350503',
      name: '丰泽区',
      total: 0,
      required: 0,
      priorityCount: 0,
      randomCount: 0,
      inspectorsAvailable: 0,
      explanation: t('本县无物业小区。', 'No community.'),
      picks: [],
    },
  ],
};

function pick(id: string): HTMLElement {
  const el = document.querySelector<HTMLElement>(`tr[data-community="${id}"]`);
  if (!el) throw new Error(`no pick ${id}`);
  return el;
}

describe('SamplingPlan', () => {
  it('shows why each community was picked and which inspectors (by id) go', () => {
    render(
      <SamplingPlan
        plan={plan}
        communityNames={{ CM1: '刺桐花园' }}
        divisionNames={{ '350502002': '临江街道' }}
      />,
    );
    expect(within(pick('CM1')).getByText('省市转办信访件')).toBeInTheDocument();
    expect(within(pick('CM1')).getByText('公共收益为零')).toBeInTheDocument();
    expect(pick('CM1')).toHaveTextContent('刺桐花园 CM1');
    expect(pick('CM1')).toHaveTextContent('临江街道');
    expect(pick('CM1')).toHaveTextContent('CP-7');
    expect(within(pick('CM1')).getByText('IP-350502-001')).toBeInTheDocument();
    expect(within(pick('CM1')).getByText('IP-350502-004')).toBeInTheDocument();
    expect(pick('CM1').querySelector('[data-status="assigned"]')).toHaveTextContent('已分派');
    expect(within(pick('CM2')).getByText('随机抽取')).toBeInTheDocument();
    expect(pick('CM2').querySelector('[data-status="partial"]')).toHaveTextContent('部分分派');
  });

  it('shows each county’s numbers and the share sampled', () => {
    render(<SamplingPlan plan={plan} />);
    expect(screen.getByText('50.00%')).toBeInTheDocument();
    const county = document.querySelector('[data-county="350502"]') as HTMLElement;
    expect(
      within(county)
        .getAllByRole('definition')
        .map((d) => d.textContent),
    ).toEqual(['3', '2', '1', '1', '5']);
    expect(
      within(document.querySelector('[data-county="350503"]') as HTMLElement).getByText('本县未抽取小区。'),
    ).toBeInTheDocument();
  });

  it('shows one county chosen from the keyboard', async () => {
    const user = userEvent.setup();
    const onCountyChange = vi.fn();
    render(<SamplingPlan plan={plan} onCountyChange={onCountyChange} />);
    await user.tab();
    const select = screen.getByLabelText('县（市、区）');
    expect(select).toHaveFocus();
    await user.selectOptions(select, '350503');
    expect(onCountyChange).toHaveBeenCalledWith('350503');
    expect(document.querySelector('[data-county="350502"]')).toBeNull();
    expect(document.querySelector('[data-county="350503"]')).not.toBeNull();
  });

  it('shows a generated plan, every county', () => {
    render(<SamplingPlan {...samplingPlanFixture} />);
    expect(document.querySelectorAll('[data-county]')).toHaveLength(samplingPlanFixture.plan.counties.length);
  });

  it('speaks English', () => {
    render(<SamplingPlan plan={plan} lang="en" />);
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('On-site sampling verification plan');
    expect(within(pick('CM1')).getByText('Zero public income')).toBeInTheDocument();
  });

  it('has no axe violations', async () => {
    const { container } = render(<SamplingPlan {...samplingPlanFixture} />);
    expect(await axeViolations(container)).toEqual([]);
  });
});
