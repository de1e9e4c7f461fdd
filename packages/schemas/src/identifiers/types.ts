/** The stable codes an identifier check can report. Codes are stable forever; never rename one. */
export const IDENTIFIER_CHECK_CODES = [
  'USCC_FORMAT',
  'USCC_CHECK_CHARACTER',
  'USCC_ORGANISATION_CODE',
  'RESIDENT_ID_FORMAT',
  'RESIDENT_ID_CHECK_CHARACTER',
  'RESIDENT_ID_BIRTH_DATE',
  'BANK_CARD_FORMAT',
  'BANK_CARD_LUHN',
] as const;

/** One of {@link IDENTIFIER_CHECK_CODES}. */
export type IdentifierCheckCode = (typeof IDENTIFIER_CHECK_CODES)[number];

/** A bilingual message. Identifier checks never quote the checked value in it. */
export type IdentifierMessage = { 'zh-CN': string; en: string };

/**
 * The outcome of an identifier check: valid, or the first problem found with a stable `code`, a
 * `severity` (`'warning'` only where the rule is advisory, e.g. Luhn on bank accounts) and a bilingual
 * message that never contains the checked value.
 */
export type IdentifierCheck =
  | { valid: true }
  | { valid: false; severity: 'error' | 'warning'; code: IdentifierCheckCode; message: IdentifierMessage };

/** The result of a check that found no problem. */
export const VALID: IdentifierCheck = Object.freeze({ valid: true }) as IdentifierCheck;

/** Builds a failed {@link IdentifierCheck}. */
export function invalid(
  code: IdentifierCheckCode,
  zhCN: string,
  en: string,
  severity: 'error' | 'warning' = 'error',
): IdentifierCheck {
  return { valid: false, severity, code, message: { 'zh-CN': zhCN, en } };
}
