import { definePack } from '../../engine/pack';
import type { Rule } from '../../engine/types';
import { affiliationClueRule } from './rules/affiliation-clue';
import { builderArrearsRule } from './rules/builder-arrears';
import { designatedSubcontractingRule } from './rules/designated-subcontracting';
import { earlyWarningRule } from './rules/early-warning';
import { labourCostTransferRule } from './rules/labour-cost-transfer';
import { labourWageOfficerRule } from './rules/labour-wage-officer';
import { paymentGuaranteeRule } from './rules/payment-guarantee';
import { payrollThroughAccountRule } from './rules/payroll-through-account';
import { problemListRule } from './rules/problem-list';
import { realNameRule } from './rules/real-name';
import { reverseCheckRule } from './rules/reverse-check';
import { rightsBoardRule } from './rules/rights-board';
import { wageAccountRule } from './rules/wage-account';
import { wageArrearsRule } from './rules/wage-arrears';
import { wageComplaintRule } from './rules/wage-complaint';
import { wageDepositRule } from './rules/wage-deposit';

/** Every rule of the wages pack (附件2), institutions first, then arrears, then illegal contracting and oversight. */
export const WAGES_RULES: readonly Rule[] = [
  paymentGuaranteeRule as Rule,
  realNameRule as Rule,
  wageAccountRule as Rule,
  wageDepositRule as Rule,
  labourWageOfficerRule as Rule,
  rightsBoardRule as Rule,
  payrollThroughAccountRule as Rule,
  labourCostTransferRule as Rule,
  builderArrearsRule as Rule,
  wageArrearsRule as Rule,
  earlyWarningRule as Rule,
  designatedSubcontractingRule as Rule,
  reverseCheckRule as Rule,
  affiliationClueRule as Rule,
  problemListRule as Rule,
  wageComplaintRule as Rule,
];

/** The wages rule pack (附件2: 整治在建工程项目拖欠工程款、农民工工资问题). */
export const wagesPack = definePack('wages', '0.1.0', 'wages', WAGES_RULES);
