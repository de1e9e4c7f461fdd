// Widget data comes from attributes, JSON scripts and fetched URLs: it is read defensively, never trusted to
// match its type, so a malformed record degrades to "—" instead of taking the host page down.

/** `value` when it is an array, else an empty array. */
export function asArray<T>(value: readonly T[] | null | undefined): readonly T[] {
  return Array.isArray(value) ? value : [];
}

/** `value` when it is a non-empty string, else `undefined`. */
export function asString(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** `String(value)`, or its `[object …]` tag when the value cannot be converted (a null-prototype object). */
export function safeString(value: unknown): string {
  try {
    return String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

/** A value of evidence (observed / expected) as one line of text: strings and numbers as they are, lists joined. */
export function describeValue(value: unknown): string {
  if (value === undefined) return '—';
  if (value === null) return '∅';
  if (typeof value === 'string') return value === '' ? '""' : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.length === 0 ? '[]' : value.map(describeValue).join('、');
  try {
    return JSON.stringify(value) ?? safeString(value);
  } catch {
    return safeString(value);
  }
}
