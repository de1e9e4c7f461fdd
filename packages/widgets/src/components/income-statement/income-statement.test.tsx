import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { createLocale } from '../../i18n/index';
import { axeViolations } from '../__fixtures__/axe';
import { disclosureBoardFixture, handmadeDisclosure } from '../__fixtures__/index';
import { IncomeStatement } from './income-statement';
import { statementRows } from './statement-rows';

// A row's accessible name is all its text: match the item at its start.
function amountOf(label: string | RegExp): string {
  const row = screen.getByRole('row', { name: typeof label === 'string' ? new RegExp(`^${label}`) : label });
  const cells = within(row).getAllByRole('cell');
  return cells[cells.length - 1]?.textContent ?? '';
}

describe('IncomeStatement', () => {
  // PI.C1.f: the statement lists exactly the lines the arithmetic reconciles, amounts from integer fen.
  it.each([
    ['期初结余', '¥1,234.56', '0.12'],
    [/停车收益/, '¥12,345.67', '1.23'],
    [/电梯轿厢广告/, '¥5,000.00', '0.50'],
    ['收入合计', '¥17,345.67', '1.73'],
    ['支出合计', '¥2,345.67', '0.23'],
    ['可分配收益', '¥15,000.00', '1.50'],
    ['物业服务企业分成', '¥4,500.00', '0.45'],
    ['归全体业主所有', '¥10,500.00', '1.05'],
    [/转存2023年第一季度结余/, '¥3,000.00', '0.30'],
    ['期末结余', '¥8,734.56', '0.87'],
  ])('shows %s as %s, and %s in 万元', async (label, yuan, wan) => {
    const user = userEvent.setup();
    render(<IncomeStatement disclosure={handmadeDisclosure} />);
    expect(amountOf(label)).toBe(yuan);
    await user.click(screen.getByRole('button', { name: '万元' }));
    expect(amountOf(label)).toBe(wan);
  });

  it('heads the amount column 金额（万元） in 万元 mode and reports the switch', async () => {
    const user = userEvent.setup();
    const onUnitChange = vi.fn();
    render(<IncomeStatement disclosure={handmadeDisclosure} onUnitChange={onUnitChange} />);
    expect(screen.getByRole('columnheader', { name: '金额' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '元' })).toHaveAttribute('aria-pressed', 'true');
    await user.click(screen.getByRole('button', { name: '万元' }));
    expect(screen.getByRole('columnheader', { name: '金额（万元）' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '万元' })).toHaveAttribute('aria-pressed', 'true');
    expect(onUnitChange).toHaveBeenCalledWith('wan');
  });

  it('switches the unit by keyboard: Tab to the toggle, Space and Enter', async () => {
    const user = userEvent.setup();
    render(<IncomeStatement disclosure={handmadeDisclosure} />);
    await user.tab();
    expect(screen.getByRole('button', { name: '元' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: '万元' })).toHaveFocus();
    await user.keyboard(' ');
    expect(amountOf('期初结余')).toBe('0.12');
    await user.keyboard('{Shift>}{Tab}{/Shift}{Enter}');
    expect(amountOf('期初结余')).toBe('¥1,234.56');
  });

  it('follows a new unit prop (an element attribute) and resets when it is removed', () => {
    const { rerender } = render(<IncomeStatement disclosure={handmadeDisclosure} unit="wan" />);
    expect(amountOf('期初结余')).toBe('0.12');
    rerender(<IncomeStatement disclosure={handmadeDisclosure} unit="yuan" />);
    expect(amountOf('期初结余')).toBe('¥1,234.56');
    rerender(<IncomeStatement disclosure={handmadeDisclosure} unit="wan" />);
    rerender(<IncomeStatement disclosure={handmadeDisclosure} />);
    expect(amountOf('期初结余')).toBe('¥1,234.56');
  });

  it('titles the quarter with the community, in Chinese and English', () => {
    const { rerender } = render(
      <IncomeStatement disclosure={handmadeDisclosure} communityName="刺桐花园小区" />,
    );
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(
      '刺桐花园小区 2023年第二季度公共收益收支明细',
    );
    rerender(<IncomeStatement disclosure={handmadeDisclosure} communityName="Citong Garden" lang="en" />);
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(
      'Citong Garden: Income and expenditure statement, Q2 2023',
    );
    expect(screen.getByRole('columnheader', { name: 'Amount' })).toBeInTheDocument();
    expect(screen.getByRole('region')).toHaveAttribute('lang', 'en');
  });

  it('lists every income and expense line of a generated disclosure', () => {
    const { disclosure } = disclosureBoardFixture;
    render(<IncomeStatement disclosure={disclosure} />);
    for (const line of [...disclosure.incomeLines, ...disclosure.expenseLines])
      expect(screen.getAllByText(line.description).length).toBeGreaterThan(0);
  });

  it('says so when a quarter has no income, expenses, distribution or transfer', () => {
    render(
      <IncomeStatement
        disclosure={{
          ...handmadeDisclosure,
          incomeLines: [],
          expenseLines: [],
          distribution: undefined,
          maintenanceFundTransfers: [],
        }}
      />,
    );
    for (const text of ['本季度无公共收益收入', '本季度无支出', '本季度未分配', '本季度无转存'])
      expect(screen.getByText(text)).toBeInTheDocument();
  });

  it('shows — for an amount that is not integer fen instead of failing', () => {
    render(<IncomeStatement disclosure={{ ...handmadeDisclosure, openingBalance: 12.5 }} />);
    expect(amountOf('期初结余')).toBe('—');
  });

  it('has no axe violations, in yuan and in 万元', async () => {
    const user = userEvent.setup();
    const { container } = render(
      <IncomeStatement disclosure={handmadeDisclosure} communityName="刺桐花园小区" />,
    );
    expect(await axeViolations(container)).toEqual([]);
    await user.click(screen.getByRole('button', { name: '万元' }));
    expect(await axeViolations(container)).toEqual([]);
  });
});

describe('statementRows', () => {
  it('keeps amounts in fen and lists sections in notice order', () => {
    const rows = statementRows(handmadeDisclosure, createLocale('zh-CN'));
    expect(rows.filter((r) => r.kind === 'section').map((r) => r.label)).toEqual([
      '收入',
      '支出',
      '收益分配',
      '结余转存维修资金专户',
    ]);
    expect(rows[0]).toMatchObject({ kind: 'total', label: '期初结余', amount: 123_456 });
    expect(rows.at(-1)).toMatchObject({ kind: 'total', label: '期末结余', amount: 873_456 });
  });
});
