import type { Bilingual, RecordKind } from '@rectify/schemas';
import type { MoneyUnit } from '../cells/money';
import type { EnumOption } from '../cells/scalar';
import { TableReadError } from './read-error';

/**
 * How a column's cells are read:
 * - `text`: free text, normalised (full-width forms, stray spaces); numbers and dates become text;
 * - `code`: an identifier (USCC, ID number, division code, record id): spaces removed, letters upper-cased,
 *   a number too long to be exact or in scientific notation rejected;
 * - `integer`, `decimal`, `money` (to integer fen), `date` (to `YYYY-MM-DD`), `boolean`, `enum`: through
 *   the cell parsers;
 * - `list`: several values in one cell, separated by `、`, `，`, `,`, `;`, `；` or line breaks; with
 *   `options`, each one an enum code;
 * - `month` (`YYYY-MM`) and `quarter` (`YYYYQn`), from `2023年7月`, `2023年第二季度` and the like.
 */
export type ColumnType =
  | 'text'
  | 'code'
  | 'integer'
  | 'decimal'
  | 'money'
  | 'date'
  | 'boolean'
  | 'enum'
  | 'list'
  | 'month'
  | 'quarter';

/** Every {@link ColumnType}. */
export const COLUMN_TYPES: readonly ColumnType[] = [
  'text',
  'code',
  'integer',
  'decimal',
  'money',
  'date',
  'boolean',
  'enum',
  'list',
  'month',
  'quarter',
];

/** One column of a table and the record field it fills. */
export interface ColumnMapping {
  /** Path of the field in the record, `/`-separated (`board/exists`); a numeric segment indexes an array. */
  field: string;
  /**
   * Header texts that name the column: the Chinese header first (writers use it), then aliases. Compared
   * after `normaliseForMatch`, so spaces, full-width forms and bracket styles do not matter; for a
   * `money` column a unit in brackets (`（元）`, `(万元)`) is compared apart and sets the unit.
   */
  headers: readonly string[];
  /** How the cells are read. */
  type: ColumnType;
  /**
   * For `money`: the unit of amounts without a unit of their own. A unit in the sheet's header
   * (`金额（万元）`) or a `单位：万元` line above the header wins. Defaults to `'yuan'`.
   */
  unit?: MoneyUnit;
  /** The column must be in the header and its cells must not be blank. Defaults to `false`. */
  required?: boolean;
  /** For `enum` (and `list` of codes): the allowed codes and the labels people write for them. */
  options?: readonly EnumOption[];
  /**
   * The column holds personal data (a name, an ID number, a phone number): the `original` of its issues is
   * masked. Defaults to `false`.
   */
  personal?: boolean;
  /** For `integer` and `decimal`: unit words allowed after the number (`户`, `人`). Defaults to none (decimal: areas). */
  suffixes?: readonly string[];
  /** For `decimal`: decimals kept, rounded half away from zero. Defaults to 2. */
  scale?: number;
  /** For `list`: each item becomes an object with the value at this path (`name` → `[{ name: '张三' }]`). */
  item?: string;
}

/**
 * For a sheet whose rows are lines of a record (the income and expense lines of a quarterly disclosure):
 * rows with the same `key` fields form one record, and the object under `field` is appended to the array
 * that `targets` names for the row's `by` code. Blank record fields repeat the row above within a group
 * (merged cells and CSV exports of them leave them blank).
 */
export interface LineGrouping {
  /** The field holding the line's own columns (`line`). */
  field: string;
  /** The field, under `field`, whose code chooses the array (`line/direction`); it is not kept in the line. */
  by: string;
  /** The array of the record for each code of `by` (`{ income: 'incomeLines' }`). */
  targets: Readonly<Record<string, string>>;
  /** Fields that identify the record (`communityId`, `quarter`). */
  key: readonly string[];
  /** Fields joined with `-` to make the record's `id` when the sheet has none. Defaults to `key`. */
  id?: readonly string[];
}

/** How a table maps onto one record kind: its columns, and fields every row gets. */
export interface RecordMapping<K extends RecordKind = RecordKind> {
  /** The record kind the rows become. */
  kind: K;
  /** The table's name, for messages and sheet names. */
  title: Bilingual;
  /** The columns, in the order a writer lays them out. */
  columns: readonly ColumnMapping[];
  /** Field paths and values every record gets (`{ campaign: 'public-income' }`); cells win over them. */
  constants?: Readonly<Record<string, unknown>>;
  /** For line sheets: how rows group into records. */
  lines?: LineGrouping;
}

/** What {@link extendMapping} adds to a mapping. */
export interface MappingExtension {
  /** Columns to add; a column with the field of an existing one replaces it. */
  columns?: readonly ColumnMapping[];
  /** More header texts for existing fields, by field path. */
  aliases?: Readonly<Record<string, readonly string[]>>;
  /** More constants, merged over the base mapping's. */
  constants?: Readonly<Record<string, unknown>>;
  /** A new title. */
  title?: Bilingual;
}

/**
 * A host's version of a declared mapping: extra columns, extra header aliases for existing fields, more
 * constants. The base is not changed. Throws a `TableReadError` for an alias of a field the mapping lacks.
 *
 * @example extendMapping(MAPPINGS.community, { aliases: { name: ['小区（项目）名称'] } })
 */
export function extendMapping<K extends RecordKind>(
  base: RecordMapping<K>,
  extension: MappingExtension,
): RecordMapping<K> {
  const added = new Map((extension.columns ?? []).map((c) => [c.field, c]));
  const columns: ColumnMapping[] = base.columns.map((c) => ({ ...(added.get(c.field) ?? c) }));
  for (const column of added.values()) {
    if (!base.columns.some((c) => c.field === column.field)) columns.push({ ...column });
  }
  for (const [field, aliases] of Object.entries(extension.aliases ?? {})) {
    const column = columns.find((c) => c.field === field);
    if (!column) {
      throw new TableReadError(
        'INVALID_MAPPING',
        `extendMapping: the ${base.kind} mapping has no field ${field} to add aliases to`,
      );
    }
    column.headers = [...column.headers, ...aliases.filter((a) => !column.headers.includes(a))];
  }
  const constants = { ...base.constants, ...extension.constants };
  const result: RecordMapping<K> = {
    kind: base.kind,
    title: extension.title ?? base.title,
    columns,
  };
  if (Object.keys(constants).length > 0) result.constants = constants;
  if (base.lines) result.lines = base.lines;
  return result;
}
