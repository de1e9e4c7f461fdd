import { type IdentifierCheck, invalid, VALID } from './types';

/**
 * The 31 characters a Unified Social Credit Code may use (GB 32100-2015, table 1): digits and upper-case
 * Latin letters without I, O, S, V and Z. A character's value is its index.
 */
export const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

// GB 32100-2015 §5: weight of position i is 3^(i-1) mod 31.
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
// GB 11714-1997: weights of the eight body characters of an organisation code.
const ORGANISATION_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;

// Positions 3-8 are the GB/T 2260 division code (digits only), as in PATTERNS.uscc of the schemas.
const USCC_SHAPE = /^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$/;
const USCC_PREFIX_SHAPE = /^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{9}$/;
// GB 11714 body characters: digits and upper-case letters (A = 10 … Z = 35).
const ORGANISATION_BODY_SHAPE = /^[0-9A-Z]{8}$/;

function usccCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    sum += USCC_ALPHABET.indexOf(first17.charAt(i)) * (USCC_WEIGHTS[i] ?? 0);
  }
  return USCC_ALPHABET.charAt((31 - (sum % 31)) % 31);
}

function organisationCheckCharacter(body: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    sum += Number.parseInt(body.charAt(i), 36) * (ORGANISATION_WEIGHTS[i] ?? 0);
  }
  const check = 11 - (sum % 11);
  return check === 10 ? 'X' : check === 11 ? '0' : String(check);
}

/**
 * Checks a Unified Social Credit Code (统一社会信用代码, GB 32100-2015): 18 characters of
 * {@link USCC_ALPHABET} with digits in positions 3-8 (the division code), the 18th character the mod-31
 * check character, and positions 9-17 a valid organisation code (GB 11714). Surrounding white space is
 * ignored; lower-case letters and full-width characters are rejected (`USCC_FORMAT`), not corrected, so
 * a code is stored in one spelling only.
 *
 * Reports the first problem found: `USCC_FORMAT`, then `USCC_CHECK_CHARACTER`, then
 * `USCC_ORGANISATION_CODE`. Never throws.
 */
export function checkUscc(value: string): IdentifierCheck {
  const code = typeof value === 'string' ? value.trim() : '';
  if (!USCC_SHAPE.test(code)) {
    return invalid(
      'USCC_FORMAT',
      '统一社会信用代码应为18位：数字和大写字母（不含I、O、S、V、Z），第3至8位为数字；不接受小写字母和全角字符。',
      'A Unified Social Credit Code has 18 characters: digits and upper-case letters except I, O, S, V and Z, with digits in positions 3-8; lower-case and full-width characters are not accepted.',
    );
  }
  if (usccCheckCharacter(code) !== code.charAt(17)) {
    return invalid(
      'USCC_CHECK_CHARACTER',
      '统一社会信用代码第18位校验码不正确，请核对代码是否录入有误。',
      'The check character (18th) of the Unified Social Credit Code does not match; the code is probably mistyped.',
    );
  }
  if (organisationCheckCharacter(code.slice(8, 16)) !== code.charAt(16)) {
    return invalid(
      'USCC_ORGANISATION_CODE',
      '统一社会信用代码第9至17位（组织机构代码）的校验码不正确。',
      'Positions 9-17 of the Unified Social Credit Code are not a valid organisation code (GB 11714 check digit).',
    );
  }
  return VALID;
}

/**
 * Appends the check character to the first 17 characters of a Unified Social Credit Code. The result
 * passes {@link checkUscc} only if positions 9-17 already form a valid organisation code: build them
 * with {@link completeOrganisationCode}.
 *
 * @throws RangeError if `first17` is not 17 characters of {@link USCC_ALPHABET} with digits in positions 3-8.
 */
export function completeUscc(first17: string): string {
  if (typeof first17 !== 'string' || !USCC_PREFIX_SHAPE.test(first17)) {
    throw new RangeError(
      'completeUscc expects 17 characters of the USCC alphabet (0-9, A-Z without I, O, S, V, Z), digits in positions 3-8.',
    );
  }
  return first17 + usccCheckCharacter(first17);
}

/**
 * Appends the check character (`0`-`9` or `X`) to the eight body characters of an organisation code
 * (组织机构代码, GB 11714-1997). For use inside a USCC, pick the body from {@link USCC_ALPHABET}.
 *
 * @throws RangeError if `first8` is not eight digits or upper-case Latin letters.
 */
export function completeOrganisationCode(first8: string): string {
  if (typeof first8 !== 'string' || !ORGANISATION_BODY_SHAPE.test(first8)) {
    throw new RangeError('completeOrganisationCode expects eight digits or upper-case Latin letters.');
  }
  return first8 + organisationCheckCharacter(first8);
}
