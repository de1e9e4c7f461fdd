import { validate } from '@rectify/schemas';
import { describe, expect, it } from 'vitest';
import type { Rule } from '../engine/types';
import { builderArrearsRule } from '../packs/wages/rules/builder-arrears';
import { earlyWarningRule } from '../packs/wages/rules/early-warning';
import { labourCostTransferRule } from '../packs/wages/rules/labour-cost-transfer';
import { labourWageOfficerRule } from '../packs/wages/rules/labour-wage-officer';
import { paymentGuaranteeRule } from '../packs/wages/rules/payment-guarantee';
import { payrollThroughAccountRule } from '../packs/wages/rules/payroll-through-account';
import { realNameRule } from '../packs/wages/rules/real-name';
import { rightsBoardRule } from '../packs/wages/rules/rights-board';
import { wageAccountRule } from '../packs/wages/rules/wage-account';
import { wageArrearsRule } from '../packs/wages/rules/wage-arrears';
import { wageDepositRule } from '../packs/wages/rules/wage-deposit';
import { runRule } from './builders';
import {
  CLEAN_WAGES_AS_OF,
  CLEAN_WAGES_MONTHS,
  cleanWages,
  payrollIn,
  projectIn,
  withoutProjectRecords,
} from './wages-builders';

describe('cleanWages()', () => {
  it('is a valid dataset: no error and no warning from validate()', () => {
    const report = validate('dataset', cleanWages());
    expect(report.issues).toEqual([]);
    expect(report.counts.errors).toBe(0);
  });

  it('has two projects under construction', () => {
    const d = cleanWages();
    expect(d.records.constructionProject?.map((p) => [p.id, p.status])).toEqual([
      ['P1', 'under-construction'],
      ['P2', 'under-construction'],
    ]);
  });

  it('returns a fresh copy each time', () => {
    const a = cleanWages();
    projectIn(a).status = 'completed';
    expect(projectIn(cleanWages()).status).toBe('under-construction');
  });

  it('finds payroll lines of a project-month and removes a kind for one project', () => {
    const d = cleanWages();
    expect(payrollIn(d, 'P1', '2023-09')).toHaveLength(4);
    expect(payrollIn(d, 'P2', '2023-11')).toEqual([]);
    withoutProjectRecords(d, 'payrollLine', 'P1');
    expect(payrollIn(d, 'P1', '2023-09')).toEqual([]);
    expect(payrollIn(d, 'P2', '2023-09')).toHaveLength(3);
  });

  it('throws for a project the fixture does not have (a scenario written against the wrong fixture)', () => {
    expect(() => projectIn(cleanWages(), 'P9')).toThrow('No project P9');
  });
});

describe('cleanWages() is clean for every wages rule of this file set', () => {
  const rules = [
    paymentGuaranteeRule,
    realNameRule,
    wageAccountRule,
    wageDepositRule,
    labourWageOfficerRule,
    rightsBoardRule,
    payrollThroughAccountRule,
    labourCostTransferRule,
    builderArrearsRule,
    wageArrearsRule,
    earlyWarningRule,
  ] as Rule[];
  it.each(rules.map((r) => [r.id, r] as const))(
    '%s: pass on every due subject, pending only for the month not yet due',
    (_id, rule) => {
      const findings = runRule(rule, cleanWages(), CLEAN_WAGES_AS_OF);
      for (const f of findings) {
        const due = f.period === undefined || (CLEAN_WAGES_MONTHS as readonly string[]).includes(f.period);
        const expected = due ? 'pass' : f.period === '2023-11' ? 'pending' : 'not_applicable';
        expect(f.outcome, `${f.subject.id} ${f.period ?? ''}`).toBe(expected);
      }
      expect(findings.length).toBeGreaterThan(0);
    },
  );
});
