// Deadlines of handling a case step by step, shared by the rule packs: which dates are known on asOf, and the
// two-step clock of a complaint (accepted in time, then answered or closed in time) that PI-COMPLAINT-HANDLING
// and WG-WAGE-COMPLAINT both judge.
import type { Bilingual } from '@rectify/schemas';
import { fail, pass, pending } from '../engine/rule';
import type { Condition, Evaluation, Evidence } from '../engine/types';

/** A date is only known once it has happened: a date after `asOf` does not count on `asOf`. */
export function knownBy(date: string | undefined, asOf: string): string | undefined {
  return date !== undefined && date <= asOf ? date : undefined;
}

/** True when a day-limit parameter is a whole number of days ≥ 0. */
export function isDayCount(n: number): boolean {
  return Number.isSafeInteger(n) && n >= 0;
}

/**
 * The handling clock of one case on `asOf`: its steps in order (a complaint accepted, then answered or closed),
 * each done on a known date or not yet, and due by a date. A step is late when it was done after its due date,
 * or is still not done once that date has passed. The late steps become the conditions and evidence of a
 * failure whose deadline is the first late step's due date; with none late, the case is pending until the first
 * step not yet done, and passes once every step is done.
 *
 * The caller builds a condition's text only for a step that is late, so a case handled in time costs no text.
 */
export class HandlingClock {
  /** The failed conditions, one a late step. */
  readonly why: Condition[] = [];
  /** The evidence, one a late step. */
  readonly evidence: Evidence[] = [];
  private readonly asOf: string;
  /** Due date of the first late step. */
  private firstLate: string | undefined = undefined;
  /** Due date of the first step not done. */
  private firstOpen: string | undefined = undefined;
  /** Due date of the last step. */
  private lastDue: string | undefined = undefined;

  constructor(asOf: string) {
    this.asOf = asOf;
  }

  /**
   * Registers the next step of the clock and tells whether it is late.
   *
   * @param done - The day the step was done, as known on asOf (see {@link knownBy}); undefined when not done.
   * @param by - The day it is due by.
   * @returns True when late: the caller then reports it with {@link HandlingClock.late}.
   */
  step(done: string | undefined, by: string): boolean {
    if (done === undefined && this.firstOpen === undefined) this.firstOpen = by;
    this.lastDue = by;
    return done !== undefined ? done > by : this.asOf > by;
  }

  /**
   * Reports a late step: one condition and one piece of evidence, both observing the day it was done (null when
   * not done) against `≤ by`.
   *
   * @param pointer - Where the evidence points: the field that holds (or should hold) the step's date.
   * @param note - A note on the evidence, if any.
   */
  late(
    clauseId: string,
    text: Bilingual,
    pointer: string,
    done: string | undefined,
    by: string,
    note?: Bilingual,
  ): void {
    const observed = done ?? null;
    const expected = `≤ ${by}`;
    this.why.push({ clauseId, text, observed, expected });
    this.evidence.push(
      note === undefined ? { pointer, observed, expected } : { pointer, observed, expected, note },
    );
    if (this.firstLate === undefined) this.firstLate = by;
  }

  /**
   * The evaluation once every step is registered: fail with the late steps, on the first late step's due date;
   * else pending until the first step not done; else pass, on the last step's due date.
   *
   * @param params - The message template's values, on every outcome.
   */
  outcome(params: Record<string, string | number>): Evaluation {
    if (this.why.length > 0)
      return fail(this.why, this.evidence, { deadline: this.firstLate as string, params });
    if (this.firstOpen !== undefined) return pending(this.firstOpen, [], { params });
    return pass([], { deadline: this.lastDue as string, params });
  }
}
