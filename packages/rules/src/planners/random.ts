import { RulesError } from '../engine/check';

/**
 * A planner seed. A number and its decimal string are the same seed (`7` ≡ `'7'`), so a seed survives a round
 * trip through JSON, a URL or a CLI flag.
 */
export type Seed = number | string;

/** A seeded pseudo-random source: the only randomness planners use (no `Math.random`, no clock). */
export interface Random {
  /** The next unsigned 32-bit integer. */
  nextUint32(): number;
  /** A float in [0, 1), with 32 bits of resolution. */
  next(): number;
  /** A uniform integer in [0, n), without modulo bias. `n` is an integer in 1 … 2³². */
  int(n: number): number;
  /** A uniformly shuffled copy (Fisher–Yates); the input is not touched. */
  shuffle<T>(items: readonly T[]): T[];
  /**
   * A uniformly random cyclic permutation of 0 … n−1 (Sattolo's algorithm): `p[i]` is where `i` goes. For
   * n ≥ 2 no element maps to itself, and for n ≥ 3 no two elements map to each other.
   */
  cycle(n: number): number[];
}

/** The canonical text of a seed; throws for a seed that is not a finite number or a string (API misuse). */
export function seedText(seed: Seed): string {
  if (typeof seed === 'number' && Number.isFinite(seed)) return String(seed);
  if (typeof seed === 'string') return seed;
  throw new RulesError('INVALID_OPTION', `seed must be a finite number or a string, got ${String(seed)}`);
}

// xmur3: spreads a string of any length over 32-bit words, each draw mixing the state again.
function xmur3(text: string): () => number {
  let h = 1779033703 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    h = Math.imul(h ^ text.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  return () => {
    h = Math.imul(h ^ (h >>> 16), 2246822507);
    h = Math.imul(h ^ (h >>> 13), 3266489909);
    h ^= h >>> 16;
    return h >>> 0;
  };
}

const TWO_32 = 4294967296;

/**
 * Creates the seeded source for a seed and a stream name. Each planner draws from its own stream per county
 * or area (`createRandom(seed, 'sampling', '350503')`), so filtering the plan to one county, or adding a
 * county to the dataset, leaves every other county's draw unchanged.
 *
 * The generator is sfc32 (128-bit state, passes PractRand to terabytes): deterministic on every JavaScript
 * engine because it uses only 32-bit integer operations.
 *
 * @param seed - the plan's seed
 * @param streams - names that separate independent draws under one seed
 */
export function createRandom(seed: Seed, ...streams: string[]): Random {
  const mix = xmur3([seedText(seed), ...streams].join('\u241f'));
  let a = mix();
  let b = mix();
  let c = mix();
  let d = mix();
  const nextUint32 = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  // The first outputs of a freshly seeded sfc32 are still correlated with the seed words.
  for (let i = 0; i < 15; i++) nextUint32();

  const int = (n: number): number => {
    if (!Number.isInteger(n) || n < 1 || n > TWO_32)
      throw new RulesError('INVALID_OPTION', `int(n) needs an integer 1 … 2^32, got ${n}`);
    // Rejection keeps every value equally likely: 2^32 is rarely a multiple of n.
    const limit = TWO_32 - (TWO_32 % n);
    for (;;) {
      const u = nextUint32();
      if (u < limit) return u % n;
    }
  };

  return {
    nextUint32,
    next: () => nextUint32() / TWO_32,
    int,
    shuffle<T>(items: readonly T[]): T[] {
      const out = [...items];
      for (let i = out.length - 1; i > 0; i--) {
        const j = int(i + 1);
        const tmp = out[i] as T;
        out[i] = out[j] as T;
        out[j] = tmp;
      }
      return out;
    },
    cycle(n: number): number[] {
      if (!Number.isInteger(n) || n < 0)
        throw new RulesError('INVALID_OPTION', `cycle(n) needs an integer ≥ 0, got ${n}`);
      // Sattolo: Fisher–Yates with j < i turns the identity into a uniform single n-cycle, order[i] = image of i.
      const order = Array.from({ length: n }, (_, i) => i);
      for (let i = n - 1; i > 0; i--) {
        const j = int(i);
        const tmp = order[i] as number;
        order[i] = order[j] as number;
        order[j] = tmp;
      }
      return order;
    },
  };
}
