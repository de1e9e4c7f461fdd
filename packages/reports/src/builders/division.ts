import { type Dataset, QUANZHOU_DIVISIONS } from '@rectify/schemas';
import type { ReportLang } from '../format/index';

/**
 * Whether the division `code` lies inside (or is) `divisionCode`. GB/T 2260: `XX0000` is a province and
 * holds `XX….`, `XXXX00` a city and holds `XXXX….`; any other code holds the codes it prefixes (a county its
 * streets, a street its committees).
 */
export function withinDivision(code: string, divisionCode: string): boolean {
  if (divisionCode.length === 6) {
    if (divisionCode.endsWith('0000')) return code.startsWith(divisionCode.slice(0, 2));
    if (divisionCode.endsWith('00')) return code.startsWith(divisionCode.slice(0, 4));
  }
  return code.startsWith(divisionCode);
}

/** Whether a 6-digit code is a city (`XXXX00`) or province (`XX0000`) rather than a county. */
export function isCityCode(code: string): boolean {
  return code.length === 6 && code.endsWith('00');
}

/** Names of divisions: the dataset's division records, then the Quanzhou codelist. */
export interface DivisionNames {
  /** The name of `code` in `lang`, or `undefined` when neither the dataset nor the codelist knows it. */
  nameOf(code: string): string | undefined;
  /** The name of `code`, or the code itself. */
  label(code: string): string;
}

/**
 * Division names for a dataset. Chinese names come from the dataset's division records first (the host's own
 * spelling), then the Quanzhou codelist; English names from the codelist first, then the dataset.
 */
export function divisionNames(dataset: Dataset, lang: ReportLang): DivisionNames {
  const own = new Map<string, string>();
  for (const d of dataset.records.division ?? []) if (!own.has(d.code)) own.set(d.code, d.name);
  const listed = new Map<string, { zh: string; en: string }>();
  for (const e of QUANZHOU_DIVISIONS.entries) listed.set(e.code, { zh: e.zh, en: e.en });
  const nameOf = (code: string) => {
    const entry = listed.get(code);
    return lang === 'en' ? (entry?.en ?? own.get(code)) : (own.get(code) ?? entry?.zh);
  };
  return { nameOf, label: (code) => nameOf(code) ?? code };
}

/** The Chinese name of a division (dataset first, then the codelist) for titles, or the code. */
export function divisionTitleName(dataset: Dataset, code: string): { zh: string; en: string } {
  const zh = divisionNames(dataset, 'zh-CN').label(code);
  const en = divisionNames(dataset, 'en').label(code);
  return { zh, en };
}
