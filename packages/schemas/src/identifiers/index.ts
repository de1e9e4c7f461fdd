export { BANK_CARD_MAX_LENGTH, BANK_CARD_MIN_LENGTH, checkBankCard, completeBankCard } from './bank-card';
export { MASK_CHARACTER, maskAccount, maskName, maskPhone, maskResidentId, maskText } from './mask';
export {
  checkResidentId,
  completeResidentId,
  RESIDENT_ID_MAX_BIRTH_DATE,
  RESIDENT_ID_MIN_BIRTH_DATE,
} from './resident-id';
export type { IdentifierCheck, IdentifierCheckCode, IdentifierMessage } from './types';
export { IDENTIFIER_CHECK_CODES } from './types';
export { checkUscc, completeOrganisationCode, completeUscc, USCC_ALPHABET } from './uscc';
