import { describe, expect, it } from 'vitest';
import { AS_OF, COUNTY, fixture } from './__fixtures__/dataset';
import { expectSoundDocument, golden, section } from './__fixtures__/expect-document';
import { buildPiMonthlyPackage } from './pi-monthly-package';
import { ReportBuildError } from './report-build-error';

const options = { divisionCode: COUNTY, month: '2023-11', asOf: AS_OF };

describe('buildPiMonthlyPackage (PI.Q1)', () => {
  const { dataset, result } = fixture();
  const doc = buildPiMonthlyPackage(dataset, result, options);

  it('matches the golden file', async () => {
    await expect(golden(doc)).toMatchFileSnapshot('./__fixtures__/golden/pi-monthly-package.json');
  });

  it('keeps the contract, cites PI.Q1 and leaks no personal data', () => {
    expectSoundDocument(doc, dataset);
    expect(doc.meta.clauseIds).toContain('PI.Q1');
    expect(doc.meta.campaign).toBe('public-income');
  });

  it('is due on the 23rd of the month, from the reporting calendar', () => {
    expect(doc.meta.dueOn).toBe('2023-11-23');
    expect(buildPiMonthlyPackage(dataset, result, { ...options, month: '2023-08' }).meta.dueOn).toBe(
      '2023-08-23',
    );
    // December's report is the year-end summary (12月15日前): no monthly due date.
    expect(
      buildPiMonthlyPackage(dataset, result, { ...options, month: '2023-12' }).meta.dueOn,
    ).toBeUndefined();
  });

  it('has the five parts of PI.Q1 in order', () => {
    expect(doc.sections.map((s) => s.id)).toEqual([
      'problem-ledger',
      'authority-inspections',
      'street-inspections',
      'briefing-progress',
      'briefing-practices',
      'typical-cases',
      'task-progress',
    ]);
  });

  it('lists the problems found up to the month end, not those after asOf, then rule clues', () => {
    const ledger = section(doc, 'problem-ledger', 'table');
    const ids = ledger.rows.map((r) => r.id as string);
    expect(ids.slice(0, 3)).toEqual(['PB-FX-PI-3', 'PB-FX-PI-2', 'PB-FX-PI-1']);
    expect(ids).not.toContain('PB-FX-PI-4');
    expect(ids.filter((id) => id.startsWith('PB-FX-WG'))).toEqual([]);
    expect(ledger.rows.slice(3).every((r) => r.status === 'to-verify')).toBe(true);
    expect(ledger.rows.map((r) => r.status).slice(0, 3)).toEqual(['closed', 'overdue', 'open']);
    expect(ledger.rows[2]?.handling).toContain('2023-11-10 约谈');
  });

  it('splits the month’s inspections between the authority and the street offices', () => {
    const authority = section(doc, 'authority-inspections', 'table');
    const street = section(doc, 'street-inspections', 'table');
    expect(authority.rows.every((r) => (r.inspectedOn as string).startsWith('2023-11'))).toBe(true);
    expect(street.rows.map((r) => r.kind)).toEqual(['街道全面检查']);
    expect(street.rows[0]?.notes).toBe('物业经理电话138****8000，已当场告知整改');
  });

  it('writes the practices from task progress notes and the flagged typical cases', () => {
    const practices = section(doc, 'briefing-practices', 'paragraphs');
    expect(practices.paragraphs[0]?.['zh-CN']).toMatch(/^【PI\.X7】/);
    const cases = section(doc, 'typical-cases', 'paragraphs');
    expect(cases.paragraphs).toHaveLength(1);
    expect(cases.paragraphs[0]?.['zh-CN']).toContain('未经业主共同决定擅自使用');
  });

  it('judges the county’s task list for the month', () => {
    const tasks = section(doc, 'task-progress', 'table');
    expect(tasks.rows).toHaveLength(48);
    const x7 = tasks.rows.find((r) => r.taskId === 'PI.X7');
    expect(x7).toMatchObject({ dueOn: '2023-11-30', status: 'done' });
    expect(tasks.rows.every((r) => r.status !== 'not-due' || r.dueOn === null)).toBe(true);
  });

  it('shows personal data only when asked to', () => {
    const revealed = JSON.stringify(buildPiMonthlyPackage(dataset, result, { ...options, reveal: true }));
    expect(revealed).toContain('13812345678');
    expect(revealed).toContain('王建国');
  });

  it('writes cell words in English when asked', () => {
    const en = buildPiMonthlyPackage(dataset, result, { ...options, lang: 'en' });
    expect(section(en, 'street-inspections', 'table').rows[0]?.kind).toBe('Street full inspection');
    expect(section(en, 'problem-ledger', 'table').rows[0]?.source).toBe('Self-inspection');
  });

  it.each([
    ['a month that is not YYYY-MM', { month: '2023-13' }],
    ['a bad asOf', { asOf: '2023-11-31' }],
    ['a bad division code', { divisionCode: '3505' }],
  ])('throws INVALID_OPTION for %s', (_, patch) => {
    expect(() => buildPiMonthlyPackage(dataset, result, { ...options, ...patch })).toThrow(ReportBuildError);
  });
});
