import type { Finding, Outcome } from '@rectify/rules';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../__fixtures__/axe';
import { projectComplianceFixture } from '../__fixtures__/index';
import { ProjectCompliance } from './project-compliance';
import { warningFromFindings } from './project-warning';

const t = (zh: string, en: string) => ({ 'zh-CN': zh, en });
const project = {
  id: 'PJ1',
  name: '鲤城区江南市政道路工程',
  status: 'under-construction' as const,
  divisionCode: '350502',
  builder: { uscc: '1235050208250H768K', name: '鲤城区城市建设服务中心' },
  generalContractor: { uscc: '91350583MA28630257', name: '福建兴信建筑工程有限公司' },
};

function finding(ruleId: string, outcome: Outcome, extra: Partial<Finding> = {}): Finding {
  return {
    id: `${ruleId}|project:PJ1${extra.period ? `|${extra.period}` : ''}`,
    ruleId,
    ruleVersion: '1.0.0',
    pack: { id: 'wages', version: '0.1.0', hash: 'x' },
    clauseIds: ['WG.M2'],
    subject: {
      kind: extra.period ? 'project-month' : 'project',
      id: 'PJ1',
      divisionCode: '350502',
      countyCode: '350502',
    },
    outcome,
    severity: 'major',
    evidence: [],
    responsible: {},
    message: t('消息', 'message'),
    remediation: t('整改', 'fix'),
    why: [],
    ...extra,
  };
}

// WG.M2: the institutions of wage payment, each judged by its rule; the worst month counts for monthly rules.
const findings: Finding[] = [
  finding('WG-PAYMENT-GUARANTEE', 'fail', {
    why: [{ clauseId: 'WG.F1', text: t('未提交工程款支付担保', 'no payment guarantee') }],
  }),
  finding('WG-REAL-NAME', 'pass'),
  finding('WG-WAGE-ACCOUNT', 'unknown', {
    evidence: [
      {
        pointer: '/records/constructionProject/0',
        note: t('无工资专用账户记录', 'no wage account on record'),
      },
    ],
  }),
  finding('WG-PAYROLL-ACCOUNT', 'pass', { period: '2023-08' }),
  finding('WG-PAYROLL-ACCOUNT', 'fail', {
    period: '2023-09',
    why: [{ clauseId: 'WG.F3', text: t('工资未通过专用账户代发', 'wages not paid through the account') }],
  }),
  finding('WG-EARLY-WARNING', 'fail', {
    message: t('鲤城区江南市政道路工程 欠款欠薪橙色预警', 'PJ1: arrears early warning, level orange'),
    why: [{ clauseId: 'WG.F2', text: t('建设单位拖欠工程款 ¥10,000.00', 'the builder owes ¥10,000.00') }],
  }),
  {
    ...finding('WG-WAGE-DEPOSIT', 'fail'),
    subject: { kind: 'project', id: 'PJ2', divisionCode: '350502', countyCode: '350502' },
  },
];

function item(ruleId: string): HTMLElement {
  const el = document.querySelector<HTMLElement>(`tr[data-rule="${ruleId}"]`);
  if (!el) throw new Error(`no row ${ruleId}`);
  return el;
}

describe('ProjectCompliance', () => {
  it.each([
    ['WG-PAYMENT-GUARANTEE', 'fail', '未提交工程款支付担保'],
    ['WG-REAL-NAME', 'pass', '—'],
    ['WG-WAGE-ACCOUNT', 'unknown', '无工资专用账户记录'],
    ['WG-WAGE-DEPOSIT', 'no-finding', '—'],
    ['WG-PAYROLL-ACCOUNT', 'fail', '工资未通过专用账户代发'],
  ])('shows %s as %s with its reason', (ruleId, code, note) => {
    render(<ProjectCompliance project={project} findings={findings} />);
    expect(item(ruleId).querySelector(`[data-status="${code}"]`)).not.toBeNull();
    expect(within(item(ruleId)).getAllByRole('cell')[1]).toHaveTextContent(note);
  });

  it('shows the warning level by icon and words, with its reasons', () => {
    render(<ProjectCompliance project={project} findings={findings} />);
    const badge = document.querySelector('.rk-compliance__warning [data-status="warning-orange"]');
    expect(badge).toHaveTextContent('◕橙色预警');
    expect(screen.getByRole('list', { name: '预警原因' })).toHaveTextContent('建设单位拖欠工程款 ¥10,000.00');
  });

  it('takes the warning from arrearsWarning when given', () => {
    render(
      <ProjectCompliance
        project={project}
        findings={findings}
        warning={{
          level: 'red',
          reasons: [
            { level: 'red', clauseId: 'WG.F3', text: t('工资拖欠三个月', 'three months of arrears') },
          ],
        }}
      />,
    );
    expect(document.querySelector('[data-status="warning-red"]')).toHaveTextContent('●红色预警');
    expect(screen.getByText('工资拖欠三个月')).toBeInTheDocument();
  });

  it('says the level is unknown when nothing tells it', () => {
    render(<ProjectCompliance project={project} findings={[]} />);
    expect(document.querySelector('[data-status="warning-unknown"]')).toHaveTextContent('预警等级未知');
  });

  it('reads the level from the WG-EARLY-WARNING finding', () => {
    expect(warningFromFindings(findings, 'PJ1')).toMatchObject({ level: 'orange' });
    expect(warningFromFindings([finding('WG-EARLY-WARNING', 'unknown')], 'PJ1')).toBe('unknown');
    expect(warningFromFindings(findings, 'PJ9')).toBeUndefined();
  });

  it('never shows personal data of the project', () => {
    const { project: p } = projectComplianceFixture;
    const { container } = render(<ProjectCompliance {...projectComplianceFixture} />);
    for (const person of [p.projectManager, p.chiefSupervisor, p.labourWageOfficer])
      for (const value of [person?.name, person?.phone, person?.idNumber])
        if (value) expect(container.textContent).not.toContain(value);
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(`${p.name}制度落实情况`);
  });

  it('has no controls: Tab passes it by', async () => {
    const user = userEvent.setup();
    render(<ProjectCompliance project={project} findings={findings} />);
    await user.tab();
    expect(document.body).toHaveFocus();
  });

  it('speaks English', () => {
    render(<ProjectCompliance project={project} findings={findings} lang="en" />);
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('wage-payment institutions');
    expect(within(item('WG-REAL-NAME')).getByText('Pass')).toBeInTheDocument();
    expect(document.querySelector('[data-status="warning-orange"]')).toHaveTextContent('Orange warning');
  });

  it('has no axe violations', async () => {
    const { container } = render(<ProjectCompliance {...projectComplianceFixture} />);
    expect(await axeViolations(container)).toEqual([]);
  });
});
