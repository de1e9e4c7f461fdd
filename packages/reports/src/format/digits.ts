// Thousands separators on a string of ASCII digits, without Intl: output must not depend on the
// host's ICU data (STYLE.md: no Intl compact notation, ¥1,234.56 everywhere).
export function groupDigits(digits: string): string {
  let out = '';
  for (let i = 0; i < digits.length; i += 1) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += ',';
    out += digits[i];
  }
  return out;
}
