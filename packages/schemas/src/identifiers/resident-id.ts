import { type IdentifierCheck, invalid, VALID } from './types';

// GB 11643-1999 §8.2: ISO 7064 MOD 11-2, weight of position i is 2^(18-i) mod 11.
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARACTERS = '10X98765432';

const SHAPE = /^[0-9]{17}[0-9X]$/;
const PREFIX_SHAPE = /^[0-9]{17}$/;

/**
 * Earliest birth date accepted. 1800-01-01 rather than 1900: genuine numbers with 19th-century birth
 * years exist (the GB 11643 example `440524188001010014` is born 1880-01-01).
 */
export const RESIDENT_ID_MIN_BIRTH_DATE = '1800-01-01';
/** Latest birth date accepted. A fixed bound: checks never read the clock. */
export const RESIDENT_ID_MAX_BIRTH_DATE = '2100-12-31';

function checkCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    sum += (first17.charCodeAt(i) - 48) * (WEIGHTS[i] ?? 0);
  }
  return CHECK_CHARACTERS.charAt(sum % 11);
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** `YYYYMMDD` (digits only) is a proleptic Gregorian date within the accepted range. */
function isAcceptedBirthDate(yyyymmdd: string): boolean {
  const year = Number(yyyymmdd.slice(0, 4));
  const month = Number(yyyymmdd.slice(4, 6));
  const day = Number(yyyymmdd.slice(6, 8));
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return false;
  const iso = `${yyyymmdd.slice(0, 4)}-${yyyymmdd.slice(4, 6)}-${yyyymmdd.slice(6, 8)}`;
  return iso >= RESIDENT_ID_MIN_BIRTH_DATE && iso <= RESIDENT_ID_MAX_BIRTH_DATE;
}

/**
 * Checks a citizen identity number (公民身份号码, GB 11643-1999): 17 digits and a check character
 * (`0`-`9` or upper-case `X`, ISO 7064 MOD 11-2), with positions 7-14 a real calendar date between
 * {@link RESIDENT_ID_MIN_BIRTH_DATE} and {@link RESIDENT_ID_MAX_BIRTH_DATE}. Surrounding white space is
 * ignored; a lower-case `x`, full-width characters and 15-digit first-generation numbers are rejected
 * (`RESIDENT_ID_FORMAT`). The address code (positions 1-6) is not checked against GB/T 2260.
 *
 * Reports the first problem found: `RESIDENT_ID_FORMAT`, then `RESIDENT_ID_BIRTH_DATE`, then
 * `RESIDENT_ID_CHECK_CHARACTER`. Messages never contain the number or its birth date. Never throws.
 */
export function checkResidentId(value: string): IdentifierCheck {
  const id = typeof value === 'string' ? value.trim() : '';
  if (!SHAPE.test(id)) {
    return invalid(
      'RESIDENT_ID_FORMAT',
      '公民身份号码应为18位：前17位为数字，末位为数字或大写X；不接受小写x、全角字符和15位旧号码。',
      'A resident identity number has 18 characters: 17 digits, then a digit or an upper-case X; lower-case x, full-width characters and 15-digit numbers are not accepted.',
    );
  }
  if (!isAcceptedBirthDate(id.slice(6, 14))) {
    return invalid(
      'RESIDENT_ID_BIRTH_DATE',
      `公民身份号码第7至14位不是${RESIDENT_ID_MIN_BIRTH_DATE}至${RESIDENT_ID_MAX_BIRTH_DATE}之间的有效出生日期。`,
      `Positions 7-14 of the resident identity number are not a real birth date between ${RESIDENT_ID_MIN_BIRTH_DATE} and ${RESIDENT_ID_MAX_BIRTH_DATE}.`,
    );
  }
  if (checkCharacter(id) !== id.charAt(17)) {
    return invalid(
      'RESIDENT_ID_CHECK_CHARACTER',
      '公民身份号码末位校验码不正确，请核对号码是否录入有误。',
      'The check character (18th) of the resident identity number does not match; the number is probably mistyped.',
    );
  }
  return VALID;
}

/**
 * Appends the MOD 11-2 check character to the first 17 digits of a resident identity number. The result
 * passes {@link checkResidentId} when positions 7-14 are an accepted birth date.
 *
 * @throws RangeError if `first17` is not 17 ASCII digits (the value is not quoted in the message).
 */
export function completeResidentId(first17: string): string {
  if (typeof first17 !== 'string' || !PREFIX_SHAPE.test(first17)) {
    throw new RangeError('completeResidentId expects 17 ASCII digits.');
  }
  return first17 + checkCharacter(first17);
}
