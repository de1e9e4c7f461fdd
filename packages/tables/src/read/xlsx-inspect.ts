import type { ByteSource } from './byte-source';
import type { TableIssue } from './table-issue';
import type { ZipEntry } from './zip-guard';
import { inflateEntry, Refused, refuse } from './zip-inflate';

/** A merged range of a worksheet: rows 1-based as shown, columns 0-based (A = 0). */
export interface MergeRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** A worksheet of the workbook, in tab order. */
export interface WorkbookSheet {
  /** The tab name. */
  name: string;
  /** Hidden sheets (lists for drop-downs, say) are skipped unless asked for by name. */
  hidden: boolean;
  /** The zip entry holding it, when found. */
  entry?: string;
  /** How the exceljs streaming reader identifies it: `${id}|${name}`. */
  readerKey?: string;
  /** `sheetId` of `xl/workbook.xml`. */
  sheetId?: number;
  /** The relationship id (`r:id`) of `xl/workbook.xml`, when written with the `r` prefix. */
  rId?: string;
  /** Its merged ranges. */
  merges: MergeRange[];
}

/** What {@link inspectXlsx} learnt about a workbook. */
export interface XlsxInfo {
  /** The worksheets in tab order. */
  sheets: WorkbookSheet[];
  /** The workbook counts dates from 1904 (old Mac Excel). */
  date1904: boolean;
}

/** The result of {@link inspectXlsx}. */
export type XlsxInspection = { ok: true; info: XlsxInfo } | { ok: false; issue: TableIssue };

const MAX_XML_PART = 16 * 1024 * 1024;
const MAX_MERGES = 100_000;
const WORKSHEET_ENTRY = /xl\/worksheets\/sheet([0-9]+)[.]xml/;
const FIRST_PARTS = [
  'xl/_rels/workbook.xml.rels',
  'xl/workbook.xml',
  'xl/sharedStrings.xml',
  'xl/styles.xml',
];

/**
 * Whether exceljs's streaming reader reads an entry: the workbook, its relationships, shared strings,
 * styles and worksheets (by exceljs's own test of the name). Nothing else is inflated at all.
 */
export function isReadPart(name: string): boolean {
  return FIRST_PARTS.includes(name) || WORKSHEET_ENTRY.test(name);
}

/** The parts exceljs must meet first, in this order. */
export const LEADING_PARTS: readonly string[] = FIRST_PARTS;
const MERGE =
  /<(?:[A-Za-z0-9_]+:)?mergeCell\b[^>]*?\bref\s*=\s*["']\$?([A-Z]{1,3})\$?([0-9]{1,7})(?::\$?([A-Z]{1,3})\$?([0-9]{1,7}))?["']/g;
const TAG = (name: string) => new RegExp(`<(?:[A-Za-z0-9_]+:)?${name}\\b([^>]*)>`, 'g');
const ATTRIBUTE = /([A-Za-z_][-A-Za-z0-9_.]*(?::[A-Za-z_][-A-Za-z0-9_.]*)?)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (_, e: string) => {
    if (e === 'amp') return '&';
    if (e === 'lt') return '<';
    if (e === 'gt') return '>';
    if (e === 'quot') return '"';
    if (e === 'apos') return "'";
    const code = e.startsWith('#x') ? Number.parseInt(e.slice(2), 16) : Number.parseInt(e.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
}

function attributes(source: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of source.matchAll(ATTRIBUTE)) out.set(m[1] ?? '', decodeEntities(m[2] ?? m[3] ?? ''));
  return out;
}

/** 0-based column index of letters (`A` = 0, `AA` = 26). */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

async function entryText(source: ByteSource, entry: ZipEntry): Promise<string> {
  if (entry.uncompressedSize > MAX_XML_PART) {
    refuse(
      'XLSX_CORRUPT',
      `工作簿中的“${entry.name}”过大，无法作为工作簿读取。`,
      `The part "${entry.name}" is too large to be a workbook part.`,
    );
  }
  const parts: Buffer[] = [];
  for await (const chunk of inflateEntry(source, entry)) parts.push(chunk);
  return Buffer.concat(parts).toString('utf8');
}

async function scanMerges(source: ByteSource, entry: ZipEntry): Promise<MergeRange[]> {
  const merges: MergeRange[] = [];
  let carry: Buffer = Buffer.alloc(0);
  for await (const chunk of inflateEntry(source, entry)) {
    const window = carry.byteLength > 0 ? Buffer.concat([carry, chunk]) : chunk;
    let consumed = 0;
    if (window.includes('mergeCell')) {
      // Tags are ASCII, so a latin1 view of UTF-8 bytes finds them at the same offsets.
      const text = window.toString('latin1');
      for (const m of text.matchAll(MERGE)) {
        const top = Number(m[2]);
        const left = columnIndex(m[1] ?? 'A');
        const bottom = m[4] === undefined ? top : Number(m[4]);
        const right = m[3] === undefined ? left : columnIndex(m[3]);
        if (merges.length < MAX_MERGES && (bottom > top || right > left)) {
          merges.push({
            top: Math.min(top, bottom),
            left: Math.min(left, right),
            bottom: Math.max(top, bottom),
            right: Math.max(left, right),
          });
        }
        consumed = (m.index ?? 0) + m[0].length;
      }
    }
    const keepFrom = Math.max(consumed, window.byteLength - 256);
    carry = Buffer.from(window.subarray(keepFrom));
  }
  return merges;
}

async function drain(source: ByteSource, entry: ZipEntry): Promise<void> {
  for await (const _ of inflateEntry(source, entry)) {
    // Inflating checks the declared size and CRC; the bytes are not needed.
  }
}

function resolveTarget(target: string): string {
  const path = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '..') out.pop();
    else if (part !== '.' && part !== '') out.push(part);
  }
  return out.join('/');
}

