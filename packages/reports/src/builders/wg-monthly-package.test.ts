import { describe, expect, it } from 'vitest';
import { AS_OF, COUNTY, fixture } from './__fixtures__/dataset';
import { expectSoundDocument, golden, section } from './__fixtures__/expect-document';
import { buildWgMonthlyPackage } from './wg-monthly-package';

const options = { divisionCode: COUNTY, month: '2023-11', asOf: AS_OF };

describe('buildWgMonthlyPackage (WG.Q1)', () => {
  const { dataset, result, ids } = fixture();
  const doc = buildWgMonthlyPackage(dataset, result, options);

  it('matches the golden file', async () => {
    await expect(golden(doc)).toMatchFileSnapshot('./__fixtures__/golden/wg-monthly-package.json');
  });

  it('keeps the contract, cites WG.Q1 and leaks no personal data', () => {
    expectSoundDocument(doc, dataset);
    expect(doc.meta).toMatchObject({ campaign: 'wages', dueOn: '2023-11-23', period: '2023-11' });
    expect(doc.meta.clauseIds).toContain('WG.Q1');
  });

  it('has progress, work ledger, clue ledger, typical cases and the county task list', () => {
    expect(doc.sections.map((s) => s.id)).toEqual([
      'progress',
      'work-ledger',
      'clue-ledger',
      'typical-cases',
      'task-progress',
    ]);
    expect(section(doc, 'task-progress', 'table').rows).toHaveLength(19);
  });

  it('puts the month’s screenings and site checks of the county in the work ledger, by date', () => {
    const work = section(doc, 'work-ledger', 'table');
    const dates = work.rows.map((r) => r.date as string);
    expect(dates).toEqual([...dates].sort());
    expect(dates.every((d) => d.startsWith('2023-11'))).toBe(true);
    const screening = work.rows.find((r) => r.date === '2023-11-03' && r.result === '发现问题');
    expect(screening?.people).toBe('陈**（136****2222）');
    expect(work.rows.some((r) => r.work === '在建项目现场核查')).toBe(true);
  });

  it('lists the wage problems and the failed wage findings as clues', () => {
    const clues = section(doc, 'clue-ledger', 'table');
    const problemIds = clues.rows.filter((r) => String(r.id).startsWith('PB-')).map((r) => r.id);
    expect(problemIds).toEqual(['PB-FX-WG-1', 'PB-FX-WG-2']);
    expect(clues.rows.find((r) => r.id === 'PB-FX-WG-1')?.description).toContain('350582********1234');
    expect(clues.rows.every((r) => !String(r.id).startsWith('PI-'))).toBe(true);
    const rows = clues.rows.filter((r) => r.status === 'to-verify');
    expect(rows.every((r) => String(r.id).startsWith('WG-'))).toBe(true);
    expect(ids.project).toBeTruthy();
  });
});
