import { maskText } from '@rectify/schemas';

// Content hashes are hexadecimal and may hold long digit runs; masking them would corrupt them, and they
// carry no personal data.
const UNMASKED_KEYS = new Set(['hash']);

/**
 * Returns a copy of a JSON value with every string masked by `maskText` (resident ID numbers, bank cards,
 * mobile numbers), keys and pack hashes left as they are. Over-masking is preferred to a leak: an 18-digit
 * record id is masked too (DESIGN: personal data is masked in every output).
 */
export function maskDeep<T>(value: T): T {
  return walk(value, undefined) as T;
}

function walk(value: unknown, key: string | undefined): unknown {
  if (typeof value === 'string') return key !== undefined && UNMASKED_KEYS.has(key) ? value : maskText(value);
  if (Array.isArray(value)) return value.map((v) => walk(v, undefined));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = walk(v, k);
  return out;
}
