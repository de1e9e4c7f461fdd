// The dataset as the pages need it: loaded once from storage, checked once per as-of date (kept in memory), with the
// finding counts per subject and per division the drill-down lists show.
import {
  type CheckResult,
  check,
  DatasetIndex,
  type Finding,
  type OutcomeCounts,
  PUBLIC_INCOME_INDICATORS,
  publicIncomePack,
  WAGES_INDICATORS,
  wagesPack,
} from '@rectify/rules';
import type { Dataset, Division } from '@rectify/schemas';
import { loadDataset } from './storage/dataset-store';
import type { Storage } from './storage/storage';

/** The stored dataset with its index and division lookups. */
export interface LoadedDataset {
  readonly dataset: Dataset;
  readonly index: DatasetIndex;
  /** Every division record by code. */
  readonly divisions: ReadonlyMap<string, Division>;
}

/** Finding counts (fail, pending, unknown) of a subject or a division. */
export type FindingCounts = Pick<OutcomeCounts, 'fail' | 'pending' | 'unknown'>;

/** A check of the dataset as of one date, with its findings grouped for the pages. */
export interface CheckedDataset {
  readonly asOf: string;
  readonly result: CheckResult;
  /** Findings by subject id (community or project id). */
  readonly bySubject: ReadonlyMap<string, readonly Finding[]>;
  /** Counts by subject id. */
  readonly subjectCounts: ReadonlyMap<string, FindingCounts>;
  /** Counts by division code: the street and the county of each finding's subject. */
  readonly divisionCounts: ReadonlyMap<string, FindingCounts>;
}

/** Thrown when the storage holds no dataset yet. */
export class NoDatasetError extends Error {
  override readonly name = 'NoDatasetError';
}

const CIVIL_DATE = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/;

/** Whether `text` is a real civil date `YYYY-MM-DD`. */
export function isCivilDate(text: string): boolean {
  const m = CIVIL_DATE.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return mo >= 1 && mo <= 12 && d >= 1 && d <= days;
}

const zero = (): FindingCounts => ({ fail: 0, pending: 0, unknown: 0 });

function bump(map: Map<string, FindingCounts>, key: string | undefined, finding: Finding) {
  if (key === undefined) return;
  let counts = map.get(key);
  if (!counts) {
    counts = zero();
    map.set(key, counts);
  }
  if (finding.outcome === 'fail' || finding.outcome === 'pending' || finding.outcome === 'unknown')
    counts[finding.outcome]++;
}

/** Groups a check's findings for the pages. */
export function groupFindings(asOf: string, result: CheckResult): CheckedDataset {
  const bySubject = new Map<string, Finding[]>();
  const subjectCounts = new Map<string, FindingCounts>();
  const divisionCounts = new Map<string, FindingCounts>();
  for (const f of result.findings) {
    const id = f.subject.id;
    const list = bySubject.get(id);
    if (list) list.push(f);
    else bySubject.set(id, [f]);
    bump(subjectCounts, id, f);
    const division = f.subject.divisionCode;
    bump(divisionCounts, division, f);
    const county = f.subject.countyCode ?? division?.slice(0, 6);
    if (county !== undefined && county !== division) bump(divisionCounts, county, f);
  }
  return { asOf, result, bySubject, subjectCounts, divisionCounts };
}

/** Most check results kept in memory (each holds every finding of the city). */
const MAX_CHECKS = 4;

/** The dataset of a storage, loaded on first use, with a check per as-of date cached in memory. */
export class AppData {
  private loading: Promise<LoadedDataset> | undefined;
  private readonly checks = new Map<string, Promise<CheckedDataset>>();

  constructor(private readonly storage: Storage) {}

  /** The stored dataset (loaded once; {@link invalidate} forgets it). */
  dataset(): Promise<LoadedDataset> {
    this.loading ??= loadDataset(this.storage).then((dataset) => {
      if (!dataset) throw new NoDatasetError('No dataset is stored yet');
      const divisions = new Map<string, Division>();
      for (const d of dataset.records.division ?? []) divisions.set(d.code, d);
      return { dataset, index: new DatasetIndex(dataset), divisions };
    });
    this.loading.catch(() => {
      this.loading = undefined;
    });
    return this.loading;
  }

  /** Both packs and every indicator run as of `asOf` (a valid civil date), cached per date. */
  check(asOf: string): Promise<CheckedDataset> {
    const cached = this.checks.get(asOf);
    if (cached) {
      // Most recently used last, so the oldest is dropped first.
      this.checks.delete(asOf);
      this.checks.set(asOf, cached);
      return cached;
    }
    const running = this.dataset().then(({ dataset }) =>
      groupFindings(
        asOf,
        check(dataset, {
          asOf,
          packs: [publicIncomePack, wagesPack],
          indicators: [...PUBLIC_INCOME_INDICATORS, ...WAGES_INDICATORS],
        }),
      ),
    );
    running.catch(() => this.checks.delete(asOf));
    this.checks.set(asOf, running);
    while (this.checks.size > MAX_CHECKS) {
      const oldest = this.checks.keys().next().value as string;
      this.checks.delete(oldest);
    }
    return running;
  }

  /** Forgets the loaded dataset and every cached check (after the stored dataset changed). */
  invalidate(): void {
    this.loading = undefined;
    this.checks.clear();
  }
}
