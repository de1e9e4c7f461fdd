import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskDeep } from './mask';

const ID = '11010519491231002X';
const PHONE = '13812345678';

describe('maskDeep', () => {
  it('masks ID and phone numbers in every string, at any depth', () => {
    const masked = maskDeep({
      message: { 'zh-CN': `投诉人电话 ${PHONE}`, en: `ID ${ID}` },
      evidence: [{ observed: ID }],
      n: 12,
    });
    const text = JSON.stringify(masked);
    expect(text).not.toContain(PHONE);
    expect(text).not.toContain(ID);
    expect(masked.n).toBe(12);
  });

  it('leaves pack hashes and enterprise credit codes alone', () => {
    const hash = '1234567890123456789012345678901234567890123456789012345678901234';
    const value = { pack: { hash }, uscc: '913505020170670921', subcontractorUsccs: ['913505020170670921'] };
    expect(maskDeep(value)).toEqual(value);
  });

  it('is idempotent and keeps the shape', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const once = maskDeep(value);
        expect(maskDeep(once)).toEqual(once);
        expect(JSON.stringify(Object.keys(once ?? {}))).toBe(JSON.stringify(Object.keys(value ?? {})));
      }),
    );
  });

  it('never lets an 11-digit mobile number through', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^1[3-9][0-9]{9}$/), fc.string(), (phone, text) => {
        expect(
          JSON.stringify(maskDeep({ text: ` ${phone} ${text.replace(/[0-9０-９]/g, '')}` })),
        ).not.toContain(phone);
      }),
    );
  });
});
