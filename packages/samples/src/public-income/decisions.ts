import type { EvidenceRef, ExpenseCategory, OwnersDecision } from '@rectify/schemas';
import { formatDay } from '../calendar';
import { round2 } from '../context';
import type { Rng } from '../prng';

/** What an owners' decision is about. */
export type DecisionMatter = OwnersDecision['matters'][number];

/** Inputs of {@link ownersDecision}. */
export interface DecisionInput {
  readonly id: string;
  readonly communityId: string;
  readonly decidedDay: number;
  readonly subject: string;
  readonly matters: DecisionMatter[];
  readonly expenseCategories?: ExpenseCategory[];
  readonly totalArea: number;
  readonly totalOwners: number;
}

/**
 * An owners' decision that clears Civil Code art. 278's major threshold with a margin: participation of at
 * least 70 % of area and owners (≥ 2/3 required) and approval of at least 80 % of the participants (≥ 3/4
 * required), so it is valid for every matter, ordinary or major.
 */
export function ownersDecision(rng: Rng, input: DecisionInput): OwnersDecision {
  const participatingOwners = Math.min(
    input.totalOwners,
    Math.ceil(input.totalOwners * (0.7 + rng.next() * 0.23)),
  );
  const participatingArea = round2(input.totalArea * (0.7 + rng.next() * 0.23));
  const approvingOwners = Math.min(
    participatingOwners,
    Math.ceil(participatingOwners * (0.8 + rng.next() * 0.17)),
  );
  const approvingArea = round2(participatingArea * (0.8 + rng.next() * 0.17));
  const evidence: EvidenceRef[] = [
    {
      kind: 'minutes',
      ref: `JY-${input.id}`,
      title: '业主大会会议决定及表决结果公告',
      date: formatDay(input.decidedDay),
    },
  ];
  return {
    id: input.id,
    communityId: input.communityId,
    decidedOn: formatDay(input.decidedDay),
    subject: input.subject,
    matters: input.matters,
    expenseCategories: input.expenseCategories ?? [],
    totalArea: input.totalArea,
    totalOwners: input.totalOwners,
    participatingArea,
    participatingOwners,
    approvingArea,
    approvingOwners,
    evidence,
  };
}
