import type { Bilingual } from '@rectify/schemas';
import type { CellValue, Column, ColumnType, ReportDocument } from '../document';
import { civilDateOf, isCivilDate, isPeriod } from '../format/index';
import { ReportRenderError } from './render-error';

/** Codes of the issues {@link checkReportDocument} reports. Stable forever. */
export const DOCUMENT_ISSUE_CODES = {
  /** A required field is missing or has the wrong type (a title without `en`, rows not an array …). */
  FIELD_INVALID: 'FIELD_INVALID',
  /** Two sections share an id (a CSV export or a link could not tell them apart). */
  SECTION_ID_REPEATED: 'SECTION_ID_REPEATED',
  /** A section kind other than `table`, `paragraphs` and `key-values`. */
  SECTION_KIND_UNKNOWN: 'SECTION_KIND_UNKNOWN',
  /** Two columns of a table share a key. */
  COLUMN_KEY_REPEATED: 'COLUMN_KEY_REPEATED',
  /** A column type outside {@link ColumnType}. */
  COLUMN_TYPE_UNKNOWN: 'COLUMN_TYPE_UNKNOWN',
  /** A value does not fit its column type (money not integer fen, a ratio not a number …). */
  VALUE_TYPE: 'VALUE_TYPE',
  /** A date is not an existing `YYYY-MM-DD` day (or, for `asOf`, an instant with an offset). */
  DATE_INVALID: 'DATE_INVALID',
  /** The period is not `2023Q2`, `2023-07` or `2023`. */
  PERIOD_INVALID: 'PERIOD_INVALID',
} as const;

/** One of the {@link DOCUMENT_ISSUE_CODES}. */
export type DocumentIssueCode = (typeof DOCUMENT_ISSUE_CODES)[keyof typeof DOCUMENT_ISSUE_CODES];

/** A breach of the {@link ReportDocument} contract. */
export interface DocumentIssue {
  code: DocumentIssueCode;
  /** JSON Pointer to the offending value in the document. */
  path: string;
  message: Bilingual;
}

const COLUMN_TYPES: readonly ColumnType[] = [
  'text',
  'code',
  'integer',
  'money',
  'money-wan',
  'ratio',
  'date',
  'status',
];

const TYPE_WORDS: Record<ColumnType, Bilingual> = {
  text: { 'zh-CN': '文本', en: 'text' },
  code: { 'zh-CN': '编码文本', en: 'a code (text)' },
  integer: { 'zh-CN': '整数', en: 'a whole number' },
  money: { 'zh-CN': '以分计的整数金额', en: 'a whole number of fen' },
  'money-wan': { 'zh-CN': '以分计的整数金额', en: 'a whole number of fen' },
  ratio: { 'zh-CN': '有限数值的比例', en: 'a finite ratio' },
  date: { 'zh-CN': 'YYYY-MM-DD 格式的日期', en: 'a date YYYY-MM-DD' },
  status: { 'zh-CN': '状态代码', en: 'a status code' },
};

