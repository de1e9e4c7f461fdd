import type { RecordKind } from '@rectify/schemas';
import type { RecordMapping } from '../mapping';
import { COMMUNITY_MAPPING } from './community';
import { COMPLAINT_MAPPING } from './complaint';
import { CONSTRUCTION_PROJECT_MAPPING } from './construction-project';
import { DISCLOSURE_LINES_MAPPING } from './disclosure-lines';
import { INSPECTION_MAPPING } from './inspection';
import { PAYROLL_LINE_MAPPING } from './payroll-line';
import { PROBLEM_MAPPING } from './problem';
import { WAGE_COMPLAINT_MAPPING } from './wage-complaint';
import { WORKER_MAPPING } from './worker';

/**
 * The declared mappings, by record kind: the tables street offices and counties upload. `importTable`
 * uses `MAPPINGS[kind]` unless given a mapping; extend one with `extendMapping`.
 */
export const MAPPINGS = {
  community: COMMUNITY_MAPPING,
  inspection: INSPECTION_MAPPING,
  complaint: COMPLAINT_MAPPING,
  problem: PROBLEM_MAPPING,
  constructionProject: CONSTRUCTION_PROJECT_MAPPING,
  worker: WORKER_MAPPING,
  payrollLine: PAYROLL_LINE_MAPPING,
  wageComplaint: WAGE_COMPLAINT_MAPPING,
  quarterlyDisclosure: DISCLOSURE_LINES_MAPPING,
} as const satisfies { readonly [K in RecordKind]?: RecordMapping<K> };

/** A record kind the kit declares a mapping for. */
export type MappedKind = keyof typeof MAPPINGS;

export {
  COMMUNITY_MAPPING,
  COMPLAINT_MAPPING,
  CONSTRUCTION_PROJECT_MAPPING,
  DISCLOSURE_LINES_MAPPING,
  INSPECTION_MAPPING,
  PAYROLL_LINE_MAPPING,
  PROBLEM_MAPPING,
  WAGE_COMPLAINT_MAPPING,
  WORKER_MAPPING,
};
