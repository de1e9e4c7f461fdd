import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BANK_CARD_MAX_LENGTH, BANK_CARD_MIN_LENGTH, checkBankCard, completeBankCard } from './bank-card';
import type { IdentifierCheck } from './types';

const outcome = (r: IdentifierCheck) => (r.valid ? 'VALID' : `${r.code}/${r.severity}`);
const digits = (minLength: number, maxLength: number) =>
  fc.array(fc.constantFrom(...'0123456789'), { minLength, maxLength }).map((a) => a.join(''));

describe('checkBankCard', () => {
  it.each([
    ['a Luhn test card', '4111111111111111', 'VALID'],
    // Hand-computed: doubled digits 2,2,6,2 → 4+4+3+4, others 6+1+2+0, sum 24, check digit 6.
    ['a 19-digit UnionPay-style number', '6212260200000000006', 'VALID'],
    ['surrounding spaces', ' 4111111111111111\t', 'VALID'],
    ['a Luhn failure', '4111111111111112', 'BANK_CARD_LUHN/warning'],
    ['a corporate account that is not a Luhn number', '6222020200112233445', 'BANK_CARD_LUHN/warning'],
    ['11 digits (too short for a card)', '79927398713', 'BANK_CARD_FORMAT/warning'],
    ['20 digits (a corporate account)', '35050161000000000001', 'BANK_CARD_FORMAT/warning'],
    ['grouping spaces', '4111 1111 1111 1111', 'BANK_CARD_FORMAT/error'],
    ['hyphens', '4111-1111-1111-1111', 'BANK_CARD_FORMAT/error'],
    ['full-width digits', '４１１１１１１１１１１１１１１１', 'BANK_CARD_FORMAT/error'],
    ['a letter', '411111111111111A', 'BANK_CARD_FORMAT/error'],
    ['the empty string', '', 'BANK_CARD_FORMAT/error'],
  ])('%s: %j → %s', (_label, value, expected) => {
    expect(outcome(checkBankCard(value))).toBe(expected);
  });

  it('returns BANK_CARD_FORMAT for a non-string from untyped callers instead of throwing', () => {
    expect(outcome(checkBankCard(4111111111111111 as unknown as string))).toBe('BANK_CARD_FORMAT/error');
  });

  it('never quotes the number in a message', () => {
    for (const value of ['4111111111111112', '35050161000000000001', '4111 1111 1111 1111']) {
      const result = checkBankCard(value);
      expect(result.valid).toBe(false);
      if (!result.valid) {
        expect(result.message['zh-CN']).not.toContain(value);
        expect(result.message.en).not.toContain(value);
      }
    }
  });

  it('only ever warns about a number of digits (property)', () => {
    fc.assert(
      fc.property(digits(1, 40), (value) => {
        const result = checkBankCard(value);
        expect(result.valid || result.severity === 'warning').toBe(true);
        if (value.length < BANK_CARD_MIN_LENGTH || value.length > BANK_CARD_MAX_LENGTH) {
          expect(outcome(result)).toBe('BANK_CARD_FORMAT/warning');
        }
      }),
    );
  });
});

describe('completeBankCard', () => {
  it('completes the classic example', () => {
    expect(completeBankCard('411111111111111')).toBe('4111111111111111');
    expect(completeBankCard('7992739871')).toBe('79927398713');
  });

  it('yields a number that passes the Luhn check (property)', () => {
    fc.assert(
      fc.property(digits(BANK_CARD_MIN_LENGTH - 1, BANK_CARD_MAX_LENGTH - 1), (body) => {
        expect(checkBankCard(completeBankCard(body))).toEqual({ valid: true });
      }),
    );
  });

  it('is caught by Luhn for any single-digit change of a generated number (property)', () => {
    fc.assert(
      fc.property(
        digits(BANK_CARD_MIN_LENGTH - 1, BANK_CARD_MAX_LENGTH - 1),
        fc.nat(),
        fc.integer({ min: 1, max: 9 }),
        (body, at, delta) => {
          const card = completeBankCard(body);
          const position = at % card.length;
          const digit = (Number(card[position]) + delta) % 10;
          const changed = card.slice(0, position) + String(digit) + card.slice(position + 1);
          expect(outcome(checkBankCard(changed))).toBe('BANK_CARD_LUHN/warning');
        },
      ),
    );
  });

  it('has exactly one check digit that makes a body valid (property)', () => {
    fc.assert(
      fc.property(digits(BANK_CARD_MIN_LENGTH - 1, BANK_CARD_MAX_LENGTH - 1), (body) => {
        const valid = [...'0123456789'].filter((d) => checkBankCard(body + d).valid);
        expect(valid).toEqual([completeBankCard(body).slice(-1)]);
      }),
    );
  });

  it.each(['', '41111111111111111111', '4111 1111', '４１１'])('throws a RangeError for %j', (body) => {
    expect(() => completeBankCard(body)).toThrow(RangeError);
  });
});
