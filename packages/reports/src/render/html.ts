import type {
  CellValue,
  Column,
  ColumnType,
  KeyValuesSection,
  ParagraphsSection,
  ReportDocument,
  StatusLabel,
  TableSection,
} from '../document';
import { formatBoolean, formatCell } from '../format/cell';
import { formatDateLong, type ReportLang, settleLang, statusText } from '../format/index';
import { assertReportDocument } from './check-document';
import { escapeHtml } from './escape';
import { DENSE_FONT_PT, printStyle, TABLE_FONT_PT } from './html-style';
import {
  A4_PORTRAIT_WIDTH_MM,
  DEFAULT_LANDSCAPE_COLUMNS,
  type PrintLayoutOptions,
  resolvePrintLayout,
} from './print-layout';
import { labelledTotals } from './totals';
import { colon, metaLines, provenanceLines, RENDER_WORDS } from './words';

/** Options of {@link renderHtml}. */
export interface RenderHtmlOptions extends PrintLayoutOptions {
  /** The language of titles, headers, labels and dates. Defaults to `'zh-CN'`. */
  lang?: ReportLang;
  /** The document number (发文字号) printed above the title. Defaults to the document's `meta.documentNumber`. */
  documentNumber?: string;
}

const NUMERIC: ReadonlySet<ColumnType> = new Set(['money', 'money-wan', 'integer', 'ratio']);

function cellClass(type: ColumnType): string {
  if (NUMERIC.has(type)) return 'rectify-num';
  if (type === 'date') return 'rectify-date';
  if (type === 'code') return 'rectify-code';
  return '';
}

function classAttr(...names: string[]): string {
  const list = names.filter((n) => n !== '').join(' ');
  return list === '' ? '' : ` class="${list}"`;
}

function multiline(text: string): string {
  return escapeHtml(text).replace(/\r\n?|\n/g, '<br>');
}

function statusHtml(value: CellValue, lang: ReportLang, labels?: Record<string, StatusLabel>): string {
  if (value === null) return '';
  const code = typeof value === 'boolean' ? formatBoolean(value, lang) : String(value);
  const s = statusText(code, lang, labels);
  return (
    `<span class="rectify-status" data-status="${escapeHtml(code)}">` +
    `<span class="rectify-status__icon" aria-hidden="true">${escapeHtml(s.icon)}</span>` +
    `<span class="rectify-status__text">${escapeHtml(s.text)}</span></span>`
  );
}

function valueHtml(
  value: CellValue,
  column: Pick<Column, 'type' | 'statuses'>,
  lang: ReportLang,
  context: 'table' | 'notice',
): string {
  if (column.type === 'status') return statusHtml(value, lang, column.statuses);
  return multiline(formatCell(value, column, { lang, context }));
}

// Column.width counts characters as a spreadsheet does (the width of "0", about 0.55 em); CJK
// characters count two.
const EM_PER_WIDTH_UNIT = 0.55;
const MM_PER_PT = 25.4 / 72;
// Hinted columns share at most this part of the printable width, so the unhinted ones keep room and
// the table never grows past the page (a fixed column width is also its minimum in table layout).
const HINTED_SHARE = 0.6;

function colgroup(section: TableSection, fontPt: number, printableWidthMm: number): string {
  if (!section.columns.some((c) => c.width !== undefined)) return '';
  const mm = section.columns.map((c) =>
    c.width === undefined ? undefined : c.width * EM_PER_WIDTH_UNIT * fontPt * MM_PER_PT + 2.4,
  );
  const hinted = mm.reduce<number>((sum, w) => sum + (w ?? 0), 0);
  const scale = Math.min(1, (printableWidthMm * HINTED_SHARE) / hinted);
  const cols = mm.map((w) =>
    w === undefined ? '<col>' : `<col style="width: ${(w * scale).toFixed(1)}mm">`,
  );
  return `<colgroup>${cols.join('')}</colgroup>`;
}

