import { type IdentifierCheck, invalid, VALID } from './types';

/** Shortest number the Luhn check applies to (ISO/IEC 7812 primary account number). */
export const BANK_CARD_MIN_LENGTH = 12;
/** Longest number the Luhn check applies to (ISO/IEC 7812 primary account number). */
export const BANK_CARD_MAX_LENGTH = 19;

const DIGITS = /^[0-9]+$/;

/** Luhn sum of `digits` with the rightmost digit in an undoubled position when `hasCheckDigit`. */
function luhnSum(digits: string, hasCheckDigit: boolean): number {
  let sum = 0;
  let double = !hasCheckDigit;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum;
}

/**
 * Checks a bank card or account number with the Luhn algorithm (ISO/IEC 7812-1 annex B). Surrounding
 * white space is ignored; grouping spaces or hyphens inside are not (strip them first).
 *
 * - not all ASCII digits: `BANK_CARD_FORMAT`, severity `'error'`;
 * - all digits but not {@link BANK_CARD_MIN_LENGTH}-{@link BANK_CARD_MAX_LENGTH} long: `BANK_CARD_FORMAT`,
 *   severity `'warning'` (corporate accounts of several Chinese banks have 20 digits or more, so the
 *   length alone does not make the number wrong; the Luhn check is skipped);
 * - Luhn failure: `BANK_CARD_LUHN`, severity `'warning'` (many corporate accounts are not Luhn numbers).
 *
 * Never throws.
 */
export function checkBankCard(value: string): IdentifierCheck {
  const number = typeof value === 'string' ? value.trim() : '';
  if (!DIGITS.test(number)) {
    return invalid(
      'BANK_CARD_FORMAT',
      '银行卡号或账号只能由半角数字组成（不含空格、连字符和全角数字）。',
      'A bank card or account number consists of ASCII digits only (no spaces, hyphens or full-width digits).',
    );
  }
  if (number.length < BANK_CARD_MIN_LENGTH || number.length > BANK_CARD_MAX_LENGTH) {
    return invalid(
      'BANK_CARD_FORMAT',
      `银行卡号通常为${BANK_CARD_MIN_LENGTH}至${BANK_CARD_MAX_LENGTH}位数字，该号码位数不同，未做Luhn校验，请核对。`,
      `Bank card numbers have ${BANK_CARD_MIN_LENGTH}-${BANK_CARD_MAX_LENGTH} digits; this number has a different length, so the Luhn check was not applied. Please verify it.`,
      'warning',
    );
  }
  if (luhnSum(number, true) % 10 !== 0) {
    return invalid(
      'BANK_CARD_LUHN',
      '银行卡号未通过Luhn校验，可能录入有误（部分对公账号本身不符合Luhn规则，请核对）。',
      'The number fails the Luhn check and may be mistyped (some corporate account numbers are not Luhn numbers; please verify).',
      'warning',
    );
  }
  return VALID;
}

/**
 * Appends the Luhn check digit to `withoutCheckDigit` (used to generate sample card numbers).
 *
 * @throws RangeError if `withoutCheckDigit` is not 1 to {@link BANK_CARD_MAX_LENGTH} - 1 ASCII digits.
 */
export function completeBankCard(withoutCheckDigit: string): string {
  if (
    typeof withoutCheckDigit !== 'string' ||
    !DIGITS.test(withoutCheckDigit) ||
    withoutCheckDigit.length > BANK_CARD_MAX_LENGTH - 1
  ) {
    throw new RangeError(`completeBankCard expects 1 to ${BANK_CARD_MAX_LENGTH - 1} ASCII digits.`);
  }
  return withoutCheckDigit + String((10 - (luhnSum(withoutCheckDigit, false) % 10)) % 10);
}
