import type { ReportDocument, Row, Section } from '../document';
import { assertReportDocument } from './check-document';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

// Keys in contract order first (so the file reads top-down like the document), then any other key
// alphabetically: the same document always gives the same bytes, whatever order a builder set them in.
const KEY_ORDER = [
  'kind',
  'id',
  'key',
  'title',
  'subtitle',
  'header',
  'label',
  'icon',
  'type',
  'width',
  'statuses',
  'value',
  'zh-CN',
  'en',
  'meta',
  'campaign',
  'clauseIds',
  'period',
  'divisionCode',
  'divisionName',
  'documentNumber',
  'asOf',
  'dueOn',
  'packs',
  'version',
  'hash',
  'columns',
  'rows',
  'totals',
  'note',
  'paragraphs',
  'items',
  'sections',
  'signature',
  'unit',
  'seal',
  'date',
  'contacts',
  'layout',
  'paper',
  'orientation',
];
const RANK = new Map(KEY_ORDER.map((key, i) => [key, i]));

function compareKeys(a: string, b: string): number {
  const ra = RANK.get(a) ?? KEY_ORDER.length;
  const rb = RANK.get(b) ?? KEY_ORDER.length;
  if (ra !== rb) return ra - rb;
  return a < b ? -1 : a > b ? 1 : 0;
}

function ordered(value: unknown, keyOrder?: readonly string[]): Json {
  if (value === null || typeof value !== 'object') return value === undefined ? null : (value as Json);
  if (Array.isArray(value)) return value.map((item) => ordered(item));
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  const own = keyOrder ? new Map(keyOrder.map((key, i) => [key, i])) : undefined;
  entries.sort(([a], [b]) => {
    if (own) {
      const ra = own.get(a) ?? own.size;
      const rb = own.get(b) ?? own.size;
      if (ra !== rb) return ra - rb;
    }
    return compareKeys(a, b);
  });
  const out: { [key: string]: Json } = {};
  for (const [key, v] of entries) out[key] = ordered(v);
  return out;
}

function orderedSection(section: Section): Json {
  if (section.kind !== 'table') return ordered(section);
  // Row values follow the column order, the order a reader of the table expects.
  const keys = section.columns.map((column) => column.key);
  const rowOf = (row: Row) => ordered(row, keys);
  const out = ordered({ ...section, rows: [], totals: undefined }) as { [key: string]: Json };
  out.rows = section.rows.map(rowOf);
  const withTotals: { [key: string]: Json } = {};
  for (const [key, v] of Object.entries(out)) {
    withTotals[key] = v;
    if (key === 'rows' && section.totals !== undefined) withTotals.totals = rowOf(section.totals);
  }
  return withTotals;
}

/**
 * The document as pretty-printed JSON (two-space indent, a final newline) in a stable form: keys in
 * the order of the {@link ReportDocument} contract, then alphabetically; row values in column order;
 * `undefined` fields left out. The same document always gives the same text, and the text parses
 * back to an equal document. Money stays integer fen.
 *
 * Throws {@link ReportRenderError} (`INVALID_DOCUMENT`) when the document breaks its contract.
 */
export function renderJson(doc: ReportDocument): string {
  assertReportDocument(doc, 'renderJson');
  const top = ordered({ ...doc, sections: [] }) as { [key: string]: Json };
  top.sections = doc.sections.map(orderedSection);
  return `${JSON.stringify(top, null, 2)}\n`;
}
