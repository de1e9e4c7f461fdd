import type { Community, QuarterlyDisclosure } from '@rectify/schemas';
import { createLocale, type MoneyUnit } from '../../i18n/index';
import { statementRows } from '../income-statement/statement-rows';
import { asArray } from '../shared/data-guards';
import { escapeHtml } from '../shared/escape-html';
import { DISPLAY_DAYS, disclosurePosting } from './posting-dates';

/** Paper sizes of the printed notice. A3 is for the notice board itself, read from a step away. */
export type PaperSize = 'A4' | 'A3';

/** The community facts the notice names. */
export type NoticeCommunity = Pick<Community, 'name'> & Partial<Pick<Community, 'id' | 'companyName'>>;

/** Options of {@link printNotice}. */
export interface PrintNoticeOptions {
  /** Language of the notice: `'en'` (any `en-*`) or Simplified Chinese. Defaults to `'zh-CN'`. */
  lang?: string;
  /** Paper size, set by `@page`. Defaults to `'A4'`. */
  paper?: PaperSize;
  /** Unit of the amounts: `¥1,234.56`, or 万元 under a 金额（万元） header. Defaults to `'yuan'`. */
  unit?: MoneyUnit;
  /** Days on display. Defaults to 30 (PI.C1.d). */
  displayDays?: number;
  /** The posting day `YYYY-MM-DD`. Defaults to the notice-board posting of the data; blank lines when there is none. */
  postedOn?: string;
  /** The posting unit in the signature block. Defaults to the community's property-service company. */
  issuer?: string;
  /** The date of the signature block, `YYYY-MM-DD`. Defaults to the posting day, else blank lines to fill in. */
  signedOn?: string;
}

const FONTS = {
  title: "'Noto Serif CJK SC', 'Source Han Serif SC', 'Songti SC', 'SimSun', serif",
  body: "'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif",
};

// A4 is the filed copy (GB/T 9704 sizes: title 22pt, body 16pt is too large for a table, 12pt in the table); A3 is
// posted on the board and read standing, so everything is larger.
const GEOMETRY: Record<PaperSize, { margin: string; title: string; body: string; table: string }> = {
  A4: { margin: '20mm 18mm', title: '22pt', body: '14pt', table: '12pt' },
  A3: { margin: '25mm 22mm', title: '28pt', body: '18pt', table: '15pt' },
};

/** The style sheet of the print document: black on white, header rows repeated on every page. */
export function printNoticeCss(paper: PaperSize): string {
  const g = GEOMETRY[paper];
  return `@page { size: ${paper} portrait; margin: ${g.margin}; }
*, *::before, *::after { box-sizing: border-box; color: #000; }
html { background: #fff; }
body { margin: 0; font-family: ${FONTS.body}; font-size: ${g.body}; line-height: 1.7; color: #000; background: #fff; }
.notice { max-width: 100%; overflow-wrap: anywhere; }
.notice__title { margin: 0 0 0.75em; font-family: ${FONTS.title}; font-size: ${g.title}; font-weight: 700; line-height: 1.4; text-align: center; text-wrap: balance; }
.notice__intro, .notice__para { margin: 0 0 0.75em; text-indent: 2em; }
.notice__table { width: 100%; margin: 0 0 1em; border-collapse: collapse; font-size: ${g.table}; line-height: 1.5; }
.notice__table thead { display: table-header-group; }
.notice__table tr { break-inside: avoid; page-break-inside: avoid; }
.notice__table th, .notice__table td { border: 0.5pt solid #000; padding: 1.2mm 2mm; text-align: left; vertical-align: top; }
.notice__table thead th { text-align: center; font-weight: 700; }
.notice__section th { font-weight: 700; }
.notice__line th { font-weight: 400; padding-left: 6mm; }
.notice__total th, .notice__total td { font-weight: 700; }
.notice__num { text-align: right !important; white-space: nowrap; font-variant-numeric: tabular-nums; }
.notice__contacts { display: flex; flex-wrap: wrap; gap: 0.25em 2em; margin: 0 0 0.75em; padding: 0 0 0 2em; list-style: none; font-weight: 700; }
.notice__signature { break-inside: avoid; page-break-inside: avoid; position: relative; width: fit-content; min-width: 50%; margin: 2.5em 0 0 auto; padding: 1em 0; }
.notice__signature p { margin: 0 0 0.5em; white-space: nowrap; }
.notice__seal { position: absolute; right: 1em; top: 50%; width: 40mm; height: 40mm; margin-top: -20mm; border: 0.6mm dashed #000; border-radius: 50%; display: flex; align-items: center; justify-content: center; font-size: 10pt; }
@media screen { body { padding: 1.5em; } }
`;
}

