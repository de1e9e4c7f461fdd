import { describe, expect, it } from 'vitest';
import { THEME_TOKENS, themeCss } from './theme-css';
import { isThemeName, THEME_NAMES, type ThemeName, themeClass } from './theme-names';

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

// WCAG 2.2 relative-luminance contrast ratio.
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const tokens = (theme: ThemeName): Record<string, string> => ({
  ...THEME_TOKENS.default,
  ...THEME_TOKENS[theme],
});

describe('themes', () => {
  // STYLE.md: 4.5:1 (WCAG AA) by default; 7:1 in high-contrast and elder (适老化).
  it.each([
    ['default', 4.5],
    ['high-contrast', 7],
    ['elder', 7],
  ] as const)('%s: every text colour reaches %s:1 on the background and the surface', (theme, min) => {
    const t = tokens(theme);
    for (const fg of [
      'color-text',
      'color-muted',
      'color-pass',
      'color-fail',
      'color-warn',
      'color-info',
      'color-accent',
    ])
      for (const bg of ['color-background', 'color-surface'])
        expect(contrast(t[fg] as string, t[bg] as string), `${fg} on ${bg}`).toBeGreaterThanOrEqual(min);
    expect(contrast(t['color-accent-text'] as string, t['color-accent'] as string)).toBeGreaterThanOrEqual(
      min,
    );
  });

  it.each(THEME_NAMES)('%s: borders and the focus ring reach 3:1 (WCAG 1.4.11)', (theme) => {
    const t = tokens(theme);
    expect(contrast(t['color-border'] as string, t['color-background'] as string)).toBeGreaterThanOrEqual(3);
    expect(contrast(t['color-focus'] as string, t['color-background'] as string)).toBeGreaterThanOrEqual(3);
  });

  it('elder: body text at least 18pt and targets at least 60px', () => {
    const t = tokens('elder');
    const px = Number.parseFloat(t['font-size'] as string);
    expect(px).toBeGreaterThanOrEqual(24);
    expect(Number.parseFloat(t['target-size'] as string) * px).toBeGreaterThanOrEqual(60);
  });

  it('reads every token from the host’s --rectify-* first', () => {
    expect(themeCss).toContain('--rk-color-text: var(--rectify-color-text, #1f2328);');
    expect(themeCss).toContain('.rk-theme-elder .rk-root, .rk-root.rk-theme-elder {');
    expect(themeCss).not.toMatch(/[0-9.]rem\b/);
  });

  it.each([
    ['default', undefined],
    ['high-contrast', 'rk-theme-high-contrast'],
    ['elder', 'rk-theme-elder'],
    ['dark', undefined],
    [undefined, undefined],
  ])('themeClass(%s) is %s', (theme, cls) => {
    expect(themeClass(theme)).toBe(cls);
    expect(isThemeName(theme)).toBe(theme !== 'dark' && theme !== undefined);
  });
});
