import type {
  Column,
  KeyValuesSection,
  ParagraphsSection,
  ReportDocument,
  Row,
  TableSection,
} from '../document';
import { formatCell } from '../format/cell';
import { formatDateLong, type ReportLang, settleLang } from '../format/index';
import { assertReportDocument } from './check-document';
import { escapeMarkdown, escapeMarkdownCell } from './escape';
import { labelledTotals } from './totals';
import { colon, metaLines, parenthesise, provenanceLines, RENDER_WORDS } from './words';

/** Options of {@link renderMarkdown}. */
export interface RenderMarkdownOptions {
  /** The language of titles, headers, labels and dates. Defaults to `'zh-CN'`. */
  lang?: ReportLang;
}

const INLINE = { inline: true } as const;
const RIGHT_ALIGNED = new Set(['money', 'money-wan', 'integer', 'ratio']);

function tableMarkdown(section: TableSection, lang: ReportLang): string[] {
  const cell = (column: Column, row: Row) =>
    escapeMarkdownCell(formatCell(row[column.key] ?? null, column, { lang }));
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const out = [
    line(section.columns.map((column) => escapeMarkdownCell(column.header[lang]))),
    line(section.columns.map((column) => (RIGHT_ALIGNED.has(column.type) ? '---:' : ':---'))),
    ...section.rows.map((row) => line(section.columns.map((column) => cell(column, row)))),
  ];
  const totals = labelledTotals(section, lang);
  if (totals !== undefined) {
    out.push(
      line(
        section.columns.map((column) => {
          const text = cell(column, totals.row);
          return text === '' ? '' : `**${text}**`;
        }),
      ),
    );
  }
  if (section.rows.length === 0 && totals === undefined) {
    out.push(
      line(section.columns.map((_, i) => (i === 0 ? escapeMarkdownCell(RENDER_WORDS.empty[lang]) : ''))),
    );
  }
  if (section.note !== undefined)
    out.push('', `${RENDER_WORDS.note[lang]}${colon(lang)}${escapeMarkdown(section.note[lang], INLINE)}`);
  return out;
}

function keyValuesMarkdown(section: KeyValuesSection, lang: ReportLang): string[] {
  return section.items.map((item) => {
    const value = formatCell(item.value, { type: item.type ?? 'text' }, { lang, context: 'notice' });
    return `- **${escapeMarkdown(item.label[lang])}**${colon(lang)}${escapeMarkdown(value, INLINE)}`;
  });
}

function paragraphsMarkdown(section: ParagraphsSection, lang: ReportLang): string[] {
  return section.paragraphs.flatMap((p, i) =>
    i === 0 ? [escapeMarkdown(p[lang])] : ['', escapeMarkdown(p[lang])],
  );
}

/**
 * The document as GitHub-flavoured Markdown in `lang`: the document number, title and subtitle, the
 * period / division / dates list, each section under a `##` heading (tables as GFM tables with
 * numbers right-aligned and a bold totals row, key-values as a list, paragraphs as paragraphs), the
 * signature block and the provenance (report kind, clauses, rule packs). Dates are `2023-07-31` in
 * tables and `2023年7月31日` elsewhere; statuses carry an icon and a text. Every text from the
 * document is escaped, so data cannot add links, images, HTML or headings.
 *
 * Throws {@link ReportRenderError} (`INVALID_DOCUMENT`) when the document breaks its contract, or
 * (`INVALID_OPTION`) for an unknown `lang`.
 */
export function renderMarkdown(doc: ReportDocument, options: RenderMarkdownOptions = {}): string {
  const lang = settleLang(options.lang, 'renderMarkdown');
  assertReportDocument(doc, 'renderMarkdown');
  const blocks: string[][] = [];
  if (doc.meta.documentNumber) blocks.push([escapeMarkdown(doc.meta.documentNumber)]);
  blocks.push([`# ${escapeMarkdown(doc.title[lang])}`]);
  if (doc.subtitle) blocks.push([`**${escapeMarkdown(doc.subtitle[lang])}**`]);
  blocks.push(
    metaLines(doc, lang).map(
      (m) => `- ${escapeMarkdown(m.label)}${colon(lang)}${escapeMarkdown(m.value, INLINE)}`,
    ),
  );
  for (const section of doc.sections) {
    blocks.push([`## ${escapeMarkdown(section.title[lang])}`]);
    if (section.kind === 'table') blocks.push(tableMarkdown(section, lang));
    else if (section.kind === 'key-values') blocks.push(keyValuesMarkdown(section, lang));
    else blocks.push(paragraphsMarkdown(section, lang));
  }
  if (doc.signature) {
    const { unit, seal, date, contacts } = doc.signature;
    const sealText = seal ? parenthesise(`${RENDER_WORDS.seal[lang]}${colon(lang)}${seal}`, lang) : '';
    blocks.push(['---']);
    blocks.push([
      `**${escapeMarkdown(unit)}**${escapeMarkdown(sealText, INLINE)}\\`,
      escapeMarkdown(formatDateLong(date, lang)),
    ]);
    if (contacts && contacts.length > 0) blocks.push([contacts.map((c) => escapeMarkdown(c)).join('\\\n')]);
  }
  blocks.push(['---']);
  blocks.push(
    provenanceLines(doc, lang).map(
      (m) => `- ${escapeMarkdown(m.label)}${colon(lang)}${escapeMarkdown(m.value, INLINE)}`,
    ),
  );
  // Trailing spaces carry no meaning here (hard breaks are backslashes) and upset diff tools.
  return `${blocks
    .map((b) => b.join('\n'))
    .join('\n\n')
    .replace(/[ \t]+$/gm, '')}\n`;
}
