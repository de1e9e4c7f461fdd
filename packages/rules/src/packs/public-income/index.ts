import { definePack } from '../../engine/pack';
import type { Rule } from '../../engine/types';
import { arithmeticRule } from './rules/arithmetic';
import { auditRectificationRule } from './rules/audit-rectification';
import { auditRequiredRule } from './rules/audit-required';
import { boardRule } from './rules/board';
import { commonPartDecisionRule } from './rules/common-part-decision';
import { complaintHandlingRule } from './rules/complaint-handling';
import { disclosureChannelsRule } from './rules/disclosure-channels';
import { disclosureDeadlineRule } from './rules/disclosure-deadline';
import { displayDurationRule } from './rules/display-duration';
import { distributionRatioRule } from './rules/distribution-ratio';
import { expenseAuthorisedRule } from './rules/expense-authorised';
import { filingsAgreeRule } from './rules/filings-agree';
import { incomeBookedRule } from './rules/income-booked';
import { itemsCompleteRule } from './rules/items-complete';
import { matchesAccountsRule } from './rules/matches-accounts';
import { operatingCostRule } from './rules/operating-cost';
import { problemHandlingRule } from './rules/problem-handling';
import { repairCostsRule } from './rules/repair-costs';
import { selfInspectionRule } from './rules/self-inspection';
import { separateAccountRule } from './rules/separate-account';
import { surplusDepositedRule } from './rules/surplus-deposited';

/** Every rule of the public-income pack (附件1), in clause order. Reading this list tells you the whole pack. */
export const PUBLIC_INCOME_RULES: readonly Rule[] = [
  boardRule as Rule,
  disclosureDeadlineRule as Rule,
  disclosureChannelsRule as Rule,
  filingsAgreeRule as Rule,
  displayDurationRule as Rule,
  itemsCompleteRule as Rule,
  arithmeticRule as Rule,
  matchesAccountsRule as Rule,
  separateAccountRule as Rule,
  expenseAuthorisedRule as Rule,
  incomeBookedRule as Rule,
  distributionRatioRule as Rule,
  surplusDepositedRule as Rule,
  commonPartDecisionRule as Rule,
  repairCostsRule as Rule,
  operatingCostRule as Rule,
  complaintHandlingRule as Rule,
  problemHandlingRule as Rule,
  selfInspectionRule as Rule,
  auditRequiredRule as Rule,
  auditRectificationRule as Rule,
];

/** The public-income rule pack (附件1: 整治物业服务企业侵占业主公共收益…). */
export const publicIncomePack = definePack('public-income', '0.1.0', 'public-income', PUBLIC_INCOME_RULES);
