import { describe, expect, it } from 'vitest';
import * as identifiers from './index';

describe('identifiers public API', () => {
  it('exports exactly the documented names', () => {
    expect(Object.keys(identifiers).sort()).toEqual(
      [
        'BANK_CARD_MAX_LENGTH',
        'BANK_CARD_MIN_LENGTH',
        'IDENTIFIER_CHECK_CODES',
        'MASK_CHARACTER',
        'RESIDENT_ID_MAX_BIRTH_DATE',
        'RESIDENT_ID_MIN_BIRTH_DATE',
        'USCC_ALPHABET',
        'checkBankCard',
        'checkResidentId',
        'checkUscc',
        'completeBankCard',
        'completeOrganisationCode',
        'completeResidentId',
        'completeUscc',
        'maskAccount',
        'maskName',
        'maskPhone',
        'maskResidentId',
        'maskText',
      ].sort(),
    );
  });

  it('lists every code a check can return', () => {
    expect(identifiers.IDENTIFIER_CHECK_CODES).toEqual([
      'USCC_FORMAT',
      'USCC_CHECK_CHARACTER',
      'USCC_ORGANISATION_CODE',
      'RESIDENT_ID_FORMAT',
      'RESIDENT_ID_CHECK_CHARACTER',
      'RESIDENT_ID_BIRTH_DATE',
      'BANK_CARD_FORMAT',
      'BANK_CARD_LUHN',
    ]);
  });
});
