import { PRINT_MARGINS_MM, type PrintGeometry } from './print-layout';

/** The serif CJK stack of titles (GB/T 9704 uses 小标宋 for the title). */
export const TITLE_FONTS = "'Noto Serif CJK SC', 'Source Han Serif SC', 'Songti SC', 'SimSun', serif";

/** The sans CJK stack of the body text. */
export const BODY_FONTS =
  "'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', 'Hiragino Sans GB', sans-serif";

/** Font size of tables, 五号. */
export const TABLE_FONT_PT = 10.5;

/** Font size of dense tables (more columns than the landscape threshold), 小五. */
export const DENSE_FONT_PT = 9;

/**
 * The style sheet of a print document. Sizes follow GB/T 9704-2012 where it sets them: title 2号
 * (22pt), body 3号 (16pt), page numbers 4号 (14pt) as `— 1 —`, odd pages on the right and even pages
 * on the left, one character in from the edge (§7.5); tables in 五号 (10.5pt), dense tables 小五
 * (9pt). Everything prints black on white: a filed copy is photocopied and faxed, where colour is
 * lost (the red header of GB/T 9704 is left to the issuing office's letterhead paper).
 */
export function printStyle(geometry: PrintGeometry): string {
  const m = PRINT_MARGINS_MM;
  const pageNumber = `content: "— " counter(page) " —"; font-family: ${TITLE_FONTS}; font-size: 14pt; color: #000; vertical-align: top; padding-top: 7mm;`;
  return `@page {
  size: ${geometry.paper} ${geometry.orientation};
  margin: ${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm;
}
@page :right { @bottom-right { ${pageNumber} margin-right: 1em; } }
@page :left { @bottom-left { ${pageNumber} margin-left: 1em; } }
*, *::before, *::after { box-sizing: border-box; }
html { color: #000; background: #fff; -webkit-text-size-adjust: 100%; }
body { margin: 0; font-family: ${BODY_FONTS}; font-size: 16pt; line-height: 1.75; color: #000; }
.rectify-report { width: 100%; max-width: ${geometry.printableWidthMm}mm; margin: 0 auto; }
@media screen {
  html { background: #e8e8e8; }
  .rectify-report {
    box-sizing: content-box;
    max-width: ${geometry.printableWidthMm}mm;
    min-height: ${geometry.printableHeightMm}mm;
    margin: 2em auto;
    padding: ${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm;
    background: #fff;
    box-shadow: 0 0 0.5em rgba(0, 0, 0, 0.3);
  }
}
@media print {
  .rectify-report { max-width: none; }
}
.rectify-report__header { margin-bottom: 1em; }
.rectify-report__docno { margin: 0 0 1em; text-align: center; font-size: 16pt; }
.rectify-report__title {
  margin: 0 0 0.5em;
  font-family: ${TITLE_FONTS};
  font-size: 22pt;
  font-weight: 700;
  line-height: 1.5;
  text-align: center;
}
.rectify-report__subtitle { margin: 0 0 0.75em; font-family: ${TITLE_FONTS}; font-size: 16pt; text-align: center; }
.rectify-report__meta { display: flex; flex-wrap: wrap; justify-content: center; gap: 0 2em; margin: 0; font-size: 12pt; }
.rectify-report__meta > div { display: flex; }
.rectify-report__meta dt::after { content: "："; }
.rectify-report__meta dd { margin: 0; }
.rectify-section { margin: 1em 0; }
.rectify-section__title { margin: 0.75em 0 0.5em; font-size: 16pt; font-weight: 700; line-height: 1.5; break-after: avoid; }
.rectify-section p { margin: 0 0 0.25em; text-indent: 2em; }
.rectify-table, .rectify-kv {
  width: 100%;
  border-collapse: collapse;
  font-size: ${TABLE_FONT_PT}pt;
  line-height: 1.4;
  font-variant-numeric: tabular-nums;
}
.rectify-table--dense { font-size: ${DENSE_FONT_PT}pt; }
.rectify-kv { font-size: 12pt; }
.rectify-table thead { display: table-header-group; }
.rectify-table tfoot { display: table-row-group; }
.rectify-table tr, .rectify-kv tr { break-inside: avoid; page-break-inside: avoid; }
.rectify-table th, .rectify-table td, .rectify-kv th, .rectify-kv td {
  border: 0.5pt solid #000;
  padding: 0.8mm 1.2mm;
  vertical-align: top;
  overflow-wrap: anywhere;
}
.rectify-table thead th { text-align: center; vertical-align: middle; font-weight: 700; }
.rectify-kv th { width: 30%; text-align: left; font-weight: 700; }
.rectify-num { text-align: right; white-space: nowrap; overflow-wrap: normal; }
.rectify-date { white-space: nowrap; overflow-wrap: normal; }
.rectify-code { overflow-wrap: anywhere; word-break: break-all; }
.rectify-totals { break-before: avoid; }
.rectify-totals th, .rectify-totals td { font-weight: 700; border-top: 1.2pt solid #000; }
.rectify-empty { text-align: center; }
.rectify-status__icon { display: inline-block; min-width: 1.1em; margin-right: 0.2em; text-align: center; font-weight: 700; }
.rectify-note { margin: 0.25em 0 0; font-size: 10.5pt; text-indent: 0; break-before: avoid; }
.rectify-signature { break-inside: avoid; page-break-inside: avoid; margin-top: 2em; }
.rectify-signature__block {
  position: relative;
  display: flex;
  flex-direction: column;
  align-items: center;
  width: fit-content;
  min-width: 46mm;
  min-height: 46mm;
  justify-content: center;
  margin: 0 4em 0 auto;
}
.rectify-signature__unit, .rectify-signature__date { margin: 0; white-space: nowrap; }
.rectify-seal {
  position: absolute;
  top: 50%;
  left: 50%;
  width: 42mm;
  height: 42mm;
  margin: -21mm 0 0 -21mm;
  display: flex;
  flex-direction: column;
  align-items: center;
  justify-content: space-between;
  padding: 4mm 7mm 3mm;
  border: 0.8mm solid #000;
  border-radius: 50%;
  font-family: ${TITLE_FONTS};
  font-size: 9pt;
  line-height: 1.3;
  text-align: center;
  pointer-events: none;
}
.rectify-seal__text { text-wrap: balance; }
.rectify-seal__star { font-size: 16pt; line-height: 1; }
.rectify-signature__contacts { margin: 1em 0 0; padding: 0; list-style: none; font-size: 12pt; }
.rectify-provenance { margin-top: 2em; padding-top: 0.5em; border-top: 0.5pt solid #000; font-size: 9pt; line-height: 1.5; break-inside: avoid; }
.rectify-provenance dl { margin: 0; }
.rectify-provenance div { display: flex; }
.rectify-provenance dt { flex: none; }
.rectify-provenance dt::after { content: "："; }
.rectify-provenance dd { margin: 0; overflow-wrap: anywhere; }
:lang(en) .rectify-report__meta dt::after, :lang(en) .rectify-provenance dt::after { content: ":\\00a0"; }
`;
}
