import { describe, expect, it } from 'vitest';
import type { ColumnType } from '../document';
import { formatCell } from './cell';
import { STATUS_LABELS, statusText, UNKNOWN_STATUS_ICON } from './index';

describe('formatCell', () => {
  it.each<[ColumnType, string | number | boolean | null, 'zh-CN' | 'en', 'table' | 'notice', string]>([
    ['money', 123_456, 'zh-CN', 'table', '¥1,234.56'],
    ['money-wan', 1_234_567, 'zh-CN', 'table', '1.23'],
    ['integer', 1234, 'en', 'table', '1,234'],
    ['ratio', 0.5, 'en', 'table', '50.00%'],
    ['date', '2023-07-31', 'zh-CN', 'table', '2023-07-31'],
    ['date', '2023-07-31', 'zh-CN', 'notice', '2023年7月31日'],
    ['date', '2023-07-31', 'en', 'notice', '31 July 2023'],
    ['status', 'fail', 'zh-CN', 'table', '✗ 不合格'],
    ['status', 'fail', 'en', 'table', '✗ Fail'],
    ['status', 'mystery', 'en', 'table', `${UNKNOWN_STATUS_ICON} mystery`],
    ['text', true, 'zh-CN', 'table', '是'],
    ['text', false, 'en', 'table', 'No'],
    ['code', 12, 'zh-CN', 'table', '12'],
    ['text', 'a\nb', 'zh-CN', 'table', 'a\nb'],
    ['money', null, 'zh-CN', 'table', ''],
  ])('%s %j (%s, %s) → %j', (type, value, lang, context, text) => {
    expect(formatCell(value, { type }, { lang, context })).toBe(text);
  });

  it('throws on a value that does not fit the column', () => {
    expect(() => formatCell('12', { type: 'money' })).toThrow(
      expect.objectContaining({ code: 'INVALID_VALUE' }),
    );
    expect(() => formatCell('2023-02-30', { type: 'date' })).toThrow(
      expect.objectContaining({ code: 'INVALID_VALUE' }),
    );
  });
});

describe('statusText', () => {
  it('has an icon and both texts for every built-in status', () => {
    for (const [code, label] of Object.entries(STATUS_LABELS)) {
      expect([...label.icon], code).toHaveLength(1);
      expect(label.label['zh-CN'], code).not.toBe('');
      expect(label.label.en, code).not.toBe('');
    }
  });

  it('prefers the column labels, and never reads inherited properties', () => {
    const own = { pass: { icon: '★', label: { 'zh-CN': '优秀', en: 'Excellent' } } };
    expect(statusText('pass', 'zh-CN', own)).toEqual({ icon: '★', text: '优秀' });
    expect(statusText('toString', 'en')).toEqual({ icon: UNKNOWN_STATUS_ICON, text: 'toString' });
    expect(statusText('__proto__', 'en', own)).toEqual({ icon: UNKNOWN_STATUS_ICON, text: '__proto__' });
  });
});
