import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CalendarError } from '../calendar';
import { occurrences } from './occurrences';
import { reportingCalendar } from './reporting-calendar';
import { resolveDeadline } from './resolve-deadline';

const seed = readFileSync(new URL('./__fixtures__/campaign-documents.txt', import.meta.url), 'utf8');

// PI.Q1 “应于每月23日前…报送市住建局；12月15日前，报送整治工作总结”; WG.Q1 “于每月23日…报送…；12月15日前报送…”.
describe('reportingCalendar (PI.Q1, WG.Q1)', () => {
  it('lists the 23rd of July to November and 15 December, for both campaigns, in date order', () => {
    expect(reportingCalendar(2023).map((d) => [d.clauseId, d.kind, d.period, d.dueOn])).toEqual([
      ['PI.Q1', 'monthly-report', '2023-07', '2023-07-23'],
      ['WG.Q1', 'monthly-report', '2023-07', '2023-07-23'],
      ['PI.Q1', 'monthly-report', '2023-08', '2023-08-23'],
      ['WG.Q1', 'monthly-report', '2023-08', '2023-08-23'],
      ['PI.Q1', 'monthly-report', '2023-09', '2023-09-23'],
      ['WG.Q1', 'monthly-report', '2023-09', '2023-09-23'],
      ['PI.Q1', 'monthly-report', '2023-10', '2023-10-23'],
      ['WG.Q1', 'monthly-report', '2023-10', '2023-10-23'],
      ['PI.Q1', 'monthly-report', '2023-11', '2023-11-23'],
      ['WG.Q1', 'monthly-report', '2023-11', '2023-11-23'],
      ['PI.Q1', 'year-end-summary', '2023', '2023-12-15'],
      ['WG.Q1', 'year-end-summary', '2023', '2023-12-15'],
    ]);
  });

  it('quotes the campaign documents verbatim', () => {
    for (const d of reportingCalendar(2023)) {
      expect(seed.includes(d.sourceText), d.sourceText).toBe(true);
      expect(d.sourceText.includes(d.deadlineText.replace(/^于/, ''))).toBe(true);
    }
  });

  it('agrees with resolveDeadline and occurrences on its own deadline texts', () => {
    const monthly = reportingCalendar(2023).filter((d) => d.kind === 'monthly-report');
    for (const clauseId of ['PI.Q1', 'WG.Q1'] as const) {
      const mine = monthly.filter((d) => d.clauseId === clauseId);
      const text = mine[0]?.deadlineText ?? '';
      expect(occurrences(resolveDeadline(text, 2023), 2023, '2023-07-01', '2023-11-30')).toEqual(
        mine.map((d) => d.dueOn),
      );
    }
    expect(resolveDeadline('12月15日前', 2023)).toMatchObject({ kind: 'by', date: '2023-12-15' });
  });

  it('follows the campaign start and the year', () => {
    const later = reportingCalendar(2024, { campaignStart: '2024-10-08' });
    expect(later.map((d) => d.dueOn)).toEqual([
      '2024-10-23',
      '2024-10-23',
      '2024-11-23',
      '2024-11-23',
      '2024-12-15',
      '2024-12-15',
    ]);
    expect(reportingCalendar(2023, { campaignStart: '2023-12-01' }).map((d) => d.kind)).toEqual([
      'year-end-summary',
      'year-end-summary',
    ]);
  });

  it('throws CalendarError on an invalid year (misuse)', () => {
    expect(() => reportingCalendar(0)).toThrow(CalendarError);
  });
});
