/**
 * A seeded pseudo-random source. Same seed → same sequence on every platform: sfc32 (Chris Doty-Humphrey's
 * small fast counting generator) seeded by cyrb128 of a string. Never Math.random, never the clock.
 */
export interface Rng {
  /** The seed string this source was created from (forks append `/label`). */
  readonly seed: string;
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer uniform in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** One element, uniformly. Throws a RangeError on an empty list (a bug of the caller). */
  pick<T>(items: readonly T[]): T;
  /** One value drawn with the given non-negative weights. Throws a RangeError when no weight is positive. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T;
  /** Shuffles `items` in place (Fisher–Yates) and returns it. */
  shuffle<T>(items: T[]): T[];
  /** `k` distinct elements in random order (all of them when `k` ≥ the length). */
  sample<T>(items: readonly T[], k: number): T[];
  /** An independent source derived from this seed and `label`; forking does not advance this source. */
  fork(label: string | number): Rng;
}

/** cyrb128: four 32-bit words from a string, used only to seed sfc32. */
function cyrb128(text: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

class Sfc32 implements Rng {
  readonly seed: string;
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: string) {
    this.seed = seed;
    const [a, b, c, d] = cyrb128(seed);
    this.a = a;
    this.b = b;
    this.c = c;
    this.d = d;
    // The first outputs of sfc32 correlate with the seed words; discard them.
    for (let i = 0; i < 12; i++) this.nextUint32();
  }

  private nextUint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  next(): number {
    return this.nextUint32() / 4294967296;
  }

  int(min: number, max: number): number {
    if (max < min) return min;
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('Rng.pick needs a non-empty list.');
    return items[Math.floor(this.next() * items.length)] as T;
  }

  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const [, w] of entries) total += Math.max(w, 0);
    if (total <= 0) throw new RangeError('Rng.weighted needs at least one positive weight.');
    let r = this.next() * total;
    let last: T | undefined;
    for (const [value, w] of entries) {
      if (w <= 0) continue;
      last = value;
      if (r < w) return value;
      r -= w;
    }
    return last as T;
  }

  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      const tmp = items[i] as T;
      items[i] = items[j] as T;
      items[j] = tmp;
    }
    return items;
  }

  sample<T>(items: readonly T[], k: number): T[] {
    return this.shuffle([...items]).slice(0, Math.max(0, k));
  }

  fork(label: string | number): Rng {
    return new Sfc32(`${this.seed}/${label}`);
  }
}

/**
 * Creates a seeded random source.
 *
 * @example
 * const rng = createRng('demo');
 * rng.int(1, 6); // the same on every run
 */
export function createRng(seed: string): Rng {
  return new Sfc32(seed);
}

/** A 32-bit hash of a string (cyrb128's first word), for stateless per-record draws. */
export function hashString(text: string): number {
  return cyrb128(text)[0];
}

/**
 * Stateless draw in [0, 1) from a seed hash and up to four integers (murmur3 mixing). Lets the streaming
 * generator recompute one worker-month without replaying a sequence.
 */
export function hashUnit(seedHash: number, a: number, b = 0, c = 0, d = 0): number {
  let h = mix(mix(mix(mix(seedHash | 0, a), b), c), d);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return (h >>> 0) / 4294967296;
}

function mix(h: number, value: number): number {
  let v = Math.imul(value | 0, 0xcc9e2d51);
  v = (v << 15) | (v >>> 17);
  v = Math.imul(v, 0x1b873593);
  const x = h ^ v;
  return (Math.imul((x << 13) | (x >>> 19), 5) + 0xe6546b64) | 0;
}

/** Stateless integer in [min, max] from {@link hashUnit}. */
export function hashInt(seedHash: number, min: number, max: number, a: number, b = 0, c = 0, d = 0): number {
  if (max < min) return min;
  return min + Math.floor(hashUnit(seedHash, a, b, c, d) * (max - min + 1));
}
