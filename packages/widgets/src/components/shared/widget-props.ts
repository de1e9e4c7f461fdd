import type { Bilingual } from '@rectify/schemas';
import type { ThemeName } from '../../theme/index';

/** The heading level of a widget's title, so it fits the host page's outline. */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/**
 * What the `error` prop takes: a message (shown as given), a bilingual message (shown in the widget's language), or
 * `true` for the generic message. `false`, `null` and `undefined` mean no error.
 */
export type WidgetError = string | Bilingual | boolean | null;

/** Props every widget takes. */
export interface WidgetBaseProps {
  /** Language: `'en'` (or any `en-*` tag) for English, anything else Simplified Chinese. Defaults to `'zh-CN'`. */
  lang?: string;
  /**
   * Theme: `'default'`, `'high-contrast'` or `'elder'` (适老化: 18pt text, 60px targets, 7:1 contrast). A wrapping
   * `rk-theme-high-contrast` / `rk-theme-elder` class on any ancestor works as well. Defaults to `'default'`.
   */
  theme?: ThemeName;
  /** Shows the loading state instead of the content (the data is on its way). Defaults to `false`. */
  loading?: boolean;
  /** Shows the error state instead of the content; wins over `loading`. Defaults to no error. */
  error?: WidgetError;
  /** Extra class names on the widget's root element. Defaults to none. */
  className?: string;
  /** Level of the widget's title heading (`h2`…`h6`). Defaults to `2`. */
  headingLevel?: HeadingLevel;
  /**
   * Whether the widget renders its own `<RectifyStyles />` (React hoists them into the document or shadow root
   * once). Set `false` when the host already includes `widgetsCss`. Defaults to `true`.
   */
  injectStyles?: boolean;
}