function telephones(contacts: readonly string[], esc: (s: string) => string): string {
  return contacts.map((c) => `<li>${esc(c)}</li>`).join('');
}

/**
 * The print document of a quarterly public-income disclosure (公共收益收支情况公示), as one HTML string: the
 * title “XX小区2023年第二季度公共收益收支情况公示”, the statement (income, expenses, distribution, transfers,
 * balances), the display period (posting day + 30 days, Civil Code art. 201), complaint numbers and the
 * signature / seal / date block. A4 or A3 via `@page`, black text, table header repeated on every page. Pure:
 * the same input gives the same string; every value is HTML-escaped.
 */
export function printNotice(
  disclosure: QuarterlyDisclosure,
  community: NoticeCommunity,
  options: PrintNoticeOptions = {},
): string {
  const locale = createLocale(options.lang);
  const { m } = locale;
  const paper: PaperSize = options.paper === 'A3' ? 'A3' : 'A4';
  const unit: MoneyUnit = options.unit === 'wan' ? 'wan' : 'yuan';
  const days = options.displayDays ?? DISPLAY_DAYS;
  const esc = escapeHtml;
  const name = community?.name ?? '';
  const period = locale.period(disclosure.quarter);
  const title = `${m.board.title(name, period)}${disclosure.isRectification ? m.board.rectification : ''}`;
  const posting = disclosurePosting(
    disclosure,
    options.postedOn === undefined
      ? { displayDays: days }
      : { displayDays: days, postedOn: options.postedOn },
  );
  const rows = statementRows(disclosure, locale)
    .map((row) => {
      if (row.kind === 'section')
        return `<tr class="notice__section"><th colspan="3">${esc(row.label)}</th></tr>`;
      if (row.kind === 'note') return `<tr class="notice__note"><td colspan="3">${esc(row.label)}</td></tr>`;
      const cls = row.kind === 'total' ? 'notice__total' : 'notice__line';
      return `<tr class="${cls}"><th scope="row">${esc(row.label)}</th><td>${esc(row.detail ?? '')}</td><td class="notice__num">${esc(locale.money(row.amount, unit))}</td></tr>`;
    })
    .join('\n');
  const from = posting.postedOn ? locale.noticeDate(posting.postedOn) : m.board.blankDate;
  const to = posting.endsOn ? locale.noticeDate(posting.endsOn) : m.board.blankDate;
  const contacts = asArray(disclosure.complaintContacts);
  const signedOn = options.signedOn ?? posting.postedOn;
  const issuer = options.issuer ?? community?.companyName ?? '';
  const colon = m.common.colon;
  return `<!DOCTYPE html>
<html lang="${locale.lang}">
<head>
<meta charset="utf-8">
<title>${esc(title)}</title>
<style>
${printNoticeCss(paper)}</style>
</head>
<body>
<main class="notice notice--${paper.toLowerCase()}">
<h1 class="notice__title">${esc(title)}</h1>
<p class="notice__intro">${esc(m.board.intro(name, period))}</p>
<table class="notice__table">
<thead><tr><th scope="col">${esc(m.statement.item)}</th><th scope="col">${esc(m.statement.description)}</th><th scope="col" class="notice__num">${esc(unit === 'wan' ? m.common.amountWan : m.common.amount)}</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
<p class="notice__para">${esc(m.board.displayPeriod(from, to, days))}</p>
<p class="notice__para">${esc(contacts.length > 0 ? m.board.complaintsIntro : m.board.noComplaintContacts)}</p>
${contacts.length > 0 ? `<ul class="notice__contacts">${telephones(contacts, esc)}</ul>` : ''}
<div class="notice__signature">
<p>${esc(m.board.issuer)}${colon}${esc(issuer)}</p>
<p>${esc(m.board.signDate)}${colon}${esc(signedOn ? locale.noticeDate(signedOn) : m.board.blankDate)}</p>
<div class="notice__seal" aria-hidden="true">${esc(m.board.seal)}</div>
</div>
</main>
</body>
</html>
`;
}
