// Builders of small datasets for planner scenarios: communities, their disclosures' income, petitions,
// inspectors and objections from a compact description.
import {
  completeOrganisationCode,
  completeUscc,
  type Dataset,
  Dataset as DatasetSchema,
} from '@rectify/schemas';

/** A valid USCC (check characters computed) for a small number, so fixtures can have many companies. */
export function usccOf(n: number): string {
  return completeUscc(`91350500${completeOrganisationCode(String(n).padStart(8, '0'))}`);
}

/** A community of a planner scenario. */
export interface CommunitySpec {
  id: string;
  /** Street (9 digits) or county (6 digits). */
  divisionCode: string;
  committeeCode?: string;
  /** Company number, turned into a USCC by {@link usccOf}. Defaults to 1. */
  company?: number;
  households?: number;
  buildingArea?: number;
  /** Number of registered income sources. Defaults to 1. */
  sources?: number;
  /** Income per quarter Q1…Q4 in fen; `null` = no disclosure for that quarter. Defaults to no disclosure. */
  income?: readonly (number | null)[];
}

/** A complaint of a planner scenario. */
export interface ComplaintSpec {
  id: string;
  communityId: string;
  transferredBy?: 'province' | 'city';
  receivedOn?: string;
  closedOn?: string;
}

/** An inspector of a planner scenario. */
export interface InspectorSpec {
  id: string;
  divisionCode: string;
  conflictCommunityIds?: string[];
  /** Company numbers (see {@link usccOf}). */
  conflictCompanies?: number[];
  active?: boolean;
}

/** An owners' objection of a planner scenario. */
export interface ObjectionSpec {
  id: string;
  communityId: string;
  quarter: string;
  raisedBy: 'owners-committee' | 'owners';
  ownersCount?: number;
}

/** The whole scenario. */
export interface PlannerDatasetSpec {
  year?: number;
  divisions?: { code: string; name: string; level: 'city' | 'county' | 'street' | 'committee' }[];
  communities: readonly CommunitySpec[];
  complaints?: readonly ComplaintSpec[];
  inspectors?: readonly InspectorSpec[];
  objections?: readonly ObjectionSpec[];
}

/** Builds a valid dataset (defaults applied by the schema) from a scenario description. */
export function plannerDataset(spec: PlannerDatasetSpec): Dataset {
  const year = spec.year ?? 2023;
  const disclosures = spec.communities.flatMap((c) =>
    (c.income ?? []).flatMap((amount, i) => {
      if (amount === null) return [];
      const quarter = `${year}Q${i + 1}`;
      return [
        {
          id: `D-${c.id}-${quarter}`,
          communityId: c.id,
          quarter,
          companyUscc: usccOf(c.company ?? 1),
          openingBalance: 0,
          incomeLines: amount > 0 ? [{ category: 'other', description: '其他收益', amount }] : [],
          incomeTotal: amount,
          expenseLines: [],
          expenseTotal: 0,
          closingBalance: amount,
        },
      ];
    }),
  );
  return DatasetSchema.parse({
    schemaVersion: '0.1.0',
    campaignYear: year,
    generatedAt: `${year}-11-30T18:00:00+08:00`,
    records: {
      division: spec.divisions ?? [],
      community: spec.communities.map((c) => ({
        id: c.id,
        name: `小区${c.id}`,
        divisionCode: c.divisionCode,
        ...(c.committeeCode === undefined ? {} : { committeeCode: c.committeeCode }),
        companyUscc: usccOf(c.company ?? 1),
        companyName: `物业公司${c.company ?? 1}`,
        buildingArea: c.buildingArea ?? 50_000,
        households: c.households ?? 400,
        ownersCommittee: { exists: false },
        board: { exists: true, atMainPedestrianEntrance: true },
        knownIncomeSources: Array.from({ length: c.sources ?? 1 }, (_, i) => ({
          id: `S${i + 1}`,
          category: 'parking',
          description: '停车',
        })),
      })),
      quarterlyDisclosure: disclosures,
      complaint: (spec.complaints ?? []).map((c) => ({
        id: c.id,
        communityId: c.communityId,
        divisionCode: spec.communities.find((x) => x.id === c.communityId)?.divisionCode ?? '350503',
        channel: c.transferredBy ? 'transfer' : 'hotline',
        ...(c.transferredBy ? { transferredBy: c.transferredBy } : {}),
        subject: 'misappropriation',
        summary: '反映公共收益问题',
        receivedOn: c.receivedOn ?? `${year}-03-01`,
        ...(c.closedOn ? { closedOn: c.closedOn } : {}),
      })),
      inspector: (spec.inspectors ?? []).map((i) => ({
        id: i.id,
        person: { id: `P-${i.id}`, name: '王检查' },
        unit: { unit: 'housing-authority', divisionCode: i.divisionCode },
        conflictCommunityIds: i.conflictCommunityIds ?? [],
        conflictCompanyUsccs: (i.conflictCompanies ?? []).map(usccOf),
        active: i.active ?? true,
      })),
      ownerObjection: (spec.objections ?? []).map((o) => ({
        id: o.id,
        communityId: o.communityId,
        quarter: o.quarter,
        raisedOn: `${o.quarter.slice(0, 4)}-${String(Number(o.quarter.slice(5)) * 3).padStart(2, '0')}-15`,
        raisedBy: o.raisedBy,
        ownersCount: o.ownersCount ?? 0,
        matter: '对公示结果有异议',
      })),
    },
  });
}
