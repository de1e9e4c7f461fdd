import { type Finding, PUBLIC_INCOME_RULES } from '@rectify/rules';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { axeViolations } from '../__fixtures__/axe';
import { findingsListFixture, manyFindings } from '../__fixtures__/index';
import { FindingsList } from './findings-list';
import { filterFindings, filterOptions, findingsRows } from './findings-model';

const { findings, divisionNames, rules } = findingsListFixture;

function rowButtons(): HTMLButtonElement[] {
  return [...document.querySelectorAll<HTMLButtonElement>('.rk-vrow__button')];
}

function rowIndexOf(el: Element | null): number {
  return Number(el?.closest('[data-row]')?.getAttribute('data-row'));
}

describe('FindingsList', () => {
  it('lists findings with severity and outcome by icon and words', () => {
    render(<FindingsList findings={findings} divisionNames={divisionNames} />);
    expect(screen.getByRole('status')).toHaveTextContent(
      `显示 ${findings.length} 条，共 ${findings.length} 条`,
    );
    const first = findings[0] as Finding;
    const button = rowButtons()[0];
    expect(button).toHaveTextContent(first.message['zh-CN']);
    expect(button?.querySelector(`[data-status="${first.severity}"]`)).not.toBeNull();
    expect(button?.querySelector(`[data-status="${first.outcome}"]`)).not.toBeNull();
  });

  it('renders 10,000 findings with far fewer rows in the DOM', () => {
    const many = manyFindings(10_000);
    render(<FindingsList findings={many} />);
    const rows = document.querySelectorAll('.rk-vrow');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(50);
    expect(rows[0]).toHaveAttribute('aria-setsize', '10000');
    expect(screen.getByRole('status')).toHaveTextContent('显示 10000 条，共 10000 条');
  });

  it('moves focus with the arrow keys, Page Down, Home and End, keeping it in view', async () => {
    const user = userEvent.setup();
    render(<FindingsList findings={manyFindings(10_000)} />);
    await user.click(screen.getByLabelText('分组'));
    await user.tab();
    expect(rowIndexOf(document.activeElement)).toBe(0);
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(rowIndexOf(document.activeElement)).toBe(2);
    await user.keyboard('{ArrowUp}');
    expect(rowIndexOf(document.activeElement)).toBe(1);
    await user.keyboard('{PageDown}');
    expect(rowIndexOf(document.activeElement)).toBe(8);
    await user.keyboard('{End}');
    expect(rowIndexOf(document.activeElement)).toBe(9_999);
    expect(document.activeElement).toHaveClass('rk-vrow__button');
    expect(document.querySelectorAll('.rk-vrow').length).toBeLessThan(50);
    await user.keyboard('{ArrowDown}');
    expect(rowIndexOf(document.activeElement)).toBe(9_999);
    await user.keyboard('{Home}');
    expect(rowIndexOf(document.activeElement)).toBe(0);
    // Only the current row is in the Tab order.
    expect(rowButtons().filter((b) => b.tabIndex === 0)).toHaveLength(1);
  });

  it('opens a finding’s why with Enter: clause quote, conditions, evidence, units; Escape returns', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    const failing = findings.find(
      (f) => f.outcome === 'fail' && f.why.length > 0 && f.evidence.length > 0,
    ) as Finding;
    render(
      <FindingsList findings={[failing]} rules={rules} divisionNames={divisionNames} onSelect={onSelect} />,
    );
    await user.click(screen.getByLabelText('分组'));
    await user.tab();
    await user.keyboard('{Enter}');
    expect(onSelect).toHaveBeenCalledWith(failing);
    const details = screen.getByRole('region', { name: /问题详情/ });
    expect(within(details).getByRole('heading', { level: 3 })).toHaveFocus();
    const rule = [...PUBLIC_INCOME_RULES].find((r) => r.id === failing.ruleId);
    const quote = rule?.quote[0] ?? 'no quote';
    expect(within(details).getByText(quote)).toBeInTheDocument();
    for (const c of failing.why) expect(within(details).getAllByText(c.clauseId).length).toBeGreaterThan(0);
    expect(within(details).getByText(failing.evidence[0]?.pointer ?? '')).toBeInTheDocument();
    expect(within(details).getByText(failing.remediation['zh-CN'])).toBeInTheDocument();
    expect(details).toHaveTextContent('物业服务企业');

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: /问题详情/ })).toBeNull();
    expect(rowIndexOf(document.activeElement)).toBe(0);
  });

  it('shows the clause IDs without text when no rules are given', async () => {
    const user = userEvent.setup();
    const f = findings.find((x) => x.outcome === 'fail') as Finding;
    render(<FindingsList findings={[f]} />);
    await user.click(rowButtons()[0] as HTMLElement);
    expect(screen.queryByRole('heading', { name: '条款原文' })).toBeNull();
    expect(screen.getByRole('region', { name: /问题详情/ })).toHaveTextContent(f.clauseIds[0] as string);
  });

  it('quotes the clause from the rules it is given', async () => {
    const user = userEvent.setup();
    const f = findings[0] as Finding;
    render(<FindingsList findings={[f]} rules={[{ id: f.ruleId, quote: ['自定义条款原文'] }]} />);
    await user.click(rowButtons()[0] as HTMLElement);
    expect(screen.getByText('自定义条款原文')).toBeInTheDocument();
  });

  it.each([
    ['严重程度', 'severity', (f: Finding, v: string) => f.severity === v],
    ['判定结果', 'outcome', (f: Finding, v: string) => f.outcome === v],
    ['条款', 'clauseIds', (f: Finding, v: string) => f.clauseIds.includes(v)],
    ['县（市、区）', 'countyCode', (f: Finding, v: string) => f.subject.countyCode === v],
  ] as const)('filters by %s', async (label, _, keep) => {
    const user = userEvent.setup();
    const onFilterChange = vi.fn();
    render(
      <FindingsList findings={findings} divisionNames={divisionNames} onFilterChange={onFilterChange} />,
    );
    const select = screen.getByLabelText(label) as HTMLSelectElement;
    const value = [...select.options].map((o) => o.value).find((v) => v !== 'all') as string;
    await user.selectOptions(select, value);
    const expected = findings.filter((f) => keep(f, value)).length;
    expect(expected).toBeGreaterThan(0);
    expect(screen.getByRole('status')).toHaveTextContent(`显示 ${expected} 条，共 ${findings.length} 条`);
    expect(onFilterChange).toHaveBeenCalledTimes(1);
  });

  it('groups by rule and by county, with a header row per group', async () => {
    const user = userEvent.setup();
    render(
      <FindingsList findings={findings} rules={rules} divisionNames={divisionNames} visibleRows={200} />,
    );
    await user.selectOptions(screen.getByLabelText('分组'), 'rule');
    const firstRule = [...new Set(findings.map((f) => f.ruleId))].sort()[0] as string;
    const count = findings.filter((f) => f.ruleId === firstRule).length;
    expect(document.querySelector('.rk-vrow--group')).toHaveTextContent(
      new RegExp(`^${firstRule} .*（${count} 条）$`),
    );
    await user.selectOptions(screen.getByLabelText('分组'), 'division');
    const firstCounty = [...new Set(findings.map((f) => f.subject.countyCode))].sort()[0] as string;
    expect(document.querySelector('.rk-vrow--group')).toHaveTextContent(
      divisionNames[firstCounty] ?? firstCounty,
    );
  });

  it('skips group headers when moving with the arrow keys', async () => {
    const user = userEvent.setup();
    render(<FindingsList findings={findings} groupBy="rule" />);
    await user.click(screen.getByLabelText('分组'));
    await user.tab();
    expect(rowIndexOf(document.activeElement)).toBe(1);
    const firstGroupSize = Number(
      /（([0-9]+) 条）/.exec(document.querySelector('.rk-vrow--group')?.textContent ?? '')?.[1],
    );
    for (let i = 0; i < firstGroupSize; i += 1) await user.keyboard('{ArrowDown}');
    expect(rowIndexOf(document.activeElement)).toBe(firstGroupSize + 2);
  });

  it('says so when no finding matches, and shows the empty state without findings', async () => {
    const { rerender } = render(<FindingsList findings={findings} clauseId="NO.SUCH" />);
    expect(screen.getByText('没有符合筛选条件的问题。')).toBeInTheDocument();
    rerender(<FindingsList findings={[]} />);
    expect(screen.getByText('暂无数据')).toBeInTheDocument();
  });

  it('speaks English', () => {
    render(<FindingsList findings={findings} lang="en" />);
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Findings');
    expect(rowButtons()[0]).toHaveTextContent((findings[0] as Finding).message.en);
    expect(screen.getByLabelText('Severity')).toBeInTheDocument();
  });

  it('has no axe violations, listing and with a finding open', async () => {
    const user = userEvent.setup();
    const { container } = render(
      <FindingsList findings={findings} divisionNames={divisionNames} groupBy="rule" />,
    );
    expect(await axeViolations(container)).toEqual([]);
    await user.click(rowButtons()[0] as HTMLElement);
    expect(await axeViolations(container)).toEqual([]);
  });
});

describe('findings model', () => {
  it('filters on every criterion at once and keeps the order', () => {
    const f = findings[0] as Finding;
    const kept = filterFindings(findings, {
      severity: f.severity,
      outcome: f.outcome,
      clauseId: f.clauseIds[0] as string,
      countyCode: f.subject.countyCode,
    });
    expect(kept[0]).toBe(f);
    expect(kept.every((k) => k.severity === f.severity && k.outcome === f.outcome)).toBe(true);
  });

  it('groups in code order with one header per group and every finding once', () => {
    const rows = findingsRows(findings, 'division');
    const headers = rows.filter((r) => r.kind === 'group');
    expect(headers.map((h) => (h.kind === 'group' ? h.groupKey : ''))).toEqual(
      filterOptions(findings).countyCodes,
    );
    expect(rows.length).toBe(findings.length + headers.length);
  });
});
