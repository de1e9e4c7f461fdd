import { groupDigits } from './digits';
import { FormatError } from './format-error';

function assertFen(fen: unknown, where: string): asserts fen is number {
  if (typeof fen !== 'number' || !Number.isSafeInteger(fen)) {
    throw new FormatError(
      'INVALID_VALUE',
      `${where}: expected a whole number of fen (a safe integer), got ${String(fen)}`,
    );
  }
}

/**
 * An amount of integer fen as yuan with the currency sign, thousands separators and exactly two
 * decimals; a negative amount has the minus sign before `¥`. Exact: no floating-point arithmetic on
 * the amount, so every safe integer of fen reads back through `parseMoney` unchanged.
 *
 * Throws {@link FormatError} (`INVALID_VALUE`) when `fen` is not a safe integer.
 *
 * @example formatYuan(123456) // '¥1,234.56'
 * @example formatYuan(-5) // '-¥0.05'
 */
export function formatYuan(fen: number): string {
  assertFen(fen, 'formatYuan');
  const abs = Math.abs(fen);
  const cents = abs % 100;
  const yuan = (abs - cents) / 100;
  const sign = fen < 0 ? '-' : '';
  return `${sign}¥${groupDigits(String(yuan))}.${String(cents).padStart(2, '0')}`;
}

/**
 * An amount of integer fen as 万元 (10,000 yuan) with thousands separators and exactly two decimals,
 * for a column headed 金额（万元）; no unit or sign of currency, which the header carries. Rounded
 * half away from zero to the nearest 100 yuan in integer arithmetic (no floats): 5,000 fen and more
 * of the dropped part round up in magnitude. A negative amount that rounds to zero prints `0.00`.
 *
 * Throws {@link FormatError} (`INVALID_VALUE`) when `fen` is not a safe integer.
 *
 * @example formatWan(123_456) // '0.12' (¥1,234.56)
 * @example formatWan(12_345_678_900) // '12,345.68' (¥123,456,789.00)
 */
export function formatWan(fen: number): string {
  assertFen(fen, 'formatWan');
  const abs = Math.abs(fen);
  const dropped = abs % 10_000;
  // Hundredths of 万元 (= 100 yuan = 10,000 fen); at most 9.1e11, well inside the safe range.
  let hundredths = (abs - dropped) / 10_000;
  if (dropped >= 5_000) hundredths += 1;
  const fraction = hundredths % 100;
  const whole = (hundredths - fraction) / 100;
  const sign = fen < 0 && hundredths > 0 ? '-' : '';
  return `${sign}${groupDigits(String(whole))}.${String(fraction).padStart(2, '0')}`;
}
