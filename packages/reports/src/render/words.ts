import type { Bilingual } from '@rectify/schemas';
import type { ReportDocument } from '../document';
import type { ReportLang } from '../format/index';
import { civilDateOf, formatDateLong, formatPeriod } from '../format/index';

/** The fixed words the renderers print around the data. */
export const RENDER_WORDS = {
  period: { 'zh-CN': '统计期间', en: 'Period' },
  division: { 'zh-CN': '行政区划', en: 'Division' },
  asOf: { 'zh-CN': '数据截至', en: 'Data as of' },
  dueOn: { 'zh-CN': '报送期限', en: 'Due on' },
  clauses: { 'zh-CN': '依据条款', en: 'Clauses' },
  packs: { 'zh-CN': '规则包', en: 'Rule packs' },
  report: { 'zh-CN': '报告类型', en: 'Report kind' },
  note: { 'zh-CN': '注', en: 'Note' },
  seal: { 'zh-CN': '印章', en: 'Seal' },
  signature: { 'zh-CN': '落款', en: 'Signature' },
  item: { 'zh-CN': '项目', en: 'Item' },
  value: { 'zh-CN': '内容', en: 'Value' },
  page: { 'zh-CN': '页', en: 'page' },
  empty: { 'zh-CN': '（无数据）', en: '(no rows)' },
} as const satisfies Record<string, Bilingual>;

/** `：` in Chinese, `: ` in English. */
export function colon(lang: ReportLang): string {
  return lang === 'en' ? ': ' : '：';
}

/** A text in parentheses: full-width in Chinese, `(…)` after a space in English. */
export function parenthesise(text: string, lang: ReportLang): string {
  return lang === 'en' ? ` (${text})` : `（${text}）`;
}

/** One labelled line of the document header. */
export interface MetaLine {
  label: string;
  value: string;
}

/** The header lines of a document in `lang`: period, division, as-of date, due date. */
export function metaLines(doc: ReportDocument, lang: ReportLang): MetaLine[] {
  const { meta } = doc;
  const division = meta.divisionName
    ? `${meta.divisionName}${parenthesise(meta.divisionCode, lang)}`
    : meta.divisionCode;
  const asOf = civilDateOf(meta.asOf);
  const out: MetaLine[] = [
    { label: RENDER_WORDS.period[lang], value: formatPeriod(meta.period, lang) },
    { label: RENDER_WORDS.division[lang], value: division },
    { label: RENDER_WORDS.asOf[lang], value: asOf ? formatDateLong(asOf, lang) : meta.asOf },
  ];
  if (meta.dueOn !== undefined)
    out.push({ label: RENDER_WORDS.dueOn[lang], value: formatDateLong(meta.dueOn, lang) });
  return out;
}

/** The provenance lines printed at the foot: report kind, clauses, rule packs with their hashes. */
export function provenanceLines(doc: ReportDocument, lang: ReportLang): MetaLine[] {
  const sep = lang === 'en' ? ', ' : '、';
  const out: MetaLine[] = [{ label: RENDER_WORDS.report[lang], value: doc.id }];
  if (doc.meta.clauseIds.length > 0)
    out.push({ label: RENDER_WORDS.clauses[lang], value: doc.meta.clauseIds.join(sep) });
  if (doc.meta.packs && doc.meta.packs.length > 0) {
    const packs = doc.meta.packs.map((p) => `${p.id} ${p.version}${parenthesise(p.hash, lang)}`);
    out.push({ label: RENDER_WORDS.packs[lang], value: packs.join(sep) });
  }
  return out;
}
