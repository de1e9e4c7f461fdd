import type { Campaign } from '@rectify/schemas';
import { sha256Hex } from './hash';
import type { Rule, RulePack } from './types';

/** Canonical JSON: object keys sorted and functions left out, so the hash does not depend on key order. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined && typeof v !== 'function')
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/**
 * Declares a rule pack. The hash covers every rule's metadata (id, version, clauses, quotes, parameters,
 * messages) but not function source text, which differs between the TypeScript source and a build: a change
 * of logic must bump the rule's version, and so changes the hash.
 */
export function definePack(
  id: string,
  version: string,
  campaign: Campaign,
  rules: readonly Rule[],
): RulePack {
  // biome-ignore lint/suspicious/noExplicitAny: rules of different parameter types are hashed alike
  const hash = sha256Hex(canonicalJson({ id, version, campaign, rules: rules as any }));
  return { id, version, hash, campaign, rules };
}
