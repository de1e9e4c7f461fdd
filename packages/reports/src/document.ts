import type { StatusLabel } from '@rectify/rules';
import type { Bilingual } from '@rectify/schemas';

export type { StatusLabel };

/** How a column's values are typed and shown. Money is always integer fen in the document. */
export type ColumnType =
  | 'text'
  | 'code'
  | 'integer'
  /** Integer fen, shown as ¥1,234.56 (元). */
  | 'money'
  /** Integer fen, shown as 万元 with two decimals in a column headed 金额（万元）. */
  | 'money-wan'
  /** A ratio 0..1, shown as a percentage with two decimals. */
  | 'ratio'
  /** A civil date `YYYY-MM-DD`. */
  | 'date'
  /** A status shown with an icon and text, never by colour alone. */
  | 'status';

/** A column of a table section. */
export interface Column {
  /** Key of the value in each row. */
  key: string;
  header: Bilingual;
  type: ColumnType;
  /** Width hint in characters (XLSX column width, HTML min width). */
  width?: number;
  /**
   * Labels of the status codes a `status` column holds, by code, for codes the renderers do not
   * know. Defaults to the built-in labels of rule outcomes (`pass`, `fail` …), deadline states
   * (`done`, `overdue` …) and task progress (`not-started` …); an unknown code is shown as it is.
   */
  statuses?: Record<string, StatusLabel>;
}

/** A cell value: text, a number (fen for money columns), or empty. */
export type CellValue = string | number | boolean | null;

/** A row of a table: values by column key. */
export type Row = Record<string, CellValue>;

/** A table: a ledger, a list, a ranking. */
export interface TableSection {
  kind: 'table';
  id: string;
  title: Bilingual;
  columns: Column[];
  rows: Row[];
  /** A totals row, computed from the rows (never typed in). */
  totals?: Row;
  note?: Bilingual;
}

/** Prose: a briefing, an explanation, a typical case. */
export interface ParagraphsSection {
  kind: 'paragraphs';
  id: string;
  title: Bilingual;
  paragraphs: Bilingual[];
}

/** Labelled values: the header block of a notice, a summary. */
export interface KeyValuesSection {
  kind: 'key-values';
  id: string;
  title: Bilingual;
  items: { label: Bilingual; value: CellValue; type?: ColumnType }[];
}

/** A section of a report. */
export type Section = TableSection | ParagraphsSection | KeyValuesSection;

/** The signature, seal and date block of a filed report or a posted notice. */
export interface SignatureBlock {
  /** Issuing unit (company or authority) as printed. */
  unit: string;
  /** Text inside the seal circle, e.g. the unit name; printed as a seal placeholder. */
  seal?: string;
  /** Civil date printed under the seal. */
  date: string;
  /** Contact lines (complaint phone numbers of the authority — not personal data). */
  contacts?: string[];
}

/** A report document: what a builder produces and every renderer consumes. */
export interface ReportDocument {
  /** Stable report kind id, e.g. `pi-monthly-package`. */
  id: string;
  title: Bilingual;
  subtitle?: Bilingual;
  meta: {
    campaign: 'public-income' | 'wages' | 'both';
    clauseIds: string[];
    /** Period covered: month `2023-07`, quarter `2023Q2` or year `2023`. */
    period: string;
    /** Division the report is for (county, street or the city). */
    divisionCode: string;
    divisionName?: string;
    /** The document number (发文字号) printed above the title, e.g. `泉建〔2023〕12号`. */
    documentNumber?: string;
    asOf: string;
    /** When it must be filed (e.g. the 23rd of the month), computed in Asia/Shanghai. */
    dueOn?: string;
    /** Rule packs whose findings it carries, with hashes. */
    packs?: { id: string; version: string; hash: string }[];
  };
  sections: Section[];
  signature?: SignatureBlock;
  /** Print layout of the HTML rendering. Defaults to A4 portrait. */
  layout?: { paper: 'A4' | 'A3'; orientation: 'portrait' | 'landscape' };
}
