import type { RightsBoard } from '@rectify/schemas';
import { RIGHTS_BOARD_ITEMS } from '@rectify/schemas';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../__fixtures__/axe';
import { wageRightsBoardFixture } from '../__fixtures__/index';
import { latestBoard } from './latest-board';
import { RIGHTS_BOARD_ITEM_CODES } from './rights-board-items';
import { WageRightsBoard } from './wage-rights-board';

// Wage payment regulations art. 34: the nine items of the rights-information board.
const board: RightsBoard = {
  id: 'RB-1',
  projectId: 'PJ1',
  checkedOn: '2023-09-03',
  present: true,
  items: RIGHTS_BOARD_ITEMS.filter((i) => i !== 'legal-aid-channel' && i !== 'pay-day'),
  minimumWage: 203_000,
  payDay: 15,
  evidence: [],
};

function item(code: string): Element | null {
  return document.querySelector(`tr[data-item="${code}"] [data-status]`);
}

describe('RIGHTS_BOARD_ITEM_CODES', () => {
  it('are the art. 34 items of the schemas, in order', () => {
    expect([...RIGHTS_BOARD_ITEM_CODES]).toEqual([...RIGHTS_BOARD_ITEMS]);
  });
});

describe('WageRightsBoard', () => {
  it('shows each art. 34 item present or missing by icon and words', () => {
    render(<WageRightsBoard board={board} project={{ id: 'PJ1', name: '江南市政道路工程' }} />);
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('江南市政道路工程：维权信息告示牌');
    expect(item('legal-aid-channel')).toHaveTextContent('✗缺失');
    expect(item('pay-day')).toHaveTextContent('✗缺失');
    expect(item('parties')).toHaveTextContent('✓已公示');
    expect(document.querySelectorAll('tr[data-item]')).toHaveLength(9);
    expect(screen.getByText('已公示 7 项，共 9 项')).toBeInTheDocument();
    expect(screen.getByText('¥2,030.00')).toBeInTheDocument();
    expect(screen.getByText('每月15日')).toBeInTheDocument();
  });

  it('shows every item missing when the board is not up', () => {
    render(<WageRightsBoard board={{ ...board, present: false }} />);
    expect(document.querySelector('[data-status="board-absent"]')).toHaveTextContent('未设立');
    expect(screen.getByText('已公示 0 项，共 9 项')).toBeInTheDocument();
  });

  it('shows the latest observation of the project on or before asOf', () => {
    const older = { ...board, id: 'RB-0', checkedOn: '2023-08-01', items: [...RIGHTS_BOARD_ITEMS] };
    const later = { ...board, id: 'RB-2', checkedOn: '2023-12-01', items: [...RIGHTS_BOARD_ITEMS] };
    const other = { ...board, id: 'RB-9', projectId: 'PJ2', checkedOn: '2023-10-01' };
    expect(latestBoard([older, board, later, other], { projectId: 'PJ1', asOf: '2023-11-30' })?.id).toBe(
      'RB-1',
    );
    render(
      <WageRightsBoard boards={[older, board, later]} project={{ id: 'PJ1', name: 'P' }} asOf="2023-11-30" />,
    );
    expect(screen.getByText('2023-09-03')).toBeInTheDocument();
  });

  it('says when the board was never checked', () => {
    render(<WageRightsBoard boards={[]} />);
    expect(screen.getByText('无告示牌核查记录。')).toBeInTheDocument();
  });

  it('has no controls: Tab passes it by', async () => {
    const user = userEvent.setup();
    render(<WageRightsBoard {...wageRightsBoardFixture} />);
    await user.tab();
    expect(document.body).toHaveFocus();
  });

  it('speaks English', () => {
    render(<WageRightsBoard board={board} lang="en" />);
    expect(item('legal-aid-channel')).toHaveTextContent('Missing');
    expect(screen.getByText('7 of 9 items shown')).toBeInTheDocument();
  });

  it('has no axe violations', async () => {
    const { container } = render(<WageRightsBoard {...wageRightsBoardFixture} />);
    expect(await axeViolations(container)).toEqual([]);
  });
});
