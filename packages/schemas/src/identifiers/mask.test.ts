import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MASK_CHARACTER, maskAccount, maskName, maskPhone, maskResidentId, maskText } from './mask';
import { completeResidentId } from './resident-id';

const MASKERS = { maskResidentId, maskPhone, maskName, maskAccount } as const;

/**
 * Asserts that `output` is `input` (trimmed unless `trim` is false) with some code points replaced by `*`,
 * and returns the number of code points that stayed visible, separators excluded.
 */
function visibleCount(input: string, output: string, separators = '', trim = true): number {
  const before = Array.from(trim ? input.trim() : input);
  const after = Array.from(output);
  expect(after).toHaveLength(before.length);
  let visible = 0;
  after.forEach((c, i) => {
    if (c !== MASK_CHARACTER) {
      expect(c).toBe(before[i]);
      if (!separators.includes(c)) visible++;
    }
  });
  return visible;
}

const anyText = fc.string({ unit: 'binary', maxLength: 40 });
const digitChar = fc.constantFrom(...'0123456789');
const digits = (n: number) => fc.array(digitChar, { minLength: n, maxLength: n }).map((a) => a.join(''));
/** Strings built from the characters phone and ID numbers are made of, to reach the interesting shapes. */
const numberish = fc.string({ unit: fc.constantFrom(...'0123456789*+-() Xx８６１３'), maxLength: 22 });
const mobile = fc
  .tuple(fc.constantFrom(...'3456789'), digits(9))
  .map(([second, rest]) => `1${second}${rest}`);

describe.each(Object.entries(MASKERS))('%s', (_name, mask) => {
  it.each(['', ' ', '\t\u3000'])('returns the empty string for %j', (value) => {
    expect(mask(value)).toBe('');
  });

  it('returns the empty string for a non-string from untyped callers instead of throwing', () => {
    expect(mask(undefined as unknown as string)).toBe('');
  });

  it('only replaces characters by * and is idempotent (property)', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, numberish), (value) => {
        const once = mask(value);
        visibleCount(value, once);
        expect(mask(once)).toBe(once);
      }),
      { numRuns: 500 },
    );
  });
});

describe('maskResidentId', () => {
  it.each([
    ['350502199001011234', '350502********1234'],
    ['11010519491231002X', '110105********002X'],
    [' 440524188001010014 ', '440524********0014'],
    ['350502900101123', '350502******123'],
    ['350502********123X', '350502********123X'],
    ['3505021990', '**********'],
    ['1', '*'],
  ])('%j → %j', (value, expected) => {
    expect(maskResidentId(value)).toBe(expected);
  });

  it('shows at most the address code and the last 4 characters (property)', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, numberish), (value) => {
        expect(visibleCount(value, maskResidentId(value))).toBeLessThanOrEqual(10);
      }),
    );
  });

  it('hides the birth date of every valid number (property)', () => {
    fc.assert(
      fc.property(digits(17), (first17) => {
        const id = completeResidentId(first17);
        expect(maskResidentId(id)).toBe(`${id.slice(0, 6)}********${id.slice(14)}`);
      }),
    );
  });
});

describe('maskPhone', () => {
  it.each([
    ['13812345678', '138****5678'],
    ['138 1234 5678', '138 **** 5678'],
    ['138-1234-5678', '138-****-5678'],
    ['+8613812345678', '+86138****5678'],
    ['+86 138-1234-5678', '+86 138-****-5678'],
    ['0086 13812345678', '0086 138****5678'],
    ['0595-22345678', '0595-2****678'],
    ['0595-2234567', '0595-2***567'],
    ['059522345678', '05952****678'],
    ['(0595)22345678', '(0595)2****678'],
    ['010-62345678', '010-6****678'],
    ['+86 0595-22345678', '+86 0595-2****678'],
    ['22345678', '2****678'],
    ['2234567', '2***567'],
    ['400-820-8820', '***-***-8820'],
    ['95588', '*****'],
    ['12', '**'],
    ['138****5678', '138****5678'],
    ['0595-2****678', '0595-2****678'],
  ])('%j → %j', (value, expected) => {
    expect(maskPhone(value)).toBe(expected);
  });

  it('hides the middle 4 digits of every mobile number in every accepted spelling (property)', () => {
    fc.assert(
      fc.property(
        mobile,
        fc.constantFrom('', '+86', '0086', '86', '+86 ', '86-'),
        fc.constantFrom('', ' ', '-'),
        (number, country, separator) => {
          const spelled = country + [number.slice(0, 3), number.slice(3, 7), number.slice(7)].join(separator);
          const masked = maskPhone(spelled);
          expect(masked).toBe(country + [number.slice(0, 3), '****', number.slice(7)].join(separator));
          expect(visibleCount(spelled, masked, ' +-')).toBe(7 + country.replace(/[^0-9]/g, '').length);
        },
      ),
    );
  });

  it('shows at most the last 4 characters of anything it does not recognise (property)', () => {
    fc.assert(
      fc.property(anyText, (value) => {
        const masked = maskPhone(value);
        // Recognised numbers are all digits, *, separators; anything else falls back to the last 4.
        if (/[^0-9*+\-() ]/.test(value.trim())) {
          expect(visibleCount(value, masked, ' +-()')).toBeLessThanOrEqual(4);
        }
      }),
    );
  });
});

