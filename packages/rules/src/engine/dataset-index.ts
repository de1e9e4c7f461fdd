import type { Dataset, RecordKind, RecordOf } from '@rectify/schemas';

/** A record with its JSON Pointer in the dataset. */
export interface Located<R> {
  record: R;
  pointer: string;
}

function group<R>(list: readonly Located<R>[], key: (r: R) => string | undefined): Map<string, Located<R>[]> {
  const map = new Map<string, Located<R>[]>();
  for (const item of list) {
    const k = key(item.record);
    if (k === undefined) continue;
    const bucket = map.get(k);
    if (bucket) bucket.push(item);
    else map.set(k, [item]);
  }
  return map;
}

function byId<R extends { id: string }>(list: readonly Located<R>[]): Map<string, Located<R>> {
  const map = new Map<string, Located<R>>();
  // The first record wins on a duplicate id; validate() reports the duplicate.
  for (const item of list) if (!map.has(item.record.id)) map.set(item.record.id, item);
  return map;
}

/**
 * The dataset indexed once per check: every lookup a rule needs is a map access, so a full run is linear in
 * the data. Built lazily per kind, so a public-income check never indexes payroll.
 */
export class DatasetIndex {
  readonly dataset: Dataset;
  readonly campaignYear: number;
  private readonly cache = new Map<string, unknown>();

  constructor(dataset: Dataset) {
    this.dataset = dataset;
    this.campaignYear = dataset.campaignYear;
  }

  private memo<T>(key: string, build: () => T): T {
    let value = this.cache.get(key) as T | undefined;
    if (value === undefined) {
      value = build();
      this.cache.set(key, value);
    }
    return value;
  }

  /** All records of a kind with their pointers. */
  all<K extends RecordKind>(kind: K): Located<RecordOf<K>>[] {
    return this.memo(`all:${kind}`, () => {
      const list = (this.dataset.records[kind] ?? []) as RecordOf<K>[];
      return list.map((record, i) => ({ record, pointer: `/records/${kind}/${i}` }));
    });
  }

  /** Records of a kind by id (kinds that have an `id`). */
  byId<K extends RecordKind>(kind: K): Map<string, Located<RecordOf<K> & { id: string }>> {
    return this.memo(`id:${kind}`, () => byId(this.all(kind) as Located<RecordOf<K> & { id: string }>[]));
  }

  /** Records of a kind grouped by a field's value (e.g. disclosures by `communityId`). */
  groupBy<K extends RecordKind>(kind: K, field: string): Map<string, Located<RecordOf<K>>[]> {
    return this.memo(`group:${kind}:${field}`, () =>
      group(this.all(kind), (r) => {
        const v = (r as Record<string, unknown>)[field];
        return typeof v === 'string' ? v : undefined;
      }),
    );
  }

  /** Records of a kind for one value of a field (empty when none). */
  of<K extends RecordKind>(kind: K, field: string, value: string): Located<RecordOf<K>>[] {
    return this.groupBy(kind, field).get(value) ?? [];
  }

  private disclosures: Map<string, Located<RecordOf<'quarterlyDisclosure'>>[]> | undefined;

  /** The disclosure of a community for a quarter (the first one when a host sends two). */
  disclosure(communityId: string, quarter: string): Located<RecordOf<'quarterlyDisclosure'>> | undefined {
    this.disclosures ??= this.groupBy('quarterlyDisclosure', 'communityId');
    // A community has a handful of disclosures: scanning its own is faster than a map per community.
    const list = this.disclosures.get(communityId);
    if (list !== undefined) for (const d of list) if (d.record.quarter === quarter) return d;
    return undefined;
  }

  /** Name of a division by code, from the dataset's division records. */
  divisionName(code: string): string | undefined {
    return this.divisions().get(code);
  }

  private divisions(): Map<string, string> {
    return this.memo('divisions', () => {
      const m = new Map<string, string>();
      for (const d of this.all('division')) m.set(d.record.code, d.record.name);
      return m;
    });
  }
}
