import { groupDigits } from './digits';
import { FormatError } from './format-error';

/** Options of {@link formatRatio}. */
export interface FormatRatioOptions {
  /** Decimals of the percentage, 0 to 6. Defaults to 2. */
  decimals?: number;
}

const DECIMAL = /^([0-9]+)(?:\.([0-9]+))?(?:e([-+][0-9]+))?$/;

// `x` (finite, ≥ 0) as digits × 10^exponent, read from its shortest round-trip decimal string, so
// the rounding below works on the decimal the reader sees, not on a binary approximation.
function decimalOf(x: number): { digits: bigint; exponent: number } {
  const m = DECIMAL.exec(String(x));
  if (!m) throw new FormatError('INVALID_VALUE', `not a plain decimal: ${String(x)}`);
  const fraction = m[2] ?? '';
  return { digits: BigInt(`${m[1]}${fraction}`), exponent: Number(m[3] ?? 0) - fraction.length };
}

/**
 * A whole number with thousands separators.
 *
 * Throws {@link FormatError} (`INVALID_VALUE`) when `value` is not a safe integer.
 *
 * @example formatInteger(-1234567) // '-1,234,567'
 */
export function formatInteger(value: number): string {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
    throw new FormatError('INVALID_VALUE', `formatInteger: expected a safe integer, got ${String(value)}`);
  }
  const sign = value < 0 ? '-' : '';
  return `${sign}${groupDigits(String(Math.abs(value)))}`;
}

/**
 * A ratio (`0.1234` for 12.34 %) as a percentage with thousands separators and a fixed number of
 * decimals, rounded half away from zero on the ratio's shortest decimal form (so `0.12345` gives
 * `12.35%`, not the `12.34%` of binary floating point).
 *
 * Throws {@link FormatError} (`INVALID_VALUE`) when `ratio` is not finite, or
 * (`INVALID_OPTION`) when `decimals` is not a whole number from 0 to 6.
 *
 * @example formatRatio(0.9) // '90.00%'
 * @example formatRatio(0.12345) // '12.35%'
 */
export function formatRatio(ratio: number, options: FormatRatioOptions = {}): string {
  if (typeof ratio !== 'number' || !Number.isFinite(ratio)) {
    throw new FormatError('INVALID_VALUE', `formatRatio: expected a finite number, got ${String(ratio)}`);
  }
  const decimals = options.decimals ?? 2;
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 6) {
    throw new FormatError(
      'INVALID_OPTION',
      `formatRatio: decimals must be a whole number from 0 to 6, got ${String(decimals)}`,
    );
  }
  const { digits, exponent } = decimalOf(Math.abs(ratio));
  // Percent: two places left of the ratio, then `decimals` more to keep as an integer.
  const shift = exponent + 2 + decimals;
  let scaled: bigint;
  if (shift >= 0) {
    scaled = digits * 10n ** BigInt(shift);
  } else {
    const divisor = 10n ** BigInt(-shift);
    scaled = digits / divisor;
    if ((digits % divisor) * 2n >= divisor) scaled += 1n;
  }
  const text = scaled.toString().padStart(decimals + 1, '0');
  const whole = groupDigits(text.slice(0, text.length - decimals));
  const fraction = decimals > 0 ? `.${text.slice(text.length - decimals)}` : '';
  const sign = ratio < 0 && scaled > 0n ? '-' : '';
  return `${sign}${whole}${fraction}%`;
}