describe('maskName', () => {
  it.each([
    ['李四', '李*'],
    ['张三丰', '张**'],
    ['欧阳修', '欧阳*'],
    ['欧阳娜娜', '欧阳**'],
    ['司马相如', '司马**'],
    ['欧阳', '欧*'],
    ['王', '*'],
    [' 张三 ', '张*'],
    ['买买提·艾力', '买**·**'],
    ['John Smith', 'J*** *****'],
    ['𠮷野家', '𠮷**'],
    ['张*', '张*'],
    ['欧阳**', '欧阳**'],
  ])('%j → %j', (value, expected) => {
    expect(maskName(value)).toBe(expected);
  });

  it('shows at most the surname: 1 character, 2 for a compound surname (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(anyText, fc.string({ unit: fc.constantFrom(...'欧阳司马张三 ·'), maxLength: 6 })),
        (value) => {
          const masked = maskName(value);
          const visible = visibleCount(value, masked, ' ·•・.');
          expect(visible).toBeLessThanOrEqual(2);
          if (visible === 2) expect(['欧阳', '司马']).toContain(masked.replace(/[ ·•・.]/g, '').slice(0, 2));
        },
      ),
    );
  });
});

describe('maskAccount', () => {
  it.each([
    ['6222020200112233445', '***************3445'],
    ['6222 0202 0011 2233 445', '**** **** **** ***3 445'],
    ['35050161-0000-0000-0001', '********-****-****-0001'],
    ['12345678', '****5678'],
    ['1234567', '*******'],
    ['1234', '****'],
  ])('%j → %j', (value, expected) => {
    expect(maskAccount(value)).toBe(expected);
  });

  it('shows at most the last 4 characters, and at most half of a short value (property)', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, numberish), (value) => {
        const masked = maskAccount(value);
        const visible = visibleCount(value, masked, ' -');
        expect(visible).toBeLessThanOrEqual(4);
        expect(visible * 2).toBeLessThanOrEqual(Array.from(value.trim().replace(/[ -]/g, '')).length);
      }),
    );
  });
});

describe('maskText', () => {
  it.each([
    ['身份证号11010519491231002X有误', '身份证号110105********002X有误'],
    ['ID 11010519491231002x.', 'ID 110105********002x.'],
    ['旧证350502900101123。', '旧证350502******123。'],
    ['联系电话：13812345678', '联系电话：138****5678'],
    ['tel +86 138-1234-5678;', 'tel +86 138-****-5678;'],
    ['８６１３８１２３４５６７８', '８６１３８****５６７８'],
    ['全角１１０１０５１９４９１２３１００２Ｘ', '全角１１０１０５********００２Ｘ'],
    ['a=440524188001010014,b=13812345678', 'a=440524********0014,b=138****5678'],
    // Other runs of 15 or more digits (bank cards, numbers written together) keep only the last 4.
    ['卡号6222020200112233445', '卡号***************3445'],
    ['11010519491231002X13812345678', '*************************5678'],
    ['11010519491231002X5', '***************02X5'],
    ['1101051949123100215X', '****************215X'],
    // Shorter runs are not personal numbers by shape: left alone, even a mobile glued to a digit.
    ['613812345678', '613812345678'],
    ['金额12345678901234元', '金额12345678901234元'],
    ['12345678901', '12345678901'],
    ['2023年第二季度', '2023年第二季度'],
    ['', ''],
  ])('%j → %j', (value, expected) => {
    expect(maskText(value)).toBe(expected);
  });

  it('returns the empty string for a non-string from untyped callers instead of throwing', () => {
    expect(maskText(null as unknown as string)).toBe('');
  });

  it('masks embedded ID and mobile numbers as maskResidentId and maskPhone do (property)', () => {
    const filler = fc.string({
      unit: fc.constantFrom(...'号码电话：，。 abc-*'),
      minLength: 1,
      maxLength: 8,
    });
    fc.assert(
      fc.property(filler, digits(17), filler, mobile, filler, (a, first17, b, phone, c) => {
        const id = completeResidentId(first17);
        const text = `${a}${id}${b}${phone}${c}`;
        const masked = maskText(text);
        expect(masked).toBe(
          `${a}${id.slice(0, 6)}********${id.slice(14)}${b}${phone.slice(0, 3)}****${phone.slice(7)}${c}`,
        );
      }),
    );
  });

  it('never shows the birth date of an ID number or the middle of a mobile number, however glued (property)', () => {
    const filler = fc.string({ unit: fc.constantFrom(...'号码：，。 abcXxＸｘ-*'), maxLength: 4 });
    const glue = fc.oneof(filler, fc.string({ unit: digitChar, minLength: 1, maxLength: 4 }));
    fc.assert(
      fc.property(glue, digits(17), glue, mobile, filler, (a, first17, b, phone, c) => {
        const id = completeResidentId(first17);
        const masked = Array.from(maskText(`${a}${id}${b}${phone}${c}`));
        const idAt = Array.from(a).length;
        const phoneAt = idAt + id.length + Array.from(b).length;
        expect(masked.slice(idAt + 6, idAt + 14).join('')).toBe('********');
        expect(masked.slice(phoneAt + 3, phoneAt + 7).join('')).toBe('****');
      }),
      { numRuns: 1000 },
    );
  });

  it('only replaces characters by * and is idempotent (property)', () => {
    const textish = fc.string({
      unit: fc.constantFrom(
        ...'0123456789',
        ...'0123456789',
        'X',
        'x',
        ' ',
        '-',
        '+',
        '８',
        '６',
        '１',
        '３',
        '中',
        '*',
      ),
      maxLength: 60,
    });
    fc.assert(
      fc.property(fc.oneof(anyText, textish), (text) => {
        const once = maskText(text);
        visibleCount(text, once, '', false);
        expect(maskText(once)).toBe(once);
      }),
      { numRuns: 1000 },
    );
  });
});
