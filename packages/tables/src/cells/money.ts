import { readCellValue, settledResult, withWarnings } from './cell-value';
import {
  type DecimalDigits,
  isSafeBigInt,
  literalDigits,
  numberDigits,
  safeNumber,
  scaledInteger,
} from './decimal';
import { cellIssue } from './issue';
import type { CellIssue, CellResult } from './types';
import { CellUsageError } from './usage-error';

/** A unit an amount can be written in: 元, 万元 or 分. */
export type MoneyUnit = 'yuan' | 'wan' | 'fen';

/** Options of {@link parseMoney}. */
export interface ParseMoneyOptions {
  /**
   * The unit named by the column header (`金额（万元）` → `'wan'`). A unit written in the cell wins
   * over it, with a `MONEY_UNIT_CONFLICT` warning when they differ. Defaults to `'yuan'`.
   */
  unit?: MoneyUnit;
}

// Fraction digits each unit can carry while staying a whole number of fen.
const SCALE: Record<MoneyUnit, number> = { yuan: 2, wan: 6, fen: 0 };
const UNIT_LABEL: Record<MoneyUnit, { zh: string; en: string }> = {
  yuan: { zh: '元', en: 'yuan' },
  wan: { zh: '万元', en: '10,000 yuan (万元)' },
  fen: { zh: '分', en: 'fen' },
};
const UNIT_WORDS: Record<string, MoneyUnit> = { 万元: 'wan', 万: 'wan', 元: 'yuan', 元整: 'yuan', 分: 'fen' };

// [sign][currency][sign] [(] [currency][sign] digits [unit] [)] [unit], each part optional but the
// digits; the checks after the match allow one sign at most and no sign inside parentheses.
const CURRENCY = '(¥|￥|RMB|CNY|人民币)';
const SIGN = '([-+])';
const UNIT = '(万元|元整|万|元|分)';
const AMOUNT = new RegExp(
  `^${SIGN}? ?${CURRENCY}? ?${SIGN}? ?(\\()? ?${CURRENCY}? ?${SIGN}? ?([0-9.,]+) ?${UNIT}? ?(\\))? ?${UNIT}?$`,
  'i',
);

function formatIssue(original: string, text?: string): CellIssue {
  if (text !== undefined && /[0-9]e[-+]?[0-9]/i.test(text)) {
    return cellIssue(
      'MONEY_FORMAT',
      original,
      '金额是科学计数法（如 1.23E+11），可能已丢失位数，请将该列设为数值格式后重新导出。',
      'The amount is in scientific notation (such as 1.23E+11) and may have lost digits; format the column as a number and export again.',
    );
  }
  return cellIssue(
    'MONEY_FORMAT',
    original,
    '无法识别金额，请填写如 1,234.50、¥1,234.56、1.2万元 或 (1,234.00) 的数值；千分位须每三位一个逗号，小数点须为“.”。',
    'The amount cannot be read; write it like 1,234.50, ¥1,234.56, 1.2万元 or (1,234.00), with commas only between groups of three digits and "." as the decimal point.',
  );
}

function toFen(
  d: DecimalDigits,
  unit: MoneyUnit,
  original: string,
  warnings: CellIssue[],
): CellResult<number> {
  const fen = scaledInteger(d, SCALE[unit]);
  if (fen === undefined) {
    const label = UNIT_LABEL[unit];
    return {
      ok: false,
      issue: cellIssue(
        'MONEY_PRECISION',
        original,
        `金额以${label.zh}计最多 ${SCALE[unit]} 位小数（精确到分），该值不是整分，不作四舍五入，请核对。`,
        `An amount in ${label.en} has at most ${SCALE[unit]} decimals (whole fen); this value is not a whole number of fen and is not rounded. Please check it.`,
      ),
    };
  }
  if (!isSafeBigInt(fen)) {
    return {
      ok: false,
      issue: cellIssue(
        'MONEY_RANGE',
        original,
        '金额超出可精确处理的范围，请核对单位与数值。',
        'The amount is too large to be handled exactly; check the unit and the value.',
      ),
    };
  }
  return withWarnings(safeNumber(fen), warnings);
}

/**
 * Parses an amount of money into integer fen, exactly. Accepts numbers (from XLSX, read through their
 * shortest decimal string, never multiplied as floats) and text such as `1,234.50元`, `￥1,234.56`,
 * `¥ 12`, `1.2万元`, `1.2万`, full-width digits, `（1,234.00）` / `(1,234.00)` or a leading `-` / `－`
 * for negatives. Blank cells and dashes (`-`, `—`) are empty. A value that is not a whole number of
 * fen gives `MONEY_PRECISION` (never rounded); `1 234,5` and other unclear separators give
 * `MONEY_FORMAT`; beyond Number.MAX_SAFE_INTEGER fen gives `MONEY_RANGE`.
 *
 * @example parseMoney('1.2万元') // { ok: true, value: 1_200_000 }
 * @example parseMoney(12.5, { unit: 'wan' }) // { ok: true, value: 12_500_000 }
 */
export function parseMoney(value: unknown, options: ParseMoneyOptions = {}): CellResult<number> {
  const headerUnit = options.unit;
  if (headerUnit !== undefined && !(headerUnit in SCALE)) {
    throw new CellUsageError(
      'INVALID_OPTION',
      `parseMoney: unit must be 'yuan', 'wan' or 'fen', got ${String(headerUnit)}`,
    );
  }
  const cell = readCellValue(value);
  const settled = settledResult<number>(cell);
  if (settled) return settled;
  const warnings = [...cell.warnings];
  if (cell.kind === 'number') {
    if (!Number.isFinite(cell.value)) return { ok: false, issue: formatIssue(cell.original) };
    return toFen(numberDigits(cell.value), headerUnit ?? 'yuan', cell.original, warnings);
  }
  if (cell.kind !== 'text') return { ok: false, issue: formatIssue(cell.original) };

  const text = cell.text.replace(/（/g, '(').replace(/）/g, ')').replace(/−/g, '-');
  const m = AMOUNT.exec(text);
  if (!m) return { ok: false, issue: formatIssue(cell.original, text) };
  const [, s1, c1, s2, open, c2, s3, body = '', u1, close, u2] = m;
  const signs = [s1, s2, s3].filter((s) => s !== undefined);
  const parens = open !== undefined;
  if (
    parens !== (close !== undefined) ||
    signs.length > 1 ||
    (parens && signs.length > 0) ||
    (c1 !== undefined && c2 !== undefined) ||
    (u1 !== undefined && u2 !== undefined)
  ) {
    return { ok: false, issue: formatIssue(cell.original, text) };
  }
  const digits = literalDigits(body, parens || signs[0] === '-');
  if (!digits) return { ok: false, issue: formatIssue(cell.original, text) };

  const word = u1 ?? u2;
  const cellUnit = word === undefined ? undefined : UNIT_WORDS[word];
  if (cellUnit !== undefined && headerUnit !== undefined && cellUnit !== headerUnit) {
    const inCell = UNIT_LABEL[cellUnit];
    const inHeader = UNIT_LABEL[headerUnit];
    warnings.push(
      cellIssue(
        'MONEY_UNIT_CONFLICT',
        cell.original,
        `单元格注明单位为${inCell.zh}，与表头单位${inHeader.zh}不同，已按单元格的${inCell.zh}换算，请核对。`,
        `The cell says ${inCell.en} but the column header says ${inHeader.en}; the cell's unit was used. Please check it.`,
        'warning',
      ),
    );
  }
  return toFen(digits, cellUnit ?? headerUnit ?? 'yuan', cell.original, warnings);
}
