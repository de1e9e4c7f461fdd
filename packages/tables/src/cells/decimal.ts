/**
 * An exact decimal as digit strings: `int` has no leading zeros (`'0'` for zero), `frac` no trailing
 * zeros (`''` for a whole number). Money and areas are computed on these, never on floats.
 */
export interface DecimalDigits {
  negative: boolean;
  int: string;
  frac: string;
}

function tidy(negative: boolean, int: string, frac: string): DecimalDigits {
  const i = int.replace(/^0+/, '') || '0';
  const f = frac.replace(/0+$/, '');
  return { negative: negative && (i !== '0' || f !== ''), int: i, frac: f };
}

/**
 * The digits of a finite number, read from its shortest round-trip decimal string (`String(n)`),
 * exponent notation included (`1e-7` → 0.0000001, `1.5e+21` → 1500000000000000000000). That string is
 * what the spreadsheet stored, so it is taken as the intended decimal.
 */
export function numberDigits(n: number): DecimalDigits {
  const text = String(Math.abs(n));
  const m = /^([0-9]+)(?:\.([0-9]+))?(?:e([+-][0-9]+))?$/.exec(text);
  if (!m) throw new RangeError(`Not a finite number: ${text}`);
  const int = m[1] ?? '0';
  const frac = m[2] ?? '';
  const exp = Number(m[3] ?? '0');
  const digits = int + frac;
  const point = int.length + exp;
  if (point <= 0) return tidy(n < 0, '0', '0'.repeat(-point) + digits);
  if (point >= digits.length) return tidy(n < 0, digits + '0'.repeat(point - digits.length), '');
  return tidy(n < 0, digits.slice(0, point), digits.slice(point));
}

// Whole digits, or digits grouped in threes by commas with a non-zero lead (`1,234,567`).
const INT_PLAIN = /^[0-9]+$/;
const INT_GROUPED = /^[1-9][0-9]{0,2}(?:,[0-9]{3})+$/;

/**
 * Reads an unsigned decimal literal: digits, optionally grouped in threes with `,`, optionally a `.`
 * and fraction digits (`1,234.50`, `.5`, `12.`). Anything else (a comma as decimal point, groups of
 * the wrong size, exponents, spaces) gives `undefined`.
 */
export function literalDigits(body: string, negative = false): DecimalDigits | undefined {
  const dot = body.indexOf('.');
  const intPart = dot === -1 ? body : body.slice(0, dot);
  const fracPart = dot === -1 ? '' : body.slice(dot + 1);
  if (intPart === '' && fracPart === '') return undefined;
  if (intPart !== '' && !INT_PLAIN.test(intPart) && !INT_GROUPED.test(intPart)) return undefined;
  if (fracPart !== '' && !INT_PLAIN.test(fracPart)) return undefined;
  return tidy(negative, intPart.replace(/,/g, ''), fracPart);
}

/**
 * The decimal times 10^scale as a BigInt, or `undefined` when that is not a whole number (the decimal
 * has more than `scale` fraction digits).
 */
export function scaledInteger(d: DecimalDigits, scale: number): bigint | undefined {
  if (d.frac.length > scale) return undefined;
  const magnitude = BigInt(d.int + d.frac.padEnd(scale, '0'));
  return d.negative ? -magnitude : magnitude;
}

/** Converts a BigInt known to be within the safe range to a number, never producing `-0`. */
export function safeNumber(value: bigint): number {
  return value === 0n ? 0 : Number(value);
}

/** Whether a BigInt fits within ±Number.MAX_SAFE_INTEGER. */
export function isSafeBigInt(value: bigint): boolean {
  const max = BigInt(Number.MAX_SAFE_INTEGER);
  return value <= max && value >= -max;
}
