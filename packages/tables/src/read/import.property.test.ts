import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { csvField, validUscc } from '../__fixtures__/tables';
import { importTable } from './import';
import type { ColumnMapping } from './mapping';
import { MAPPINGS } from './mappings/index';

const FULL = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));

function group(int: string): string {
  return int.replace(/\B(?=([0-9]{3})+(?![0-9]))/g, ',');
}

/** How a person might have written a value: a fixed random choice per column. */
interface Style {
  variant: number;
  grouping: boolean;
  fullWidth: boolean;
  padded: boolean;
}

const style = fc.record<Style>({
  variant: fc.nat(3),
  grouping: fc.boolean(),
  fullWidth: fc.boolean(),
  padded: fc.boolean(),
});

function writeMoney(fen: number, s: Style): string {
  const int = String(Math.floor(fen / 100));
  const cents = String(fen % 100).padStart(2, '0');
  let text = `${s.grouping ? group(int) : int}.${cents}`;
  if (s.fullWidth) text = FULL(text);
  return [text, `${text}元`, `¥${text}`, text][s.variant] ?? text;
}

function writeDecimal(cents: number, s: Style): string {
  const int = String(Math.floor(cents / 100));
  const text = `${s.grouping ? group(int) : int}.${String(cents % 100).padStart(2, '0')}`;
  return s.fullWidth ? FULL(text) : text;
}

function writeDate(date: string, s: Style): string {
  const [y, m, d] = date.split('-');
  return (
    [date, `${y}/${Number(m)}/${Number(d)}`, `${y}年${Number(m)}月${Number(d)}日`, `${y}.${m}.${d}`][
      s.variant
    ] ?? date
  );
}

function writeMonth(month: string, s: Style): string {
  const [y, m] = month.split('-');
  return [month, `${y}/${Number(m)}`, `${y}年${Number(m)}月`, `${y}${m}`][s.variant] ?? month;
}

function writeBoolean(value: boolean, s: Style): string {
  return (value ? ['是', '√', 'Y', '有'] : ['否', '×', 'N', '无'])[s.variant] ?? String(value);
}

function pad(text: string, s: Style): string {
  return s.padded ? ` ${text}　` : text;
}

const civilDate = fc
  .tuple(
    fc.integer({ min: 2000, max: 2099 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 28 }),
  )
  .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