/**
 * Inflates every part of a guarded XLSX archive that exceljs reads (see {@link isReadPart}) as a
 * stream, nothing held but the small workbook parts, refusing it when an entry expands beyond its declared size (`XLSX_ZIP_BOMB`), fails its CRC or
 * does not inflate (`XLSX_CORRUPT`), or when it has no `xl/workbook.xml` (a `.docx`, an `.ods` or a plain
 * zip renamed `.xlsx`). Returns the worksheets in tab order with their merged ranges, which the exceljs
 * streaming reader does not report, and the workbook's date system.
 */
export async function inspectXlsx(source: ByteSource, entries: readonly ZipEntry[]): Promise<XlsxInspection> {
  try {
    const byName = new Map(entries.map((e) => [e.name, e]));
    const workbookEntry = byName.get('xl/workbook.xml');
    if (!workbookEntry) {
      refuse(
        'XLSX_CORRUPT',
        '文件是压缩包但不是 XLSX 工作簿（缺少 xl/workbook.xml），请用 Excel 或 WPS 另存为 XLSX 后上传。',
        'The file is a zip archive but not an XLSX workbook (xl/workbook.xml is missing); save it as XLSX with Excel or WPS and upload it.',
      );
    }
    const relsEntry = byName.get('xl/_rels/workbook.xml.rels');
    if (!relsEntry) {
      refuse(
        'XLSX_CORRUPT',
        '工作簿缺少 xl/_rels/workbook.xml.rels，无法找到工作表，请用 Excel 或 WPS 重新保存后上传。',
        'The workbook lacks xl/_rels/workbook.xml.rels, so its sheets cannot be found; save it again with Excel or WPS and upload it.',
      );
    }
    const workbook = await entryText(source, workbookEntry);
    const rels = await entryText(source, relsEntry);
    const targets = new Map<string, string>();
    const rawTargets = new Map<string, string>();
    for (const m of rels.matchAll(TAG('Relationship'))) {
      const a = attributes(m[1] ?? '');
      const id = a.get('Id');
      const target = a.get('Target');
      if (id !== undefined && target !== undefined) {
        targets.set(id, resolveTarget(target));
        rawTargets.set(id, target);
      }
    }
    const merges = new Map<string, MergeRange[]>();
    for (const entry of entries) {
      if (entry === workbookEntry || entry === relsEntry || !isReadPart(entry.name)) continue;
      if (WORKSHEET_ENTRY.test(entry.name)) merges.set(entry.name, await scanMerges(source, entry));
      else await drain(source, entry);
    }
    const date1904 = /<(?:[A-Za-z0-9_]+:)?workbookPr\b[^>]*\bdate1904\s*=\s*["'](1|true)["']/.test(workbook);
    const sheets: WorkbookSheet[] = [];
    for (const m of workbook.matchAll(TAG('sheet'))) {
      const a = attributes(m[1] ?? '');
      const name = a.get('name');
      if (name === undefined) continue;
      let rId: string | undefined;
      for (const [key, value] of a) if (key === 'r:id' || key.endsWith(':id')) rId = value;
      const entry = rId === undefined ? undefined : targets.get(rId);
      const state = a.get('state');
      const sheet: WorkbookSheet = {
        name,
        hidden: state === 'hidden' || state === 'veryHidden',
        merges: (entry ? merges.get(entry) : undefined) ?? [],
      };
      const sheetId = Number(a.get('sheetId'));
      if (Number.isInteger(sheetId)) sheet.sheetId = sheetId;
      const prefixed = a.get('r:id');
      if (prefixed !== undefined) sheet.rId = prefixed;
      if (entry) {
        sheet.entry = entry;
        // exceljs names a worksheet only when the relationship target is exactly `worksheets/sheetN.xml`
        // and the sheet's relationship attribute is `r:id`; otherwise it calls it `Sheet<N>` by its id N.
        const n = WORKSHEET_ENTRY.exec(entry)?.[1];
        if (n !== undefined) {
          const exact = rawTargets.get(rId ?? '') === `worksheets/sheet${n}.xml` && a.has('r:id');
          sheet.readerKey = exact ? `${Number(a.get('sheetId'))}|${name}` : `${n}|Sheet${n}`;
        }
      }
      sheets.push(sheet);
    }
    return { ok: true, info: { sheets, date1904 } };
  } catch (error) {
    if (error instanceof Refused) return { ok: false, issue: error.issue };
    throw error;
  }
}
