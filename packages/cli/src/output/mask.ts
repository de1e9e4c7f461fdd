import { maskText } from '@rectify/schemas';

// Content hashes are hexadecimal and may hold long digit runs; masking them would corrupt them. Unified Social
// Credit Codes identify enterprises, not people, and are public (GB 32100); an all-digit one would be masked
// as if it were an ID number. Neither carries personal data.
function unmasked(key: string): boolean {
  return key === 'hash' || key === 'uscc' || key.endsWith('Uscc') || key.endsWith('Usccs');
}

/**
 * Returns a copy of a JSON value with every string masked by `maskText` (resident ID numbers, bank cards,
 * mobile numbers), keys, pack hashes and enterprise credit codes (`uscc`, `…Uscc`, `…Usccs`) left as they are. Over-masking is preferred to a leak: an 18-digit
 * record id is masked too (DESIGN: personal data is masked in every output).
 */
export function maskDeep<T>(value: T): T {
  return walk(value, undefined) as T;
}

function walk(value: unknown, key: string | undefined): unknown {
  if (typeof value === 'string') return key !== undefined && unmasked(key) ? value : maskText(value);
  if (Array.isArray(value))
    return value.map((v) => walk(v, key !== undefined && unmasked(key) ? key : undefined));
  if (value === null || typeof value !== 'object') return value;
  // fromEntries defines own properties, so a key named `__proto__` stays data and never becomes a prototype.
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k)]));
}
