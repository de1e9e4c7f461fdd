import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { axeViolations } from '../__fixtures__/axe';
import {
  disclosureBoardFixture,
  handmadeCommunity,
  handmadeDisclosure,
  longTextFixture,
} from '../__fixtures__/index';
import { DisclosureBoard, type PrintRequest } from './disclosure-board';

describe('DisclosureBoard', () => {
  it('shows the notice as owners see it: title, company, posting and end dates', () => {
    render(<DisclosureBoard disclosure={handmadeDisclosure} community={handmadeCommunity} />);
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(
      '刺桐花园小区2023年第二季度公共收益收支情况公示',
    );
    expect(screen.getByText('泉州市示范物业服务有限公司')).toBeInTheDocument();
    expect(screen.getByText('2023年7月10日')).toBeInTheDocument();
    // Civil Code art. 201: 30 days from the day after posting.
    expect(screen.getByText('2023年8月9日')).toBeInTheDocument();
    expect(screen.getByText('南大门人行入口公示栏')).toBeInTheDocument();
    expect(screen.getByRole('table', { name: '2023年第二季度公共收益收支明细' })).toBeInTheDocument();
    expect(screen.getByText('¥1,234.56')).toBeInTheDocument();
  });

  it('shows the complaint numbers as telephone links', () => {
    render(<DisclosureBoard disclosure={handmadeDisclosure} community={handmadeCommunity} />);
    expect(screen.getByRole('link', { name: '0595-22180000' })).toHaveAttribute('href', 'tel:059522180000');
    expect(screen.getByRole('link', { name: '12345' })).toHaveAttribute('href', 'tel:12345');
  });

  it('shows a generated disclosure with its community', () => {
    const { disclosure, community } = disclosureBoardFixture;
    render(<DisclosureBoard disclosure={disclosure} community={community} />);
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(
      `${community.name}2023年第二季度公共收益收支情况公示`,
    );
    expect(screen.getByText(community.companyName)).toBeInTheDocument();
  });

  it('hands the print document to onPrint, and prints it itself unless told not to', async () => {
    const user = userEvent.setup();
    const requests: PrintRequest[] = [];
    const onPrint = vi.fn((r: PrintRequest) => {
      requests.push(r);
      return false;
    });
    const { rerender } = render(
      <DisclosureBoard
        disclosure={handmadeDisclosure}
        community={handmadeCommunity}
        paper="A3"
        onPrint={onPrint}
      />,
    );
    await user.click(screen.getByRole('button', { name: '打印公示（A3）' }));
    expect(requests[0]).toMatchObject({
      paper: 'A3',
      lang: 'zh-CN',
      disclosureId: 'QD-DEMO-2023Q2',
      communityId: 'CM-DEMO',
    });
    expect(requests[0]?.html).toContain('@page { size: A3 portrait;');
    expect(document.querySelector('iframe[data-rectify-print]')).toBeNull();

    rerender(<DisclosureBoard disclosure={handmadeDisclosure} community={handmadeCommunity} />);
    await user.click(screen.getByRole('button', { name: '打印公示（A4）' }));
    const frame = document.querySelector<HTMLIFrameElement>('iframe[data-rectify-print]');
    expect(frame).not.toBeNull();
    expect(frame?.getAttribute('aria-hidden')).toBe('true');
    expect(frame?.srcdoc).toContain('刺桐花园小区2023年第二季度公共收益收支情况公示');
    frame?.remove();
  });

  it('prints from the keyboard: Tab to the print button, Enter', async () => {
    const user = userEvent.setup();
    const onPrint = vi.fn(() => false);
    render(
      <DisclosureBoard disclosure={handmadeDisclosure} community={handmadeCommunity} onPrint={onPrint} />,
    );
    await user.tab();
    expect(screen.getByRole('button', { name: '打印公示（A4）' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onPrint).toHaveBeenCalledTimes(1);
  });

  it('switches the statement to 万元 and keeps the unit for the printout', async () => {
    const user = userEvent.setup();
    const onPrint = vi.fn((_: PrintRequest) => false);
    render(
      <DisclosureBoard disclosure={handmadeDisclosure} community={handmadeCommunity} onPrint={onPrint} />,
    );
    await user.click(screen.getByRole('button', { name: '万元' }));
    expect(screen.getByRole('columnheader', { name: '金额（万元）' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /打印公示/ }));
    expect(onPrint.mock.calls[0]?.[0].html).toContain('金额（万元）');
  });

  it('speaks English', () => {
    render(
      <DisclosureBoard
        disclosure={handmadeDisclosure}
        community={{ ...handmadeCommunity, name: 'Citong Garden' }}
        lang="en"
      />,
    );
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(
      'Citong Garden: public income and expenditure, Q2 2023',
    );
    expect(screen.getByText('10 July 2023')).toBeInTheDocument();
    expect(screen.getByText('9 August 2023')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Print notice (A4)' })).toBeInTheDocument();
  });

  it('says when the notice is not posted yet and has no complaint number', () => {
    render(
      <DisclosureBoard
        disclosure={{ ...handmadeDisclosure, postings: [], complaintContacts: [] }}
        community={handmadeCommunity}
      />,
    );
    expect(screen.getByText('尚未公示')).toBeInTheDocument();
    expect(screen.getByText('未载明投诉电话')).toBeInTheDocument();
  });

  it.each([
    ['default', disclosureBoardFixture],
    ['long text', longTextFixture],
  ])('has no axe violations (%s)', async (_, props) => {
    const { container } = render(<DisclosureBoard {...props} />);
    expect(await axeViolations(container)).toEqual([]);
  });
});
