import type { Bilingual } from '@rectify/schemas';

/** What the findings list needs of a rule to explain a finding: its title and the clause text it quotes. */
export interface FindingRuleInfo {
  /** Rule id (`PI-DISCLOSURE-DEADLINE`). */
  id: string;
  /** Verbatim sentence(s) of the campaign document the rule implements. */
  quote: readonly string[];
  /** The rule's title. */
  title?: Bilingual;
}
