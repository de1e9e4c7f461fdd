import type { StatusLabel } from '../document';

const label = (icon: string, zh: string, en: string): StatusLabel => ({ icon, label: { 'zh-CN': zh, en } });

/** How a problem (clue) of a ledger stands: see `problemStatus`. */
export const PROBLEM_STATUSES: Readonly<Record<string, StatusLabel>> = {
  closed: label('✓', '已办结', 'Closed'),
  rectified: label('✓', '已整改', 'Rectified'),
  open: label('◐', '整改中', 'Being rectified'),
  overdue: label('✗', '逾期未整改', 'Overdue'),
  'to-verify': label('？', '待核查', 'To verify'),
};

/** WG.M1 三个到位: rectification, handling and accountability all in place, or not yet. */
export const IN_PLACE_STATUSES: Readonly<Record<string, StatusLabel>> = {
  'in-place': label('✓', '三个到位', 'All three in place'),
  open: label('◐', '推进中', 'In progress'),
  overdue: label('✗', '逾期未到位', 'Overdue'),
};

/** Whether a division meets a campaign target. */
export const TARGET_STATUSES: Readonly<Record<string, StatusLabel>> = {
  met: label('✓', '达标', 'Met'),
  'not-met': label('✗', '未达标', 'Not met'),
  'no-data': label('？', '无数据', 'No data'),
  'no-target': label('–', '无量化目标', 'No numeric target'),
};

/** A county marked for an interview (约谈) in the city bulletin, or not. */
export const LAGGING_STATUSES: Readonly<Record<string, StatusLabel>> = {
  lagging: label('⚠', '约谈候选', 'Interview candidate'),
  ok: label('–', '—', '—'),
};

/** How inspectors were assigned to a sampled community (`SamplingPick.assignment`). */
export const ASSIGNMENT_STATUSES: Readonly<Record<string, StatusLabel>> = {
  assigned: label('✓', '已分派', 'Assigned'),
  partial: label('⚠', '人员不足', 'Partly assigned'),
  unassigned: label('✗', '未分派', 'Unassigned'),
};

/** A community's standing toward the year's third-party audit (`AuditCommunityPlan.status`), PI.M5. */
export const AUDIT_PLAN_STATUSES: Readonly<Record<string, StatusLabel>> = {
  required: label('●', '须审计', 'Audit required'),
  'owner-commissioned': label('◆', '业主方委托审计', 'Commissioned by owners'),
  exempt: label('○', '可不纳入审计', 'May be left out'),
};

/** How an audit on record stands: reported without problems, rectified, being rectified or overdue. */
export const AUDIT_STATUSES: Readonly<Record<string, StatusLabel>> = {
  'no-problem': label('✓', '未发现问题', 'No problem found'),
  rectified: label('✓', '已整改', 'Rectified'),
  open: label('◐', '整改中', 'Being rectified'),
  overdue: label('✗', '逾期未整改', 'Overdue'),
  'not-reported': label('◷', '审计中', 'Under audit'),
};
