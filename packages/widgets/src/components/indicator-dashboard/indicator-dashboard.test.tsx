import type { Indicator } from '@rectify/rules';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { axeViolations } from '../__fixtures__/axe';
import { indicatorDashboardFixture } from '../__fixtures__/index';
import { IndicatorDashboard } from './indicator-dashboard';

const t = (zh: string, en: string) => ({ 'zh-CN': zh, en });

// PI.T1: quarterly disclosure rate 100 %, city-wide.
const disclosureRate: Indicator = {
  id: 'PI-T1-DISCLOSURE',
  campaign: 'public-income',
  clauseIds: ['PI.T1'],
  title: t('季度公示率', 'Quarterly disclosure rate'),
  definition: t(
    '按时公示的小区 ÷ 应公示的小区',
    'Communities disclosed on time ÷ communities that must disclose',
  ),
  unit: 'ratio',
  target: { op: '>=', numerator: 1, denominator: 1, scope: 'city' },
  numerator: 24,
  denominator: 30,
  value: 0.8,
  met: false,
  breakdown: [
    {
      level: 'county',
      divisionCode: '350502',
      name: '鲤城区',
      numerator: 3,
      denominator: 3,
      value: 1,
      met: true,
    },
    {
      level: 'street',
      divisionCode: '350502002',
      name: '临江街道',
      numerator: 1,
      denominator: 1,
      value: 1,
      met: true,
    },
    {
      level: 'street',
      divisionCode: '350502004',
      name: '开元街道',
      numerator: 2,
      denominator: 2,
      value: 1,
      met: true,
    },
    {
      level: 'county',
      divisionCode: '350503',
      name: '丰泽区',
      numerator: 21,
      denominator: 27,
      value: 0.777778,
      met: false,
    },
  ],
};

// PI.T2: every county samples at least half of its communities.
const samplingRate: Indicator = {
  ...disclosureRate,
  id: 'PI-T2-SAMPLING',
  clauseIds: ['PI.T2'],
  title: t('年度抽查核实率', 'Annual sampling rate'),
  target: { op: '>=', numerator: 1, denominator: 2, scope: 'county' },
  numerator: 25,
  denominator: 30,
  value: 0.833333,
  met: true,
  breakdown: [],
};

// WG.T3: average attendance above 81 people (a "people" unit, not a ratio).
const attendance: Indicator = {
  ...samplingRate,
  id: 'WG-AVERAGE-ATTENDANCE',
  campaign: 'wages',
  clauseIds: ['WG.T3'],
  title: t('日均考勤人数', 'Average daily attendance'),
  unit: 'people',
  target: { op: '>', numerator: 81, denominator: 1, scope: 'city' },
  numerator: 3345,
  denominator: 500,
  value: 6.69,
  met: false,
};

const noTarget: Indicator = {
  ...samplingRate,
  id: 'PI-T4-SUPPORT',
  clauseIds: ['PI.T4'],
  title: t('业主支持率', 'Support rate'),
  target: undefined,
  met: null,
};

const notMeasured: Indicator = {
  ...disclosureRate,
  id: 'WG-COMPLAINT-CLOSURE',
  clauseIds: ['WG.T5'],
  title: t('投诉办结率', 'Complaint closure rate'),
  numerator: 0,
  denominator: 0,
  value: null,
  met: null,
  breakdown: [],
};

function card(id: string): HTMLElement {
  const el = document.querySelector<HTMLElement>(`[data-indicator="${id}"]`);
  if (!el) throw new Error(`no card ${id}`);
  return el;
}

