import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { check } from '../../../engine/check';
import { CLEAN_WAGES_AS_OF, cleanWages } from '../../../testing/wages-builders';
import { averageAttendanceIndicator } from './average-attendance';
import { NATIONAL_ASSESSMENT_PANEL, WAGES_INDICATORS } from './index';
import { managerOnSiteIndicator } from './manager-on-site';
import { realNameUpdateIndicator } from './real-name-update';

const seed = readFileSync(
  new URL('../../../tasks/__fixtures__/campaign-documents.txt', import.meta.url),
  'utf8',
);

// WG.T1–T5, WG.M6 and the WG.S3 国考 panel (一体化平台占比、实名制更新率、项目平均上班人数、管理人员到岗率).
describe('WAGES_INDICATORS and the 国考 panel (WG.S3)', () => {
  it('has unique ids, each citing a wages clause and quoting the text verbatim', () => {
    const ids = WAGES_INDICATORS.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const def of WAGES_INDICATORS) {
      expect(def.campaign).toBe('wages');
      expect(def.clauseIds.length).toBeGreaterThan(0);
      for (const c of def.clauseIds) expect(c).toMatch(/^WG\.[A-Z][0-9]$/);
      for (const q of def.quote) expect(seed).toContain(q);
    }
  });

  it('the panel lists the four 国考 indicators in the order of the text, all of them in WAGES_INDICATORS', () => {
    expect(NATIONAL_ASSESSMENT_PANEL).toEqual([
      'GK-INTEGRATED-PLATFORM',
      'GK-REAL-NAME-UPDATE',
      'GK-AVERAGE-ON-DUTY',
      'GK-MANAGER-ON-SITE',
    ]);
    for (const id of NATIONAL_ASSESSMENT_PANEL) expect(WAGES_INDICATORS.some((d) => d.id === id)).toBe(true);
  });

  it('the panel reuses the WG.T2–T4 computations and targets rather than copies of them', () => {
    const byId = new Map(WAGES_INDICATORS.map((d) => [d.id, d]));
    for (const [gk, base] of [
      ['GK-REAL-NAME-UPDATE', realNameUpdateIndicator],
      ['GK-AVERAGE-ON-DUTY', averageAttendanceIndicator],
      ['GK-MANAGER-ON-SITE', managerOnSiteIndicator],
    ] as const) {
      const def = byId.get(gk);
      expect(def?.compute).toBe(base.compute);
      expect(def?.target).toEqual(base.target);
      expect(def?.clauseIds).toEqual(['WG.S3', ...base.clauseIds]);
    }
  });

  it('computes every indicator on the clean dataset, the panel equal to the targets it mirrors', () => {
    const result = check(cleanWages(), { asOf: CLEAN_WAGES_AS_OF, packs: [], indicators: WAGES_INDICATORS });
    const value = (id: string) => {
      const ind = result.indicators.find((i) => i.id === id);
      return ind && [ind.numerator, ind.denominator, ind.met];
    };
    expect(value('WG-GUARANTEE-COVERAGE')).toEqual([2, 2, true]);
    expect(value('GK-INTEGRATED-PLATFORM')).toEqual([2, 2, null]);
    expect(value('GK-REAL-NAME-UPDATE')).toEqual(value('WG-REAL-NAME-UPDATE'));
    expect(value('GK-AVERAGE-ON-DUTY')).toEqual(value('WG-AVERAGE-ATTENDANCE'));
    expect(value('GK-MANAGER-ON-SITE')).toEqual(value('WG-MANAGER-ON-SITE'));
    expect(value('WG-COMPLAINT-CLOSURE')).toEqual([1, 1, true]);
    expect(value('WG-PROCESS-SETTLEMENT')).toEqual([0, 1, null]);
  });

  it('parameters are given per indicator id, so the panel can be tuned on its own', () => {
    const result = check(cleanWages(), {
      asOf: CLEAN_WAGES_AS_OF,
      packs: [],
      indicators: WAGES_INDICATORS,
      parameters: { 'GK-REAL-NAME-UPDATE': { periodDays: 5 } },
    });
    const of = (id: string) => result.indicators.find((i) => i.id === id)?.numerator;
    expect(of('WG-REAL-NAME-UPDATE')).toBe(2);
    expect(of('GK-REAL-NAME-UPDATE')).toBe(0);
  });
});