const civilMonth = fc
  .tuple(fc.integer({ min: 2000, max: 2099 }), fc.integer({ min: 1, max: 12 }))
  .map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`);
const code = fc
  .tuple(fc.constantFrom('C', 'P', 'W', 'X'), fc.integer({ min: 1, max: 99_999 }))
  .map(([p, n]) => `${p}${n}`);
// Text that survives normalisation unchanged and is not a total, a note or a formula.
const text = fc
  .array(fc.constantFrom('丰', '泽', '花', '园', '物', '业', '（', '）', ',', '"', 'A', 'b', '1', '·', ' '), {
    minLength: 1,
    maxLength: 24,
  })
  .map((cs) => cs.join('').replace(/ +/g, ' ').trim())
  .filter((t) => t !== '' && !/^[0-9]+$/.test(t));

const payroll = fc.record(
  {
    id: code,
    projectId: code,
    workerId: code,
    employerUscc: fc.nat(5_000).map(validUscc),
    month: civilMonth,
    amountDue: fc.nat(100_000_000),
    amountPaid: fc.nat(100_000_000),
    paidOn: civilDate,
    throughSpecialAccount: fc.boolean(),
    signed: fc.boolean(),
  },
  {
    requiredKeys: [
      'id',
      'projectId',
      'workerId',
      'employerUscc',
      'month',
      'amountDue',
      'amountPaid',
      'throughSpecialAccount',
      'signed',
    ],
  },
);

const community = fc
  .record({
    id: code,
    name: text,
    divisionCode: fc.constantFrom('350503001', '350502002', '350524'),
    companyName: text,
    companyUscc: fc.nat(5_000).map(validUscc),
    areaCents: fc.nat(1_000_000_000),
    households: fc.nat(100_000),
    committee: fc.boolean(),
    board: fc.boolean(),
    location: fc.option(text, { nil: undefined }),
  })
  .map(({ areaCents, committee, board, location, ...rest }) => ({
    ...rest,
    buildingArea: areaCents / 100,
    ownersCommittee: { exists: committee },
    board: location === undefined ? { exists: board } : { exists: board, location },
    preAuthorisedExpenseCategories: [],
    knownIncomeSources: [],
  }));

function cell(column: ColumnMapping, value: unknown, s: Style): string {
  if (value === undefined) return '';
  switch (column.type) {
    case 'money':
      return writeMoney(value as number, s);
    case 'decimal':
      return writeDecimal(Math.round((value as number) * 100), s);
    case 'date':
      return writeDate(value as string, s);
    case 'month':
      return writeMonth(value as string, s);
    case 'boolean':
      return writeBoolean(value as boolean, s);
    case 'integer':
      return s.fullWidth ? FULL(String(value)) : String(value);
    default:
      return column.type === 'code' ? pad(String(value), s) : String(value);
  }
}

function valueAt(record: Record<string, unknown>, field: string): unknown {
  return field
    .split('/')
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], record);
}

function table(
  columns: readonly ColumnMapping[],
  records: readonly Record<string, unknown>[],
  styles: readonly Style[],
  order: readonly number[],
  blankEvery: number,
  title: boolean,
): { lines: string[][]; blanks: number } {
  const ordered = order.map((i) => columns[i] as ColumnMapping);
  const lines: string[][] = title ? [['测试表'], []] : [];
  lines.push(ordered.map((c) => c.headers[0] ?? c.field));
  let blanks = 0;
  records.forEach((record, n) => {
    if (blankEvery > 0 && n % blankEvery === blankEvery - 1) {
      lines.push([]);
      blanks += 1;
    }
    lines.push(
      ordered.map((c) =>
        cell(c, valueAt(record, c.field), styles[order.indexOf(columns.indexOf(c))] ?? (styles[0] as Style)),
      ),
    );
  });
  return { lines, blanks };
}

function encode(lines: string[][], encoding: 'utf-8' | 'utf-8-bom' | 'gb18030', eol: string): Uint8Array {
  const text = lines.map((l) => l.map(csvField).join(',')).join(eol) + eol;
  if (encoding === 'gb18030') return iconv.encode(text, 'gb18030');
  return Buffer.concat([
    encoding === 'utf-8-bom' ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0),
    Buffer.from(text),
  ]);
}

const layout = (columns: number) =>
  fc.record({
    styles: fc.array(style, { minLength: columns, maxLength: columns }),
    order: fc.shuffledSubarray(
      Array.from({ length: columns }, (_, i) => i),
      { minLength: columns, maxLength: columns },
    ),
    blankEvery: fc.nat(4),
    title: fc.boolean(),
    encoding: fc.constantFrom('utf-8' as const, 'utf-8-bom' as const, 'gb18030' as const),
    eol: fc.constantFrom('\r\n', '\n'),
  });

describe('importTable: property', () => {
  const payrollColumns = MAPPINGS.payrollLine.columns;
  const communityColumns = MAPPINGS.community.columns.filter((c) =>
    [
      'id',
      'name',
      'divisionCode',
      'companyName',
      'companyUscc',
      'buildingArea',
      'households',
      'ownersCommittee/exists',
      'board/exists',
      'board/location',
    ].includes(c.field),
  );

  it.each([
    ['payrollLine', payrollColumns, payroll],
    ['community', communityColumns, community],
  ] as const)(
    'random valid %s rows written as CSV import to the same records',
    async (kind, columns, arbitrary) => {
      await fc.assert(
        fc.asyncProperty(
          fc.array(arbitrary as fc.Arbitrary<Record<string, unknown>>, { minLength: 1, maxLength: 12 }),
          layout(columns.length),
          async (records, { styles, order, blankEvery, title, encoding, eol }) => {
            const { lines, blanks } = table(columns, records, styles, order, blankEvery, title);
            const report = await importTable(encode(lines, encoding, eol), { kind });
            expect(report.issues).toEqual([]);
            expect(report.encoding).toBe(encoding === 'gb18030' ? 'gb18030' : 'utf-8');
            expect(report.records).toEqual(records);
            expect(report.counts).toMatchObject({ imported: records.length, rejected: 0, blank: blanks });
          },
        ),
        { numRuns: 60 },
      );
    },
  );
});
