/**
 * @internal A memo of pure calendar answers (the date written for an epoch day): a dataset repeats the same few
 * hundred days, so each string is written once and handed out again. Emptied when it reaches `limit` entries, so a
 * long-running service does not grow without limit.
 */
export class BoundedCache<K, V> {
  private readonly map = new Map<K, V>();
  private readonly limit: number;

  constructor(limit = 50_000) {
    this.limit = limit;
  }

  /** The remembered value, or undefined. */
  get(key: K): V | undefined {
    return this.map.get(key);
  }

  /** Remembers `value` for `key` and returns it. */
  set(key: K, value: V): V {
    if (this.map.size >= this.limit) this.map.clear();
    this.map.set(key, value);
    return value;
  }
}
