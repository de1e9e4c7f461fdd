import type { Community, ConstructionProject, Dataset } from '@rectify/schemas';

/** Look-ups of the records reports name by id: communities, projects, enterprises. */
export interface SubjectIndex {
  /** Communities by id. */
  readonly communities: ReadonlyMap<string, Community>;
  /** Construction projects by id. */
  readonly projects: ReadonlyMap<string, ConstructionProject>;
  /** Enterprise names by USCC (enterprise records, then the names carried by communities and projects). */
  readonly enterprises: ReadonlyMap<string, string>;
}

/** Indexes a dataset's communities, projects and enterprise names; the first record of an id wins. */
export function subjectIndex(dataset: Dataset): SubjectIndex {
  const communities = new Map<string, Community>();
  for (const c of dataset.records.community ?? []) if (!communities.has(c.id)) communities.set(c.id, c);
  const projects = new Map<string, ConstructionProject>();
  for (const p of dataset.records.constructionProject ?? []) if (!projects.has(p.id)) projects.set(p.id, p);
  const enterprises = new Map<string, string>();
  const remember = (uscc: string, name: string) => {
    if (!enterprises.has(uscc)) enterprises.set(uscc, name);
  };
  for (const e of dataset.records.enterprise ?? []) remember(e.uscc, e.name);
  for (const c of communities.values()) remember(c.companyUscc, c.companyName);
  for (const p of projects.values()) {
    remember(p.builder.uscc, p.builder.name);
    remember(p.generalContractor.uscc, p.generalContractor.name);
  }
  return { communities, projects, enterprises };
}

/** The name of what a record is about: its community, else its project, else its enterprise; else `''`. */
export function subjectName(
  index: SubjectIndex,
  ref: { communityId?: string; projectId?: string; enterpriseUscc?: string },
): string {
  if (ref.communityId !== undefined) return index.communities.get(ref.communityId)?.name ?? ref.communityId;
  if (ref.projectId !== undefined) return index.projects.get(ref.projectId)?.name ?? ref.projectId;
  if (ref.enterpriseUscc !== undefined)
    return index.enterprises.get(ref.enterpriseUscc) ?? ref.enterpriseUscc;
  return '';
}
