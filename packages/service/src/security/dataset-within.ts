import type { Dataset } from '@rectify/schemas';
import { ServiceError } from '../service-error';
import { divisionScope } from './division-scope';
import { placeRecords } from './territory';

/** Reference fields between records (as `validate()` checks them), with the kind they point at. */
const REFERENCES: ReadonlyArray<readonly [field: string, target: string]> = [
  ['communityId', 'community'],
  ['projectId', 'constructionProject'],
  ['workerId', 'worker'],
  ['decisionId', 'ownersDecision'],
  ['repairProjectId', 'repairProject'],
  ['milestoneId', 'paymentMilestone'],
  ['subcontractId', 'subcontract'],
  ['auditId', 'audit'],
];

/**
 * The part of a dataset a key of `divisionCode` may send: the records that lie inside the division (as the service
 * places them), then without the records that refer to a record left out (a disclosure citing a bundled audit
 * that spans two streets). For hosts that hold a city's data and call the service for one county or street: the
 * service itself never filters, it refuses.
 *
 * @throws ServiceError `INVALID_OPTION` for a malformed division code.
 * @example
 * const streetData = datasetWithin(cityData, '350503001');
 */
export function datasetWithin(dataset: Dataset, divisionCode: string): Dataset {
  const scope = divisionScope(divisionCode);
  if (!scope)
    throw new ServiceError('INVALID_OPTION', 'divisionCode must be a division code of 6, 9 or 12 digits');
  const records = dataset.records as Record<string, unknown[] | undefined>;
  const placements = placeRecords(records, scope);
  const kept: Record<string, Record<string, unknown>[]> = {};
  for (const [kind, list] of Object.entries(records)) {
    if (!Array.isArray(list)) continue;
    const where = placements.get(kind) ?? [];
    kept[kind] = list.filter((_, i) => where[i] === 'in') as Record<string, unknown>[];
  }
  // Dropping a record can orphan another; repeat until nothing refers to a record left out.
  for (let changed = true; changed; ) {
    changed = false;
    const removed = new Map<string, Set<string>>();
    for (const [kind, list] of Object.entries(records)) {
      const ids = new Set((kept[kind] ?? []).map((r) => r.id));
      removed.set(
        kind,
        new Set(
          (list ?? [])
            .map((r) => (r as { id?: unknown }).id)
            .filter((id): id is string => typeof id === 'string' && !ids.has(id)),
        ),
      );
    }
    for (const [kind, list] of Object.entries(kept)) {
      const next = list.filter(
        (r) =>
          !REFERENCES.some(
            ([field, target]) => typeof r[field] === 'string' && removed.get(target)?.has(r[field] as string),
          ),
      );
      if (next.length !== list.length) {
        kept[kind] = next;
        changed = true;
      }
    }
  }
  const out: Record<string, unknown[]> = {};
  for (const [kind, list] of Object.entries(kept)) if (list.length > 0) out[kind] = list;
  return { ...dataset, records: out as Dataset['records'] };
}
