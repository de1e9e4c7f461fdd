import type { ThemeName } from './theme-names';

/**
 * The values of each theme's tokens: token `color-text` is read from the host's `--rectify-color-text` when set
 * (on the widget root or any ancestor), else from the theme. Colours are chosen so body text and status
 * colours reach 4.5:1 on the background in the default theme and 7:1 in high-contrast and elder (STYLE.md:
 * 适老化 contrast ≥ 7:1); a test computes the ratios. Sizes are absolute at the root only (`px`), then `em`
 * everywhere inside, so a host's odd `html { font-size }` cannot shrink the widgets.
 */
export const THEME_TOKENS: Readonly<Record<ThemeName, Readonly<Record<string, string>>>> = {
  default: {
    'font-size': '16px',
    'font-family':
      "system-ui, -apple-system, 'PingFang SC', 'Noto Sans CJK SC', 'Microsoft YaHei', sans-serif",
    'line-height': '1.6',
    'color-text': '#1f2328',
    'color-muted': '#505a64',
    'color-background': '#ffffff',
    'color-surface': '#f3f5f7',
    'color-border': '#6e7781',
    'color-accent': '#0b57a4',
    'color-accent-text': '#ffffff',
    'color-focus': '#c24e00',
    'color-pass': '#1a6b2d',
    'color-fail': '#b3261e',
    'color-warn': '#8a4b00',
    'color-info': '#0b57a4',
    'target-size': '2.75em',
    radius: '0.25em',
    space: '1em',
    'border-width': '1px',
    'focus-width': '3px',
  },
  'high-contrast': {
    'color-text': '#000000',
    'color-muted': '#1a1a1a',
    'color-background': '#ffffff',
    'color-surface': '#ffffff',
    'color-border': '#000000',
    'color-accent': '#00338a',
    'color-accent-text': '#ffffff',
    'color-focus': '#000000',
    'color-pass': '#004d1a',
    'color-fail': '#8a0000',
    'color-warn': '#5c3300',
    'color-info': '#00338a',
    'border-width': '2px',
    'focus-width': '4px',
  },
  elder: {
    // 18pt = 24px body text; 2.5em of it is a 60px target (适老化: targets ≥ 60px).
    'font-size': '24px',
    'line-height': '1.7',
    'color-text': '#000000',
    'color-muted': '#262626',
    'color-background': '#ffffff',
    'color-surface': '#f7f7f7',
    'color-border': '#333333',
    'color-accent': '#003f87',
    'color-accent-text': '#ffffff',
    'color-focus': '#000000',
    'color-pass': '#00561c',
    'color-fail': '#9b0000',
    'color-warn': '#633700',
    'color-info': '#003f87',
    'target-size': '2.5em',
    'border-width': '2px',
    'focus-width': '4px',
  },
};

/** The names of the theme tokens; each is the public custom property `--rectify-<name>`. */
export const THEME_TOKEN_NAMES: readonly string[] = Object.keys(THEME_TOKENS.default);

// Components read private `--rk-*` properties, each falling back from the host's public `--rectify-*` to the
// theme's value: a host setting `--rectify-color-accent` on <body> then reaches every widget.
function declarations(tokens: Readonly<Record<string, string>>): string {
  return Object.entries(tokens)
    .map(([name, value]) => `  --rk-${name}: var(--rectify-${name}, ${value});`)
    .join('\n');
}

/**
 * The CSS of the three themes. The default theme sits on `.rk-root` (one class: it beats a host's element
 * selectors and loses to any host class, so hosts can still override). The other themes apply when the widget
 * root has the theme class (`theme` prop) or any ancestor has it (a wrapping class set by the host); two classes
 * outrank the default. A host's own `--rectify-<token>` wins over every theme.
 */
export const themeCss: string = [
  `.rk-root {\n${declarations(THEME_TOKENS.default)}\n}`,
  `.rk-theme-high-contrast .rk-root, .rk-root.rk-theme-high-contrast {\n${declarations(THEME_TOKENS['high-contrast'])}\n}`,
  `.rk-theme-elder .rk-root, .rk-root.rk-theme-elder {\n${declarations(THEME_TOKENS.elder)}\n}`,
  // Windows high-contrast / forced colours: let the system palette through, keep borders visible.
  '@media (forced-colors: active) {\n  .rk-root { --rk-border-width: 2px; }\n}',
].join('\n');
