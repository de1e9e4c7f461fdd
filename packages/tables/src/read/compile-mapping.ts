import { RECORD_SCHEMAS, type RecordKind } from '@rectify/schemas';
import { parseEnum } from '../cells/scalar';
import { CellUsageError } from '../cells/usage-error';
import { headerKey } from './header-key';
import { COLUMN_TYPES, type ColumnMapping, type RecordMapping } from './mapping';
import { TableReadError } from './read-error';

/** A column of a checked mapping, with what matching and record building need precomputed. */
export interface CompiledColumn extends ColumnMapping {
  /** Position in the mapping. */
  index: number;
  /** `field` split at `/`. */
  segments: string[];
  /** `item` split at `/`, for lists of objects. */
  itemSegments?: string[];
  /** The normalised keys of every header text. */
  keys: string[];
}

/** A checked mapping, ready for matching headers and building records. */
export interface CompiledMapping {
  /** The mapping as given. */
  mapping: RecordMapping;
  /** Its columns. */
  columns: CompiledColumn[];
  /** Full header key → column index. */
  exact: Map<string, number>;
  /** Header key without its trailing bracket → column index (−1 when two columns share it). */
  base: Map<string, number>;
  /** Constants as paths and values. */
  constants: Array<[string[], unknown]>;
}

const compiled = new WeakMap<RecordMapping, CompiledMapping>();

function invalid(mapping: RecordMapping, message: string): never {
  throw new TableReadError('INVALID_MAPPING', `${mapping.kind} mapping: ${message}`);
}

function segmentsOf(mapping: RecordMapping, path: string): string[] {
  const segments = path.split('/');
  if (path === '' || segments.some((s) => s === '')) invalid(mapping, `malformed field path "${path}"`);
  return segments;
}

/**
 * Checks a mapping once and caches the result: known kind and column types, options for enum columns,
 * no two columns on one field or one header, enum labels that do not clash. Throws `TableReadError`
 * (`INVALID_MAPPING`) on a malformed mapping.
 */
export function compileMapping(mapping: RecordMapping): CompiledMapping {
  const cached = compiled.get(mapping);
  if (cached) return cached;
  if (!mapping || typeof mapping !== 'object' || !Array.isArray(mapping.columns)) {
    throw new TableReadError('INVALID_MAPPING', 'a mapping needs a kind and an array of columns');
  }
  if (!(mapping.kind in RECORD_SCHEMAS)) invalid(mapping, `unknown record kind ${String(mapping.kind)}`);
  const exact = new Map<string, number>();
  const base = new Map<string, number>();
  const fields = new Set<string>();
  const columns = mapping.columns.map((column, index): CompiledColumn => {
    if (!COLUMN_TYPES.includes(column.type))
      invalid(mapping, `column ${column.field} has unknown type ${String(column.type)}`);
    if (fields.has(column.field)) invalid(mapping, `two columns fill ${column.field}`);
    fields.add(column.field);
    if (!Array.isArray(column.headers) || column.headers.length === 0) {
      invalid(mapping, `column ${column.field} needs at least one header`);
    }
    if (column.type === 'enum' && !column.options?.length)
      invalid(mapping, `enum column ${column.field} needs options`);
    if (column.options) {
      try {
        parseEnum('', column.options);
      } catch (error) {
        if (error instanceof CellUsageError) invalid(mapping, `column ${column.field}: ${error.message}`);
        throw error;
      }
    }
    const keys: string[] = [];
    for (const header of column.headers) {
      const parts = headerKey(header);
      if (parts.key === '') invalid(mapping, `column ${column.field} has a blank header`);
      const owner = exact.get(parts.key);
      if (owner !== undefined && owner !== index) invalid(mapping, `header "${header}" names two columns`);
      exact.set(parts.key, index);
      keys.push(parts.key);
      const sharing = base.get(parts.base);
      base.set(parts.base, sharing === undefined || sharing === index ? index : -1);
    }
    const result: CompiledColumn = { ...column, index, segments: segmentsOf(mapping, column.field), keys };
    if (column.item !== undefined) result.itemSegments = segmentsOf(mapping, column.item);
    return result;
  });
  const constants = Object.entries(mapping.constants ?? {}).map(([path, value]): [string[], unknown] => [
    segmentsOf(mapping, path),
    value,
  ]);
  if (mapping.lines) {
    const { lines } = mapping;
    if (!fields.has(lines.by)) invalid(mapping, `line grouping needs a column for ${lines.by}`);
    if (!lines.by.startsWith(`${lines.field}/`)) invalid(mapping, `lines.by must lie under ${lines.field}`);
  }
  const result: CompiledMapping = { mapping, columns, exact, base, constants };
  compiled.set(mapping, result);
  return result;
}

/** The kind's record schema, for applying defaults to a valid record. */
export function recordSchema(kind: RecordKind) {
  return RECORD_SCHEMAS[kind];
}
