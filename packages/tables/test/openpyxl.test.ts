import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { parseMoney } from '../src/cells/index';
import { type SheetColumn, type SheetRow, writeXlsx } from '../src/write/index';

// Acceptance (issue 5): an XLSX written by the kit opens in Python's openpyxl with the sheet names,
// headers and a total intact. CI installs python3-openpyxl and sets RECTIFY_REQUIRE_PYTHON=1;
// RECTIFY_PYTHON names another interpreter.
const PYTHON = process.env.RECTIFY_PYTHON ?? '/usr/bin/python3';
const SCRIPT = new URL('./check_xlsx.py', import.meta.url).pathname;
const hasOpenpyxl = spawnSync(PYTHON, ['-c', 'import openpyxl'], { stdio: 'ignore' }).status === 0;
const required = process.env.RECTIFY_REQUIRE_PYTHON === '1';
const skip = !hasOpenpyxl && !required;

const dir = mkdtempSync(join(tmpdir(), 'rectify-openpyxl-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const COLUMNS: SheetColumn[] = [
  { key: 'date', header: '记账日期', type: 'date' },
  { key: 'community', header: '小区名称', type: 'text' },
  { key: 'item', header: '收支项目', type: 'text' },
  { key: 'income', header: '收入金额（元）', type: 'money' },
  { key: 'wan', header: '收入金额（万元）', type: 'money-wan' },
  { key: 'share', header: '业主分成比例', type: 'ratio' },
];

/** Fails with the fix spelled out when openpyxl is missing but required. */
function expectOpenpyxl(): void {
  expect(
    hasOpenpyxl,
    `RECTIFY_REQUIRE_PYTHON=1 but "${PYTHON} -c 'import openpyxl'" fails: install python3-openpyxl`,
  ).toBe(true);
}

interface CheckResult {
  status: number | null;
  summary: { sheets?: string[]; problems?: string[]; totals?: Record<string, { sum: string }> };
  stderr: string;
}

function check(file: string, sheet: string, headers: string[]): CheckResult {
  const run = spawnSync(PYTHON, [SCRIPT, file, sheet, ...headers], { encoding: 'utf8' });
  let summary: CheckResult['summary'] = {};
  try {
    summary = JSON.parse(run.stdout);
  } catch {
    summary = { problems: [`no JSON on stdout: ${run.stdout}`] };
  }
  return { status: run.status, summary, stderr: run.stderr };
}

describe('openpyxl opens what writeXlsx writes', () => {
  it.skipIf(skip)(
    `checks sheet names, headers and money totals${skip ? ` (skipped: ${PYTHON} cannot import openpyxl; install python3-openpyxl, or set RECTIFY_REQUIRE_PYTHON=1 to make this a failure)` : ''}`,
    async () => {
      expectOpenpyxl();
      let run = 0;
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.integer({ min: 0, max: 10 ** 11 }), { minLength: 1, maxLength: 200 }),
          fc.constantFrom('=HYPERLINK("http://x","y")', '+1', '-1', '@A1', '停车费'),
          async (incomes, item) => {
            run += 1;
            const file = join(dir, `ledger-${run}.xlsx`);
            const rows: SheetRow[] = incomes.map((income, i) => ({
              date: `2023-0${(i % 9) + 1}-15`,
              community: `泉州市丰泽区第${i}小区（东区）`,
              item,
              income,
              wan: income,
              share: 0.7,
            }));
            const total = incomes.reduce((sum, fen) => sum + fen, 0);
            await writeXlsx(
              [
                {
                  name: '2023年/第二季度[收支]',
                  columns: COLUMNS,
                  rows,
                  totals: { community: '合计', income: total, wan: total },
                },
                {
                  name: '汇总',
                  columns: COLUMNS,
                  rows: [],
                  totals: { community: '合计', income: 0, wan: 0 },
                },
              ],
              file,
            );
            const result = check(
              file,
              '2023年_第二季度_收支_',
              COLUMNS.map((c) => c.header),
            );
            expect(result.summary.problems, result.stderr).toEqual([]);
            expect(result.status).toBe(0);
            expect(result.summary.sheets).toEqual(['2023年_第二季度_收支_', '汇总']);
            const sum = result.summary.totals?.['收入金额（元）']?.sum;
            expect(parseMoney(sum)).toEqual({ ok: true, value: total });
          },
        ),
        { numRuns: 4 },
      );
    },
  );

  it.skipIf(skip)('reports a wrong total as a problem (the check can fail)', async () => {
    expectOpenpyxl();
    const file = join(dir, 'wrong-total.xlsx');
    await writeXlsx(
      [{ name: '明细', columns: COLUMNS, rows: [{ income: 100 }, { income: 250 }], totals: { income: 351 } }],
      file,
    );
    const result = check(
      file,
      '明细',
      COLUMNS.map((c) => c.header),
    );
    expect(result.status).toBe(1);
    expect(result.summary.problems).toEqual([
      expect.stringContaining("'收入金额（元）': SUM 3.5 != totals row 3.51"),
    ]);
  });
});
