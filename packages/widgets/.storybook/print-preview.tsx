// Print previews for stories: the print document a widget prints as, shown on an A4 / A3 sheet in an iframe.
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { widgetsCss } from '../src/components/index';

const SHEET_CSS = `
@page { size: A4; margin: 15mm; }
html { background: #e5e5e5; }
body { margin: 0; padding: 1em 0; color: #000; }
.sheet { box-sizing: border-box; width: 210mm; min-height: 297mm; margin: 0 auto; padding: 15mm;
  background: #fff; box-shadow: 0 0 0.5em rgba(0, 0, 0, 0.3); }
@media print {
  html { background: none; }
  body { padding: 0; }
  .sheet { width: auto; min-height: 0; padding: 0; box-shadow: none; }
}`;

/** Props of {@link PrintFrame}. */
export interface PrintFrameProps {
  /** The complete print document. */
  html: string;
  /** The iframe's accessible name. */
  title: string;
  /** The sheet's height in the story, CSS. Defaults to `'60em'`. */
  height?: string;
}

/** A print document in an iframe, as the widget's print action opens it. */
export function PrintFrame({ html, title, height = '60em' }: PrintFrameProps) {
  return (
    <iframe title={title} srcDoc={html} style={{ width: '100%', height, border: '1px solid #767676' }} />
  );
}

/**
 * The print document of a widget without a print action of its own: its static markup, the widget CSS, black on
 * white, on an A4 sheet (what printing the iframe gives).
 */
export function printDocument(widget: ReactElement, lang: string, title: string): string {
  const markup = renderToStaticMarkup(widget);
  return `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title><style>${widgetsCss}\n${SHEET_CSS}</style></head><body><div class="sheet">${markup}</div></body></html>`;
}

/**
 * Parameters of a print-preview story: axe checks the story page, not the print document inside the iframe (the
 * notice's own tests check that document).
 */
export const PRINT_PREVIEW_PARAMETERS = { a11y: { options: { iframes: false } } };
