import { maskAccount, maskName, maskPhone, maskResidentId, maskText } from '@rectify/schemas';
import type { CompiledColumn } from './compile-mapping';

function maskAll(text: string): string {
  return Array.from(text, (ch) => (/\s/.test(ch) ? ch : '*')).join('');
}

/**
 * The `original` of an issue as it may be shown: for a personal column masked the way its field calls
 * for (`idNumber` keeps the address code and the last four, `phone` the first three and last four,
 * `name` the surname, `accountNumber` the last four; anything else entirely), for a free-text column
 * with ID, bank-card and mobile numbers in it masked (DESIGN.md: personal data is masked in every
 * message); otherwise as received.
 */
export function maskOriginal(column: CompiledColumn | undefined, original: string): string {
  if (!column) return maskText(original);
  if (!column.personal)
    return column.type === 'text' || column.type === 'list' ? maskText(original) : original;
  const leaf = column.item ? (column.itemSegments?.at(-1) ?? '') : (column.segments.at(-1) ?? '');
  if (leaf === 'idNumber') return maskResidentId(original);
  if (leaf === 'phone') return maskPhone(original);
  if (leaf === 'accountNumber') return maskAccount(original);
  if (leaf === 'name') return maskName(original);
  return maskAll(original);
}
