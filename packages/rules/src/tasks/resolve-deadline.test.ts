import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CalendarError } from '../calendar';
import { CAMPAIGN_TASKS } from './campaign-tasks';
import { defaultCampaignStart, resolveDeadline } from './resolve-deadline';

describe('resolveDeadline', () => {
  it.each([
    ['7月底前', 2023, { kind: 'by', date: '2023-07-31' }],
    ['7月10日前', 2023, { kind: 'by', date: '2023-07-10' }],
    ['7月20日前', 2023, { kind: 'by', date: '2023-07-20' }],
    ['6月底前', 2023, { kind: 'by', date: '2023-06-30' }],
    ['8月底前', 2023, { kind: 'by', date: '2023-08-31' }],
    ['9月底前', 2023, { kind: 'by', date: '2023-09-30' }],
    ['10月底前', 2023, { kind: 'by', date: '2023-10-31' }],
    ['11月底前', 2023, { kind: 'by', date: '2023-11-30' }],
    ['2月底前', 2024, { kind: 'by', date: '2024-02-29' }],
    ['2月底前', 2100, { kind: 'by', date: '2100-02-28' }],
    ['2月29日前', 2000, { kind: 'by', date: '2000-02-29' }],
    ['12月15日前', 2023, { kind: 'by', date: '2023-12-15' }],
    ['每月30日前', 2023, { kind: 'monthly', day: 30 }],
    ['每月25日前', 2023, { kind: 'monthly', day: 25 }],
    ['每月23日前', 2023, { kind: 'monthly', day: 23 }],
    ['于每月23日', 2023, { kind: 'monthly', day: 23 }],
    ['持续推进至12月底', 2023, { kind: 'continuous', until: '2023-12-31' }],
    ['持续推进至12月底', 2024, { kind: 'continuous', until: '2024-12-31' }],
    [' 7月底前 ', 2023, { kind: 'by', date: '2023-07-31' }],
    ['2月29日前', 2023, { kind: 'unresolved' }],
    ['2月30日前', 2024, { kind: 'unresolved' }],
    ['13月底前', 2023, { kind: 'unresolved' }],
    ['每月32日前', 2023, { kind: 'unresolved' }],
    ['７月底前', 2023, { kind: 'unresolved' }],
    ['尽快', 2023, { kind: 'unresolved' }],
    ['', 2023, { kind: 'unresolved' }],
  ] as const)('%j in %i → %j', (text, year, expected) => {
    expect(resolveDeadline(text, year)).toEqual({ ...expected, text });
  });

  it('reads the deadline of every task of the three lists', () => {
    for (const task of CAMPAIGN_TASKS) {
      expect(resolveDeadline(task.deadlineText, 2023).kind, task.id).not.toBe('unresolved');
    }
  });

  it('never throws on the text, and keeps it', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 1, max: 9999 }), (text, year) => {
        expect(resolveDeadline(text, year).text).toBe(text);
      }),
    );
  });

  it('throws CalendarError on an invalid campaign year (misuse)', () => {
    expect(() => resolveDeadline('7月底前', 2023.5)).toThrow(CalendarError);
    expect(() => resolveDeadline('7月底前', 0)).toThrow(CalendarError);
  });

  it('starts the campaign on 1 July by default', () => {
    expect(defaultCampaignStart(2023)).toBe('2023-07-01');
  });
});
