import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkResidentId,
  completeResidentId,
  RESIDENT_ID_MAX_BIRTH_DATE,
  RESIDENT_ID_MIN_BIRTH_DATE,
} from './resident-id';
import type { IdentifierCheck } from './types';

const VECTORS = ['11010519491231002X', '440524188001010014'];
const CHARACTERS = [...'0123456789X'];
const STRANGERS = [...'xAa', '０', 'Ｘ', ' ', '\u3000', '-', '*', '𠮷'];

const codeOf = (r: IdentifierCheck) => (r.valid ? 'VALID' : r.code);
/** A number with the given birth date (`YYYYMMDD`) and a correct check character. */
const withBirthDate = (yyyymmdd: string) => completeResidentId(`350502${yyyymmdd}123`);

/** Independent oracle: the date survives a round trip through the proleptic Gregorian `Date` in UTC. */
function isRealDate(yyyymmdd: string): boolean {
  const [y, m, d] = [yyyymmdd.slice(0, 4), yyyymmdd.slice(4, 6), yyyymmdd.slice(6, 8)].map(Number) as [
    number,
    number,
    number,
  ];
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d);
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const digits = (length: number) =>
  fc.array(fc.constantFrom(...'0123456789'), { minLength: length, maxLength: length }).map((a) => a.join(''));

describe('checkResidentId', () => {
  it.each(VECTORS)('accepts the vector %s', (vector) => {
    expect(checkResidentId(vector)).toEqual({ valid: true });
  });

  it.each([
    ['surrounding spaces', '  11010519491231002X ', 'VALID'],
    ['an ideographic space', '\u3000440524188001010014', 'VALID'],
    ['a lower-case x', '11010519491231002x', 'RESIDENT_ID_FORMAT'],
    ['a full-width X', '11010519491231002Ｘ', 'RESIDENT_ID_FORMAT'],
    ['full-width digits', '４４０５２４１８８００１０１００１４', 'RESIDENT_ID_FORMAT'],
    ['a 15-digit first-generation number', '110105491231002', 'RESIDENT_ID_FORMAT'],
    ['X inside the number', '1101051949123100X2', 'RESIDENT_ID_FORMAT'],
    ['an inner space', '110105 19491231002X', 'RESIDENT_ID_FORMAT'],
    ['the empty string', '', 'RESIDENT_ID_FORMAT'],
    ['a wrong check character', '110105194912310021', 'RESIDENT_ID_CHECK_CHARACTER'],
  ])('%s: %j → %s', (_label, value, expected) => {
    expect(codeOf(checkResidentId(value))).toBe(expected);
  });

  it('returns RESIDENT_ID_FORMAT for a non-string from untyped callers instead of throwing', () => {
    expect(codeOf(checkResidentId(null as unknown as string))).toBe('RESIDENT_ID_FORMAT');
  });

  // Check characters are correct in every row, so only the birth date can fail.
  it.each([
    ['the lower bound', RESIDENT_ID_MIN_BIRTH_DATE.replaceAll('-', ''), 'VALID'],
    ['the day before the lower bound', '17991231', 'RESIDENT_ID_BIRTH_DATE'],
    ['1880, as in the GB 11643 example', '18800101', 'VALID'],
    ['1900-02-29 (1900 is not a leap year)', '19000229', 'RESIDENT_ID_BIRTH_DATE'],
    ['2000-02-29 (2000 is a leap year)', '20000229', 'VALID'],
    ['2023-02-29', '20230229', 'RESIDENT_ID_BIRTH_DATE'],
    ['2024-02-29', '20240229', 'VALID'],
    ['2100-02-29 (2100 is not a leap year)', '21000229', 'RESIDENT_ID_BIRTH_DATE'],
    ['the upper bound', RESIDENT_ID_MAX_BIRTH_DATE.replaceAll('-', ''), 'VALID'],
    ['the day after the upper bound', '21010101', 'RESIDENT_ID_BIRTH_DATE'],
    ['month 00', '19900001', 'RESIDENT_ID_BIRTH_DATE'],
    ['month 13', '19901301', 'RESIDENT_ID_BIRTH_DATE'],
    ['day 00', '19900100', 'RESIDENT_ID_BIRTH_DATE'],
    ['April 31', '19900431', 'RESIDENT_ID_BIRTH_DATE'],
    ['December 31', '19901231', 'VALID'],
  ])('birth date at %s (%s) → %s', (_label, yyyymmdd, expected) => {
    expect(codeOf(checkResidentId(withBirthDate(yyyymmdd)))).toBe(expected);
  });

  it('accepts exactly the real calendar dates within the bounds (property, against Date as oracle)', () => {
    const nearlyDates = fc
      .tuple(
        fc.integer({ min: 1790, max: 2110 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
      )
      .map(([y, m, d]) => pad(y, 4) + pad(m, 2) + pad(d, 2));
    fc.assert(
      fc.property(fc.oneof(nearlyDates, digits(8)), (yyyymmdd) => {
        const iso = `${yyyymmdd.slice(0, 4)}-${yyyymmdd.slice(4, 6)}-${yyyymmdd.slice(6, 8)}`;
        const expected =
          isRealDate(yyyymmdd) && iso >= RESIDENT_ID_MIN_BIRTH_DATE && iso <= RESIDENT_ID_MAX_BIRTH_DATE;
        expect(codeOf(checkResidentId(withBirthDate(yyyymmdd)))).toBe(
          expected ? 'VALID' : 'RESIDENT_ID_BIRTH_DATE',
        );
      }),
      { numRuns: 2000 },
    );
  });

  it('rejects every single-character change of the vectors, as an error, without quoting the number', () => {
    const accepted: string[] = [];
    for (const vector of VECTORS) {
      for (let position = 0; position < vector.length; position++) {
        for (const replacement of [...CHARACTERS, ...STRANGERS]) {
          if (replacement === vector[position]) continue;
          const changed = vector.slice(0, position) + replacement + vector.slice(position + 1);
          const result = checkResidentId(changed);
          const text = result.valid ? '' : result.message['zh-CN'] + result.message.en;
          if (result.valid || result.severity !== 'error' || text.includes(changed.trim()))
            accepted.push(changed);
        }
      }
    }
    expect(accepted).toEqual([]);
  });

  it('rejects a single-character change to any character (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...VECTORS),
        fc.nat(17),
        fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
        (vector, position, replacement) => {
          fc.pre(replacement !== vector[position]);
          const changed = vector.slice(0, position) + replacement + vector.slice(position + 1);
          expect(checkResidentId(changed).valid).toBe(false);
        },
      ),
    );
  });

  it('never quotes the number or its birth date in a message', () => {
    const bad = withBirthDate('19900431');
    const result = checkResidentId(bad);
    expect(result.valid).toBe(false);
    if (!result.valid) {
      for (const text of [result.message['zh-CN'], result.message.en]) {
        expect(text).not.toContain(bad);
        expect(text).not.toContain('19900431');
        expect(text).not.toContain('1990-04-31');
      }
    }
  });
});