function pointer(...parts: (string | number)[]): string {
  return parts.map((p) => `/${String(p).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isBilingual(value: unknown): value is Bilingual {
  return isObject(value) && typeof value['zh-CN'] === 'string' && typeof value.en === 'string';
}

/** `true` when `value` fits a column of type `type` (`null` fits every type). */
export function fitsColumnType(value: unknown, type: ColumnType): value is CellValue {
  if (value === null) return true;
  switch (type) {
    case 'money':
    case 'money-wan':
    case 'integer':
      return typeof value === 'number' && Number.isSafeInteger(value);
    case 'ratio':
      return typeof value === 'number' && Number.isFinite(value);
    case 'date':
      return isCivilDate(value);
    default:
      return (
        typeof value === 'string' ||
        typeof value === 'boolean' ||
        (typeof value === 'number' && Number.isFinite(value))
      );
  }
}

/**
 * Every breach of the {@link ReportDocument} contract in `doc`, as data: missing or mistyped fields,
 * repeated section ids or column keys, unknown section kinds or column types, values that do not
 * fit their column type, invalid dates and periods. An empty array means every renderer can render
 * the document. Never throws, whatever `doc` is.
 */
export function checkReportDocument(doc: unknown): DocumentIssue[] {
  const issues: DocumentIssue[] = [];
  const add = (code: DocumentIssueCode, path: string, zh: string, en: string) =>
    issues.push({ code, path, message: { 'zh-CN': zh, en } });
  const field = (path: string, zh: string, en: string) => add('FIELD_INVALID', path, zh, en);
  const needText = (value: unknown, path: string) => {
    if (typeof value !== 'string') field(path, '缺少文本或类型不是字符串。', 'Missing, or not a string.');
  };
  const needBilingual = (value: unknown, path: string) => {
    if (!isBilingual(value)) {
      field(
        path,
        '缺少中英文文本（zh-CN 与 en）。',
        'Missing, or not a text in both languages (zh-CN and en).',
      );
    }
  };
  const needDate = (value: unknown, path: string, instant = false) => {
    const ok = typeof value === 'string' && (instant ? civilDateOf(value) !== undefined : isCivilDate(value));
    if (!ok) {
      add(
        'DATE_INVALID',
        path,
        `日期无效：${String(value)}，应为存在的 YYYY-MM-DD 日期${instant ? '或带时区偏移的时刻' : ''}。`,
        `Invalid date ${String(value)}: expected an existing date YYYY-MM-DD${instant ? ' or an instant with an offset' : ''}.`,
      );
    }
  };
  const needValue = (value: unknown, type: ColumnType, path: string) => {
    if (!fitsColumnType(value, type)) {
      const words = TYPE_WORDS[type];
      const shown = value === undefined ? 'undefined' : JSON.stringify(value);
      add(
        'VALUE_TYPE',
        path,
        `取值 ${shown} 不符合列类型，应为${words['zh-CN']}。`,
        `Value ${shown} does not fit the column type: expected ${words.en}.`,
      );
    }
  };

  if (!isObject(doc)) {
    field('', '报告文档必须是对象。', 'The report document must be an object.');
    return issues;
  }
  needText(doc.id, '/id');
  needBilingual(doc.title, '/title');
  if (doc.subtitle !== undefined) needBilingual(doc.subtitle, '/subtitle');

  const meta = doc.meta;
  if (!isObject(meta)) {
    field('/meta', '缺少 meta。', 'meta is missing.');
  } else {
    if (!['public-income', 'wages', 'both'].includes(meta.campaign as string)) {
      field(
        '/meta/campaign',
        'campaign 应为 public-income、wages 或 both。',
        'campaign must be public-income, wages or both.',
      );
    }
    if (!Array.isArray(meta.clauseIds) || !meta.clauseIds.every((c) => typeof c === 'string')) {
      field('/meta/clauseIds', 'clauseIds 应为字符串数组。', 'clauseIds must be an array of strings.');
    }
    if (!isPeriod(meta.period)) {
      add(
        'PERIOD_INVALID',
        '/meta/period',
        `统计期间无效：${String(meta.period)}，应为 2023Q2、2023-07 或 2023。`,
        `Invalid period ${String(meta.period)}: expected 2023Q2, 2023-07 or 2023.`,
      );
    }
    needText(meta.divisionCode, '/meta/divisionCode');
    if (meta.divisionName !== undefined) needText(meta.divisionName, '/meta/divisionName');
    if (meta.documentNumber !== undefined) needText(meta.documentNumber, '/meta/documentNumber');
    needDate(meta.asOf, '/meta/asOf', true);
    if (meta.dueOn !== undefined) needDate(meta.dueOn, '/meta/dueOn');
    if (meta.packs !== undefined) {
      if (!Array.isArray(meta.packs)) {
        field('/meta/packs', 'packs 应为数组。', 'packs must be an array.');
      } else {
        meta.packs.forEach((pack: unknown, i) => {
          const p = isObject(pack) ? pack : {};
          for (const key of ['id', 'version', 'hash']) needText(p[key], pointer('meta', 'packs', i, key));
        });
      }
    }
  }

  if (!Array.isArray(doc.sections)) {
    field('/sections', 'sections 应为数组。', 'sections must be an array.');
  } else {
    const ids = new Set<string>();
    doc.sections.forEach((section: unknown, i) => {
      const at = (...rest: (string | number)[]) => pointer('sections', i, ...rest);
      if (!isObject(section)) {
        field(at(), '章节必须是对象。', 'A section must be an object.');
        return;
      }
      needText(section.id, at('id'));
      if (typeof section.id === 'string') {
        if (ids.has(section.id)) {
          add(
            'SECTION_ID_REPEATED',
            at('id'),
            `章节标识 ${section.id} 重复。`,
            `Section id ${section.id} repeats.`,
          );
        }
        ids.add(section.id);
      }
      needBilingual(section.title, at('title'));
      if (section.kind === 'paragraphs') {
        if (!Array.isArray(section.paragraphs))
          field(at('paragraphs'), 'paragraphs 应为数组。', 'paragraphs must be an array.');
        else
          for (const [j, p] of (section.paragraphs as unknown[]).entries())
            needBilingual(p, at('paragraphs', j));
      } else if (section.kind === 'key-values') {
        if (!Array.isArray(section.items)) {
          field(at('items'), 'items 应为数组。', 'items must be an array.');
        } else {
          section.items.forEach((item: unknown, j) => {
            const it = isObject(item) ? item : {};
            needBilingual(it.label, at('items', j, 'label'));
            const type = (it.type ?? 'text') as ColumnType;
            if (!COLUMN_TYPES.includes(type)) {
              add(
                'COLUMN_TYPE_UNKNOWN',
                at('items', j, 'type'),
                `未知的取值类型 ${String(type)}。`,
                `Unknown value type ${String(type)}.`,
              );
            } else {
              needValue(it.value, type, at('items', j, 'value'));
            }
          });
        }
      } else if (section.kind === 'table') {
        checkTable(section, at, { field, add, needBilingual, needValue });
      } else {
        add(
          'SECTION_KIND_UNKNOWN',
          at('kind'),
          `未知的章节类型 ${String(section.kind)}。`,
          `Unknown section kind ${String(section.kind)}.`,
        );
      }
    });
  }

  const signature = doc.signature;
  if (signature !== undefined) {
    if (!isObject(signature)) {
      field('/signature', '落款必须是对象。', 'The signature block must be an object.');
    } else {
      needText(signature.unit, '/signature/unit');
      if (signature.seal !== undefined) needText(signature.seal, '/signature/seal');
      needDate(signature.date, '/signature/date');
      if (signature.contacts !== undefined) {
        if (!Array.isArray(signature.contacts))
          field('/signature/contacts', 'contacts 应为数组。', 'contacts must be an array.');
        else
          for (const [i, c] of (signature.contacts as unknown[]).entries())
            needText(c, pointer('signature', 'contacts', i));
      }
    }
  }

  const layout = doc.layout;
  if (layout !== undefined) {
    const ok =
      isObject(layout) &&
      (layout.paper === 'A4' || layout.paper === 'A3') &&
      (layout.orientation === 'portrait' || layout.orientation === 'landscape');
    if (!ok) {
      field(
        '/layout',
        'layout 应为 { paper: A4|A3, orientation: portrait|landscape }。',
        'layout must be { paper: A4|A3, orientation: portrait|landscape }.',
      );
    }
  }
  return issues;
}

interface Checks {
  field: (path: string, zh: string, en: string) => void;
  add: (code: DocumentIssueCode, path: string, zh: string, en: string) => void;
  needBilingual: (value: unknown, path: string) => void;
  needValue: (value: unknown, type: ColumnType, path: string) => void;
}

function checkTable(
  section: Record<string, unknown>,
  at: (...rest: (string | number)[]) => string,
  { field, add, needBilingual, needValue }: Checks,
): void {
  if (section.note !== undefined) needBilingual(section.note, at('note'));
  if (!Array.isArray(section.columns) || section.columns.length === 0) {
    field(at('columns'), '表格至少需要一列。', 'A table needs at least one column.');
    return;
  }
  const columns: Column[] = [];
  const keys = new Set<string>();
  section.columns.forEach((column: unknown, j) => {
    const c = isObject(column) ? column : {};
    if (typeof c.key !== 'string') {
      field(at('columns', j, 'key'), '列缺少 key。', 'The column has no key.');
      return;
    }
    if (keys.has(c.key)) {
      add(
        'COLUMN_KEY_REPEATED',
        at('columns', j, 'key'),
        `列 key ${c.key} 重复。`,
        `Column key ${c.key} repeats.`,
      );
      return;
    }
    keys.add(c.key);
    needBilingual(c.header, at('columns', j, 'header'));
    if (!COLUMN_TYPES.includes(c.type as ColumnType)) {
      add(
        'COLUMN_TYPE_UNKNOWN',
        at('columns', j, 'type'),
        `未知的列类型 ${String(c.type)}。`,
        `Unknown column type ${String(c.type)}.`,
      );
      return;
    }
    if (c.width !== undefined && !(typeof c.width === 'number' && c.width > 0 && c.width <= 255)) {
      field(
        at('columns', j, 'width'),
        '列宽应为 0 到 255 之间的数值。',
        'The width must be a number in (0, 255].',
      );
    }
    if (c.statuses !== undefined) {
      const statuses = c.statuses;
      if (!isObject(statuses)) {
        field(at('columns', j, 'statuses'), 'statuses 应为对象。', 'statuses must be an object.');
      } else {
        for (const [code, s] of Object.entries(statuses)) {
          const ok = isObject(s) && typeof s.icon === 'string' && s.icon !== '' && isBilingual(s.label);
          if (!ok) {
            field(
              at('columns', j, 'statuses', code),
              '状态标签应含图标与中英文文字。',
              'A status label needs an icon and a text in both languages.',
            );
          }
        }
      }
    }
    columns.push(column as Column);
  });
  const checkRow = (row: unknown, path: (...rest: (string | number)[]) => string) => {
    if (!isObject(row)) {
      field(path(), '行必须是对象。', 'A row must be an object.');
      return;
    }
    for (const column of columns) {
      if (Object.hasOwn(row, column.key)) needValue(row[column.key], column.type, path(column.key));
    }
  };
  if (!Array.isArray(section.rows)) field(at('rows'), 'rows 应为数组。', 'rows must be an array.');
  else
    for (const [r, row] of (section.rows as unknown[]).entries())
      checkRow(row, (...rest) => at('rows', r, ...rest));
  if (section.totals !== undefined) checkRow(section.totals, (...rest) => at('totals', ...rest));
}

/**
 * Throws {@link ReportRenderError} (`INVALID_DOCUMENT`, with every issue in `issues`) when `doc`
 * breaks the contract; the renderers call it first.
 */
export function assertReportDocument(doc: unknown, where: string): asserts doc is ReportDocument {
  const issues = checkReportDocument(doc);
  if (issues.length > 0) {
    const first = issues[0];
    throw new ReportRenderError(
      'INVALID_DOCUMENT',
      `${where}: the report document breaks its contract in ${issues.length} place(s); first at ${first?.path || '/'}: ${first?.message.en}`,
      { issues },
    );
  }
}
