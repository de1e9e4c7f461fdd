/**
 * Items with React keys from their content, made unique by a `#n` suffix on repeats: lists from data (complaint
 * numbers, conditions, evidence) may hold equal items, and their order never changes while shown.
 */
export function withKeys<T>(items: readonly T[], keyOf: (item: T) => string): { key: string; item: T }[] {
  const used = new Set<string>();
  return items.map((item) => {
    const base = keyOf(item);
    let key = base;
    // A suffixed key can itself collide with a later item's own content (`a`, `a`, `a#1`): count on until free.
    for (let n = 1; used.has(key); n += 1) key = `${base}#${n}`;
    used.add(key);
    return { key, item };
  });
}