describe('completeResidentId', () => {
  it('completes the vectors', () => {
    expect(completeResidentId('11010519491231002')).toBe('11010519491231002X');
    expect(completeResidentId('44052418800101001')).toBe('440524188001010014');
  });

  it('yields a valid number for any prefix with an accepted birth date (property)', () => {
    const birthDate = fc
      .date({
        min: new Date(Date.UTC(1800, 0, 1)),
        max: new Date(Date.UTC(2100, 11, 31)),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10).replaceAll('-', ''));
    fc.assert(
      fc.property(digits(6), birthDate, digits(3), (address, born, sequence) => {
        const id = completeResidentId(address + born + sequence);
        expect(id).toMatch(/^[0-9]{17}[0-9X]$/);
        expect(checkResidentId(id)).toEqual({ valid: true });
      }),
    );
  });

  it('has exactly one check character that makes a prefix valid (property)', () => {
    fc.assert(
      fc.property(digits(6), digits(3), (address, sequence) => {
        const prefix = `${address}19491231${sequence}`;
        expect(CHARACTERS.filter((c) => checkResidentId(prefix + c).valid)).toEqual([
          completeResidentId(prefix).charAt(17),
        ]);
      }),
    );
  });

  it.each(['', '1101051949123100', '11010519491231002X', '1101051949123100x', ' 11010519491231002'])(
    'throws a RangeError without quoting the value for %j',
    (prefix) => {
      expect(() => completeResidentId(prefix)).toThrow(RangeError);
      expect(() => completeResidentId(prefix)).toThrow(/^completeResidentId expects 17 ASCII digits\.$/);
    },
  );
});