function tableHtml(
  section: TableSection,
  lang: ReportLang,
  dense: boolean,
  titleId: string,
  printableWidthMm: number,
): string {
  const head = section.columns
    .map((c) => `<th scope="col"${classAttr(`rectify-col--${c.type}`)}>${multiline(c.header[lang])}</th>`)
    .join('');
  const rows = section.rows.map((row) => {
    const cells = section.columns.map(
      (c) => `<td${classAttr(cellClass(c.type))}>${valueHtml(row[c.key] ?? null, c, lang, 'table')}</td>`,
    );
    return `<tr>${cells.join('')}</tr>`;
  });
  if (rows.length === 0) {
    rows.push(
      `<tr><td class="rectify-empty" colspan="${section.columns.length}">${escapeHtml(RENDER_WORDS.empty[lang])}</td></tr>`,
    );
  }
  const totals = labelledTotals(section, lang);
  let foot = '';
  if (totals !== undefined) {
    const cells = section.columns.map((c, i) => {
      const content = valueHtml(totals.row[c.key] ?? null, c, lang, 'table');
      return i === 0 && totals.labelled
        ? `<th scope="row"${classAttr(cellClass(c.type))}>${content}</th>`
        : `<td${classAttr(cellClass(c.type))}>${content}</td>`;
    });
    foot = `\n<tfoot><tr class="rectify-totals">${cells.join('')}</tr></tfoot>`;
  }
  const note =
    section.note === undefined
      ? ''
      : `\n<p class="rectify-note">${escapeHtml(RENDER_WORDS.note[lang])}${escapeHtml(colon(lang))}${multiline(section.note[lang])}</p>`;
  return (
    `<table${classAttr('rectify-table', dense ? 'rectify-table--dense' : '')} aria-labelledby="${titleId}">` +
    `${colgroup(section, dense ? DENSE_FONT_PT : TABLE_FONT_PT, printableWidthMm)}\n<thead><tr>${head}</tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody>${foot}\n</table>${note}`
  );
}

function keyValuesHtml(section: KeyValuesSection, lang: ReportLang, titleId: string): string {
  const rows = section.items.map((item) => {
    const column = { type: item.type ?? 'text' } as const;
    return `<tr><th scope="row">${multiline(item.label[lang])}</th><td>${valueHtml(item.value, column, lang, 'notice')}</td></tr>`;
  });
  return `<table class="rectify-kv" aria-labelledby="${titleId}">\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>`;
}

function paragraphsHtml(section: ParagraphsSection, lang: ReportLang): string {
  return section.paragraphs.map((p) => `<p>${multiline(p[lang])}</p>`).join('\n');
}

function signatureHtml(doc: ReportDocument, lang: ReportLang): string {
  const signature = doc.signature;
  if (signature === undefined) return '';
  const { unit, seal, date, contacts } = signature;
  const sealHtml =
    seal === undefined
      ? ''
      : `\n<div class="rectify-seal" role="img" aria-label="${escapeHtml(`${RENDER_WORDS.seal[lang]}${colon(lang)}${seal}`)}">` +
        `<span class="rectify-seal__text" aria-hidden="true">${escapeHtml(seal)}</span><span class="rectify-seal__star" aria-hidden="true">★</span></div>`;
  const contactsHtml =
    contacts === undefined || contacts.length === 0
      ? ''
      : `\n<ul class="rectify-signature__contacts">${contacts.map((c) => `<li>${escapeHtml(c)}</li>`).join('')}</ul>`;
  return (
    `<footer class="rectify-signature" aria-label="${escapeHtml(RENDER_WORDS.signature[lang])}">\n` +
    `<div class="rectify-signature__block">\n<p class="rectify-signature__unit">${escapeHtml(unit)}</p>\n` +
    `<p class="rectify-signature__date"><time datetime="${escapeHtml(date)}">${escapeHtml(formatDateLong(date, lang))}</time></p>` +
    `${sealHtml}\n</div>${contactsHtml}\n</footer>`
  );
}

function definitionList(lines: { label: string; value: string }[], className?: string): string {
  const items = lines.map((m) => `<div><dt>${escapeHtml(m.label)}</dt><dd>${escapeHtml(m.value)}</dd></div>`);
  return `<dl${className ? ` class="${className}"` : ''}>${items.join('')}</dl>`;
}

