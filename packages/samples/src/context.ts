import type { Enterprise } from '@rectify/schemas';
import { dayOf, parseDay } from './calendar';
import type { Geography } from './geography';
import { UsccFactory } from './identity';
import type { ResolvedOptions } from './options';
import { createRng, type Rng } from './prng';

/** What every part of the generator shares: options, the root random source, identifiers, enterprises. */
export interface GenContext {
  /** The resolved options. */
  readonly options: ResolvedOptions;
  /** Root random source; parts fork their own from it by label, so they do not disturb each other. */
  readonly rng: Rng;
  /** The as-of date as a day number. */
  readonly asOfDay: number;
  /** The campaign year. */
  readonly year: number;
  /** 1 July of the campaign year: the campaigns start in July (PI.S1, WG.S1). */
  readonly campaignStartDay: number;
  /** Unique USCC maker. */
  readonly usccs: UsccFactory;
  /** Every enterprise, in the order they were created. */
  readonly enterprises: Enterprise[];
  /** Divisions and placement. */
  readonly geography: Geography;
}

/** Creates the shared context. */
export function createContext(options: ResolvedOptions, geography: Geography): GenContext {
  const rng = createRng(options.seed);
  return {
    options,
    rng,
    asOfDay: parseDay(options.asOf),
    year: options.campaignYear,
    campaignStartDay: dayOf(options.campaignYear, 7, 1),
    usccs: new UsccFactory(rng.fork('uscc')),
    enterprises: [],
    geography,
  };
}

/** A day in [from, to] (both inclusive), clamped so that it is never after `to`. */
export function dayBetween(rng: Rng, from: number, to: number): number {
  return to < from ? to : rng.int(from, to);
}

/** A standard normal draw (Box–Muller). */
export function normal(rng: Rng): number {
  const u = 1 - rng.next();
  const v = rng.next();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** Rounds square metres to two decimals. */
export function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
