import { themeCss } from '../../theme/index';
import { BASE_CSS } from './base-styles';

/** Props of {@link RectifyStyles}. */
export interface RectifyStylesProps {
  /** Stable id of the style sheet: one `<style>` per id ends up on the page. Defaults to `'rectify-base'`. */
  id?: string;
  /** The CSS text. Defaults to the three themes and the CSS shared by every widget. */
  css?: string;
}

/** The themes plus the CSS every widget shares: what `<RectifyStyles />` injects by default. */
export const RECTIFY_BASE_CSS: string = `${themeCss}\n${BASE_CSS}`;

/**
 * Injects a widget style sheet as a React 19 hoistable `<style>`: React moves it into the document head (or the
 * shadow root the widget renders in) and keeps one copy per `id`, however many widgets render it, on the server
 * as on the client. Nothing is injected at import time.
 */
export function RectifyStyles({ id = 'rectify-base', css = RECTIFY_BASE_CSS }: RectifyStylesProps) {
  return (
    <style href={id} precedence="rectify">
      {css}
    </style>
  );
}