/**
 * The document as a complete, print-ready HTML document of its own, laid out after GB/T 9704-2012
 * (without the red header: black text only): an `@page` rule with the paper (A4 or A3, portrait or
 * landscape) and the GB/T 9704 margins 37 / 26 / 35 / 28 mm, page numbers `— 1 —` in the page
 * margin boxes (browsers without them print none), an optional document number, the title centred in
 * a serif CJK face, the period / division / dates, then each section: tables whose header row repeats
 * on every page, whose rows never split across pages, with money right-aligned and statuses shown by
 * an icon and a text; key-values as a two-column table; paragraphs indented two characters. The
 * signature block prints the unit, a circular seal placeholder holding the seal text and the date as
 * `2023年7月31日`. Tables with more than `landscapeColumns` columns turn the page to landscape unless
 * a layout is given; a table with more columns than its page can take at that rate
 * (`landscapeColumns` per 156 mm of printable width) prints in a smaller size.
 *
 * Every text from the document is escaped; the page has no script, no external resource and a
 * Content-Security-Policy that forbids both.
 *
 * Throws {@link ReportRenderError} (`INVALID_DOCUMENT`) when the document breaks its contract, or
 * (`INVALID_OPTION`) for an unknown option value.
 */
export function renderHtml(doc: ReportDocument, options: RenderHtmlOptions = {}): string {
  const lang = settleLang(options.lang, 'renderHtml');
  assertReportDocument(doc, 'renderHtml');
  const geometry = resolvePrintLayout(doc, options);
  // The column budget grows with the printable width: 7 columns on 156 mm (A4 portrait) are 10 on
  // 243 mm (A4 landscape); a table beyond its page's budget prints in the dense size.
  const denseAbove =
    ((options.landscapeColumns ?? DEFAULT_LANDSCAPE_COLUMNS) * geometry.printableWidthMm) /
    A4_PORTRAIT_WIDTH_MM;
  const documentNumber = options.documentNumber ?? doc.meta.documentNumber;

  const header = [
    documentNumber ? `<p class="rectify-report__docno">${escapeHtml(documentNumber)}</p>` : '',
    `<h1 class="rectify-report__title">${multiline(doc.title[lang])}</h1>`,
    doc.subtitle ? `<p class="rectify-report__subtitle">${multiline(doc.subtitle[lang])}</p>` : '',
    definitionList(metaLines(doc, lang), 'rectify-report__meta'),
  ].filter((line) => line !== '');

  const sections = doc.sections.map((section, i) => {
    const id = `rectify-section-${i + 1}`;
    const titleId = `${id}-title`;
    let body: string;
    if (section.kind === 'table')
      body = tableHtml(
        section,
        lang,
        section.columns.length > denseAbove,
        titleId,
        geometry.printableWidthMm,
      );
    else if (section.kind === 'key-values') body = keyValuesHtml(section, lang, titleId);
    else body = paragraphsHtml(section, lang);
    return (
      `<section class="rectify-section rectify-section--${section.kind}" id="${id}" data-section="${escapeHtml(section.id)}" aria-labelledby="${titleId}">\n` +
      `<h2 class="rectify-section__title" id="${titleId}">${multiline(section.title[lang])}</h2>\n${body}\n</section>`
    );
  });

  const signature = signatureHtml(doc, lang);
  const provenance = `<footer class="rectify-provenance">${definitionList(provenanceLines(doc, lang))}</footer>`;

  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Rectify Kit (@rectify/reports)">
<title>${escapeHtml(doc.title[lang])}</title>
<style>
${printStyle(geometry)}</style>
</head>
<body>
<main class="rectify-report" data-report="${escapeHtml(doc.id)}" data-paper="${geometry.paper}" data-orientation="${geometry.orientation}" data-printable-width-mm="${geometry.printableWidthMm}">
<header class="rectify-report__header">
${header.join('\n')}
</header>
${sections.join('\n')}
${signature === '' ? '' : `${signature}\n`}${provenance}
</main>
</body>
</html>
`;
}
