/**
 * `digits` (ASCII digits only) with a comma between groups of three, counted from the right.
 * Written without `Intl`, so output never depends on the host's ICU data (STYLE.md: ¥1,234.56
 * everywhere, no compact notation).
 */
export function groupDigits(digits: string): string {
  let out = '';
  for (let i = 0; i < digits.length; i += 1) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += ',';
    out += digits[i];
  }
  return out;
}
