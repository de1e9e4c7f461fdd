import {
  completeBankCard,
  completeOrganisationCode,
  completeResidentId,
  completeUscc,
  USCC_ALPHABET,
} from '@rectify/schemas';
import { formatDay } from './calendar';
import type { Rng } from './prng';

/** Who registered the organisation (GB 32100 position 1-2): a company, a public institution, an agency. */
export type OrganisationType = 'enterprise' | 'institution' | 'agency';

const PREFIX: Record<OrganisationType, string> = {
  // GB 32100 table 2: 9 = market regulation, 1 = enterprise; 1 = organisation establishment (编办),
  // 2 = public institution (事业单位), 1 = government agency (机关).
  enterprise: '91',
  institution: '12',
  agency: '11',
};

/** Makes valid, unique, fictional Unified Social Credit Codes (GB 32100-2015). */
export class UsccFactory {
  private readonly used = new Set<string>();
  constructor(private readonly rng: Rng) {}

  /** A new code registered in `divisionCode` (6 digits). */
  next(type: OrganisationType, divisionCode: string): string {
    for (;;) {
      let body = type === 'enterprise' && this.rng.chance(0.7) ? 'MA' : '';
      // Organisation-code bodies of post-2015 registrations start with MA and use the USCC alphabet.
      while (body.length < 8) {
        body += body.length < 2 || this.rng.chance(0.8) ? String(this.rng.int(0, 9)) : this.letter();
      }
      if (this.used.has(body)) continue;
      this.used.add(body);
      return completeUscc(PREFIX[type] + divisionCode + completeOrganisationCode(body));
    }
  }

  private letter(): string {
    // Letters of the USCC alphabet only (no I, O, S, V, Z), so the embedded organisation code fits it too.
    return this.rng.pick(USCC_LETTERS);
  }
}

const USCC_LETTERS = [...USCC_ALPHABET.slice(10)];

/** A valid fictional resident ID number (GB 11643) for the given area code and birth day number. */
export function residentId(rng: Rng, areaCode: string, birthDay: number, male: boolean): string {
  const birth = formatDay(birthDay).replaceAll('-', '');
  // The 17th digit is odd for men and even for women.
  const seq = rng.int(0, 99) * 10 + (male ? rng.int(0, 4) * 2 + 1 : rng.int(0, 4) * 2);
  return completeResidentId(areaCode + birth + String(seq).padStart(3, '0'));
}

const BINS = ['6217', '6228', '6222', '6214', '6230', '6212'];

/** A 19-digit account number that passes the Luhn check, so validate() raises no warning on it. */
export function bankAccount(rng: Rng): string {
  let digits = rng.pick(BINS);
  while (digits.length < 18) digits += String(rng.int(0, 9));
  return completeBankCard(digits);
}

/** A fictional mainland mobile number. */
export function mobilePhone(rng: Rng): string {
  let digits = `1${rng.pick(['3', '5', '7', '8', '9'])}`;
  while (digits.length < 11) digits += String(rng.int(0, 9));
  return digits;
}

/** Banks with branches in Quanzhou, for account records. */
export const BANK_NAMES = [
  '中国工商银行泉州分行',
  '中国建设银行泉州分行',
  '中国农业银行泉州分行',
  '中国银行泉州分行',
  '兴业银行泉州分行',
  '泉州银行',
  '福建海峡银行泉州分行',
  '农村商业银行晋江支行',
] as const;
