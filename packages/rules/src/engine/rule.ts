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

/** A passing evaluation. */
export function pass(evidence: Evidence[] = [], extra: Partial<Evaluation> = {}): Evaluation {
  return { outcome: 'pass', evidence, ...extra };
}

/** A failing evaluation with its failed conditions. */
export function fail(
  why: Condition[],
  evidence: Evidence[] = [],
  extra: Partial<Evaluation> = {},
): Evaluation {
  return { outcome: 'fail', why, evidence, ...extra };
}

/** Not yet due on asOf. */
export function pending(
  deadline: string | undefined,
  evidence: Evidence[] = [],
  extra: Partial<Evaluation> = {},
): Evaluation {
  return deadline === undefined
    ? { outcome: 'pending', evidence, ...extra }
    : { outcome: 'pending', deadline, evidence, ...extra };
}

/** The evidence needed is missing: never a silent pass. */
export function unknown(evidence: Evidence[] = [], extra: Partial<Evaluation> = {}): Evaluation {
  return { outcome: 'unknown', evidence, ...extra };
}

/** The rule does not apply to this subject. */
export function notApplicable(extra: Partial<Evaluation> = {}): Evaluation {
  return { outcome: 'not_applicable', ...extra };
}
