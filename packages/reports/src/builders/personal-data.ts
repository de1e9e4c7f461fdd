import { maskName, maskPhone, maskText, type PersonRef } from '@rectify/schemas';

/**
 * A person as printed in a ledger: the name, then the phone number in brackets; masked (`张*（138****5678）`)
 * unless `reveal`. An ID number is never printed in a ledger cell, masked or not: no report needs it there.
 * `''` for no person.
 */
export function personText(person: PersonRef | undefined, reveal: boolean): string {
  if (person === undefined) return '';
  const name = person.name === undefined ? undefined : reveal ? person.name : maskName(person.name);
  const phone = person.phone === undefined ? undefined : reveal ? person.phone : maskPhone(person.phone);
  if (name !== undefined && phone !== undefined) return `${name}（${phone}）`;
  return name ?? phone ?? person.id ?? '';
}

/** A person's name only, masked unless `reveal`; the person's id when the name is not known. */
export function personName(person: PersonRef | undefined, reveal: boolean): string {
  if (person === undefined) return '';
  if (person.name === undefined) return person.id ?? '';
  return reveal ? person.name : maskName(person.name);
}

/** Free text as printed: ID, bank-card and mobile numbers in it masked unless `reveal`. */
export function freeText(text: string, reveal: boolean): string {
  return reveal ? text : maskText(text);
}
