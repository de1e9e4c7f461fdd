// Issue 5 acceptance: an XLSX (and a CSV) written by the kit is read back by the kit into equal records.
import { generateDataset } from '@rectify/samples';
import type { RecordOf } from '@rectify/schemas';
import { describe, expect, it } from 'vitest';
import {
  csvString,
  importTable,
  PAYROLL_LINE_MAPPING,
  type SheetRow,
  type SheetSpec,
  xlsxBuffer,
} from '../src/index';

const { dataset } = generateDataset({ seed: 'round-trip', asOf: '2023-11-30', communities: 0, projects: 6 });
const lines = (dataset.records.payrollLine ?? []).slice(0, 2000) as RecordOf<'payrollLine'>[];

// Columns titled with the mapping's first (Chinese) header, as a county bureau's export would be.
const header = (field: string) =>
  PAYROLL_LINE_MAPPING.columns.find((c) => c.field === field)?.headers[0] ?? field;
const sheet = (): SheetSpec & { rows: SheetRow[] } => ({
  name: '工资支付表',
  columns: [
    { key: 'id', header: header('id'), type: 'code' },
    { key: 'projectId', header: header('projectId'), type: 'code' },
    { key: 'workerId', header: header('workerId'), type: 'code' },
    { key: 'employerUscc', header: header('employerUscc'), type: 'code' },
    { key: 'month', header: header('month'), type: 'text' },
    { key: 'amountDue', header: header('amountDue'), type: 'money' },
    { key: 'amountPaid', header: header('amountPaid'), type: 'money' },
    { key: 'paidOn', header: header('paidOn'), type: 'date' },
    { key: 'throughSpecialAccount', header: header('throughSpecialAccount'), type: 'boolean' },
    { key: 'signed', header: header('signed'), type: 'boolean' },
  ],
  rows: lines.map((l) => ({ ...l, paidOn: l.paidOn ?? null })),
});

describe('kit → spreadsheet → kit', () => {
  it('has payroll lines to write', () => {
    expect(lines.length).toBeGreaterThan(500);
  });

  it.each(['xlsx', 'csv'] as const)('%s: every line comes back equal, none rejected', async (format) => {
    const bytes =
      format === 'xlsx' ? await xlsxBuffer([sheet()]) : new TextEncoder().encode(csvString(sheet()));
    const report = await importTable(bytes, { kind: 'payrollLine', format });
    expect(report.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(report.counts.imported).toBe(lines.length);
    expect(report.counts.rejected).toBe(0);
    expect(report.records).toEqual(lines);
  });
});