describe('IndicatorDashboard', () => {
  it.each([
    ['PI-T1-DISCLOSURE', '≥ 100.00%', '80.00%', '24 / 30', '未达标'],
    ['PI-T2-SAMPLING', '各县（市、区） ≥ 50.00%', '83.33%', '25 / 30', '达标'],
    ['WG-AVERAGE-ATTENDANCE', '> 81 人', '6.69 人', '3,345 / 500', '未达标'],
    ['PI-T4-SUPPORT', '—', '83.33%', '25 / 30', '无量化目标'],
    ['WG-COMPLAINT-CLOSURE', '≥ 100.00%', '—', '0 / 0', '无法计算'],
  ])('shows %s: target %s, value %s, %s, %s', (id, target, value, fraction, status) => {
    render(
      <IndicatorDashboard indicators={[disclosureRate, samplingRate, attendance, noTarget, notMeasured]} />,
    );
    const facts = within(card(id)).getAllByRole('definition');
    expect(facts.map((f) => f.textContent)).toEqual([
      target,
      value,
      fraction,
      expect.stringContaining(status),
    ]);
  });

  it('shows met / not met by an icon and words, never colour alone', () => {
    render(<IndicatorDashboard indicators={[disclosureRate, samplingRate]} />);
    const fail = card('PI-T1-DISCLOSURE').querySelector('[data-status="not-met"]');
    expect(fail?.textContent).toBe('✗未达标');
    expect(fail?.querySelector('.rk-status__icon')).toHaveAttribute('aria-hidden', 'true');
    expect(card('PI-T2-SAMPLING').querySelector('[data-status="met"]')?.textContent).toBe('✓达标');
  });

  it('drills down city → county → street by keyboard, with aria-expanded', async () => {
    const user = userEvent.setup();
    const onToggle = vi.fn();
    render(<IndicatorDashboard indicators={[disclosureRate]} onToggle={onToggle} />);
    const byCounty = screen.getByRole('button', { name: '分县（市、区）情况' });
    expect(byCounty).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('table')).toBeNull();

    await user.tab();
    expect(byCounty).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(byCounty).toHaveAttribute('aria-expanded', 'true');
    expect(onToggle).toHaveBeenLastCalledWith({ indicatorId: 'PI-T1-DISCLOSURE', expanded: true });
    const table = screen.getByRole('table');
    expect(within(table).getByRole('rowheader', { name: '全市' })).toBeInTheDocument();
    expect(within(table).getByRole('rowheader', { name: '丰泽区' })).toBeInTheDocument();
    expect(within(table).queryByText('开元街道')).toBeNull();

    await user.tab();
    const licheng = screen.getByRole('button', { name: '鲤城区' });
    expect(licheng).toHaveFocus();
    expect(licheng).toHaveAttribute('aria-expanded', 'false');
    await user.keyboard(' ');
    expect(licheng).toHaveAttribute('aria-expanded', 'true');
    expect(onToggle).toHaveBeenLastCalledWith({
      indicatorId: 'PI-T1-DISCLOSURE',
      divisionCode: '350502',
      expanded: true,
    });
    const street = within(table).getByRole('row', { name: /^开元街道/ });
    expect(within(street).getByText('2 / 2')).toBeInTheDocument();
    expect(within(street).getByText('达标')).toBeInTheDocument();

    await user.keyboard('{Enter}');
    expect(licheng).toHaveAttribute('aria-expanded', 'false');
    expect(within(table).queryByText('开元街道')).toBeNull();
  });

  it('opens the breakdowns named in `expanded`, and shows only `ids` in their order', () => {
    render(
      <IndicatorDashboard
        indicators={[samplingRate, disclosureRate, attendance]}
        ids={['PI-T1-DISCLOSURE', 'PI-T2-SAMPLING']}
        expanded={['PI-T1-DISCLOSURE', 'PI-T1-DISCLOSURE/350502']}
      />,
    );
    const titles = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(titles).toEqual(['季度公示率PI.T1', '年度抽查核实率PI.T2']);
    expect(screen.getByText('临江街道')).toBeInTheDocument();
  });

  it('shows every indicator of a check, in English too', () => {
    const { rerender } = render(<IndicatorDashboard {...indicatorDashboardFixture} />);
    expect(document.querySelectorAll('.rk-indicator')).toHaveLength(
      indicatorDashboardFixture.indicators.length,
    );
    rerender(<IndicatorDashboard {...indicatorDashboardFixture} lang="en" />);
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Campaign targets');
    expect(screen.getByText('As of 2023-11-30')).toBeInTheDocument();
  });

  it('has no axe violations, collapsed and drilled down', async () => {
    const { container, rerender } = render(<IndicatorDashboard {...indicatorDashboardFixture} />);
    expect(await axeViolations(container)).toEqual([]);
    rerender(
      <IndicatorDashboard
        indicators={[disclosureRate]}
        expanded={['PI-T1-DISCLOSURE', 'PI-T1-DISCLOSURE/350502']}
      />,
    );
    expect(await axeViolations(container)).toEqual([]);
  });
});
