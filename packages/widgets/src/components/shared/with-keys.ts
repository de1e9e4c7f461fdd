/**
 * Items with React keys from their content, made unique by a `#n` suffix on repeats: lists from data (complaint
 * numbers, conditions, evidence) may hold equal items, and their order never changes while shown.
 */
export function withKeys<T>(items: readonly T[], keyOf: (item: T) => string): { key: string; item: T }[] {
  const seen = new Map<string, number>();
  return items.map((item) => {
    const base = keyOf(item);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return { key: n === 0 ? base : `${base}#${n}`, item };
  });
}
