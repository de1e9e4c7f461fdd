// Checks every builder test makes of a document: the contract, the clause ids, and no personal data leaked.
import { isClauseId } from '@rectify/rules';
import type { Dataset } from '@rectify/schemas';
import { expect } from 'vitest';
import type { ReportDocument } from '../../document';
import { checkReportDocument } from '../../render/index';
import { leakedPersonalData } from './dataset';

/** Asserts the document keeps the contract, cites known clauses and shows no personal data. */
export function expectSoundDocument(doc: ReportDocument, dataset: Dataset): void {
  expect(checkReportDocument(doc)).toEqual([]);
  expect(doc.meta.clauseIds.length).toBeGreaterThan(0);
  expect(doc.meta.clauseIds.filter((id) => !isClauseId(id))).toEqual([]);
  expect(leakedPersonalData(doc, dataset)).toEqual([]);
}

/** The golden-file text of a document. */
export function golden(doc: ReportDocument): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** The section of a document with this id (fails the test when missing). */
export function section<K extends ReportDocument['sections'][number]['kind']>(
  doc: ReportDocument,
  id: string,
  kind: K,
): Extract<ReportDocument['sections'][number], { kind: K }> {
  const found = doc.sections.find((s) => s.id === id);
  expect(found?.kind).toBe(kind);
  return found as Extract<ReportDocument['sections'][number], { kind: K }>;
}
