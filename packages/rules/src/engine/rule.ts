import type { Bilingual } from '@rectify/schemas';
import type { Condition, Evaluation, Evidence, Rule } from './types';

/**
 * Declares a rule. Identity function with inference: it exists so a rule file reads as data and its
 * parameter types flow into `evaluate`.
 */
export function defineRule<P extends Record<string, number | string | boolean>>(rule: Rule<P>): Rule<P> {
  return rule;
}

/** Shorthand for a bilingual text. */
export function t(zh: string, en: string): Bilingual {
  return { 'zh-CN': zh, en };
}

/**
 * An evaluation with `extra`'s fields. Written field by field, not with a spread: a check makes one for every
 * rule × subject, and a spread into a literal takes V8's slow path (several times the time and memory).
 */
function evaluation(outcome: Evaluation['outcome'], extra: Partial<Evaluation> | undefined): Evaluation {
  const ev: Evaluation = { outcome };
  if (extra !== undefined) {
    if (extra.evidence !== undefined) ev.evidence = extra.evidence;
    if (extra.why !== undefined) ev.why = extra.why;
    if (extra.deadline !== undefined) ev.deadline = extra.deadline;
    if (extra.params !== undefined) ev.params = extra.params;
    if (extra.clauseIds !== undefined) ev.clauseIds = extra.clauseIds;
  }
  return ev;
}

/** A passing evaluation. */
export function pass(evidence: Evidence[] = [], extra?: Partial<Evaluation>): Evaluation {
  const ev = evaluation('pass', extra);
  ev.evidence ??= evidence;
  return ev;
}

/** A failing evaluation with its failed conditions. */
export function fail(why: Condition[], evidence: Evidence[] = [], extra?: Partial<Evaluation>): Evaluation {
  const ev = evaluation('fail', extra);
  ev.why ??= why;
  ev.evidence ??= evidence;
  return ev;
}

/** Not yet due on asOf. */
export function pending(
  deadline: string | undefined,
  evidence: Evidence[] = [],
  extra?: Partial<Evaluation>,
): Evaluation {
  const ev = evaluation('pending', extra);
  if (deadline !== undefined) ev.deadline ??= deadline;
  ev.evidence ??= evidence;
  return ev;
}

/** The evidence needed is missing: never a silent pass. */
export function unknown(evidence: Evidence[] = [], extra?: Partial<Evaluation>): Evaluation {
  const ev = evaluation('unknown', extra);
  ev.evidence ??= evidence;
  return ev;
}

/** The rule does not apply to this subject. */
export function notApplicable(extra?: Partial<Evaluation>): Evaluation {
  return evaluation('not_applicable', extra);
}
