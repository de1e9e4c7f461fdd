import { describe, expect, it } from 'vitest';
import { formatPeriod, formatPeriodEn, formatPeriodZh, isPeriod } from './period';

describe('periods', () => {
  it.each([
    ['2023Q1', '2023年第一季度', 'Q1 2023'],
    ['2023Q2', '2023年第二季度', 'Q2 2023'],
    ['2023Q3', '2023年第三季度', 'Q3 2023'],
    ['2023Q4', '2023年第四季度', 'Q4 2023'],
    ['2023-07', '2023年7月', 'July 2023'],
    ['2023-12', '2023年12月', 'December 2023'],
    ['2023', '2023年', '2023'],
  ])('%s → %s / %s', (period, zh, en) => {
    expect(isPeriod(period)).toBe(true);
    expect(formatPeriodZh(period)).toBe(zh);
    expect(formatPeriodEn(period)).toBe(en);
    expect(formatPeriod(period, 'zh-CN')).toBe(zh);
    expect(formatPeriod(period, 'en')).toBe(en);
  });

  it.each(['2023Q5', '2023Q0', '2023-13', '2023-7', '23', '2023-07-31', '2023q2', ''])(
    'rejects %j',
    (period) => {
      expect(isPeriod(period)).toBe(false);
      expect(() => formatPeriodZh(period)).toThrow(expect.objectContaining({ code: 'INVALID_VALUE' }));
      expect(() => formatPeriodEn(period)).toThrow(expect.objectContaining({ code: 'INVALID_VALUE' }));
    },
  );
});
