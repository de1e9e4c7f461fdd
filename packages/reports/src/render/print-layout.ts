import type { ReportDocument } from '../document';
import { ReportRenderError } from './render-error';

/** A paper size of the printed reports. */
export type Paper = 'A4' | 'A3';

/** How the paper is turned. */
export type Orientation = 'portrait' | 'landscape';

/** Page margins in millimetres, GB/T 9704-2012 §5.2.1: 天头 37 mm, 订口 28 mm, 版心 156 × 225 mm on A4. */
export const PRINT_MARGINS_MM = { top: 37, right: 26, bottom: 35, left: 28 } as const;

const PAPER_MM: Record<Paper, { short: number; long: number }> = {
  A4: { short: 210, long: 297 },
  A3: { short: 297, long: 420 },
};

/** The sizes of a printed page in millimetres. */
export interface PrintGeometry {
  paper: Paper;
  orientation: Orientation;
  /** Width of the sheet. */
  widthMm: number;
  /** Height of the sheet. */
  heightMm: number;
  /** Width inside the margins: what a table may take without being clipped. */
  printableWidthMm: number;
  /** Height inside the margins. */
  printableHeightMm: number;
}

/** The page and printable sizes of `paper` turned to `orientation`, with {@link PRINT_MARGINS_MM}. */
export function printGeometry(paper: Paper, orientation: Orientation): PrintGeometry {
  const size = PAPER_MM[paper];
  if (size === undefined)
    throw new ReportRenderError('INVALID_OPTION', `paper must be 'A4' or 'A3', got ${String(paper)}`);
  if (orientation !== 'portrait' && orientation !== 'landscape') {
    throw new ReportRenderError(
      'INVALID_OPTION',
      `orientation must be 'portrait' or 'landscape', got ${String(orientation)}`,
    );
  }
  const widthMm = orientation === 'portrait' ? size.short : size.long;
  const heightMm = orientation === 'portrait' ? size.long : size.short;
  return {
    paper,
    orientation,
    widthMm,
    heightMm,
    printableWidthMm: widthMm - PRINT_MARGINS_MM.left - PRINT_MARGINS_MM.right,
    printableHeightMm: heightMm - PRINT_MARGINS_MM.top - PRINT_MARGINS_MM.bottom,
  };
}

/** Options that choose the print layout; see {@link resolvePrintLayout}. */
export interface PrintLayoutOptions {
  /** The paper. Defaults to the document's `layout.paper`, else `'A4'`. */
  paper?: Paper;
  /**
   * How the paper is turned. Defaults to the document's `layout.orientation`; without one,
   * `'landscape'` when a table has more than `landscapeColumns` columns, else `'portrait'`.
   */
  orientation?: Orientation;
  /**
   * Tables with more columns than this turn the page to landscape; the same rate per 156 mm of
   * printable width decides when a table prints smaller. Defaults to 7.
   */
  landscapeColumns?: number;
}

/** The default of {@link PrintLayoutOptions.landscapeColumns}. */
export const DEFAULT_LANDSCAPE_COLUMNS = 7;

/** The printable width of A4 portrait in millimetres (GB/T 9704 版心 156 mm). */
export const A4_PORTRAIT_WIDTH_MM = 156;

/**
 * The paper and orientation a document prints on: an explicit option wins, then the document's own
 * `layout`, then landscape when a table is wider than `landscapeColumns` columns (a wide ledger on a
 * portrait page would be clipped or shrunk unreadably), else A4 portrait.
 */
export function resolvePrintLayout(doc: ReportDocument, options: PrintLayoutOptions = {}): PrintGeometry {
  const landscapeColumns = options.landscapeColumns ?? DEFAULT_LANDSCAPE_COLUMNS;
  if (!Number.isInteger(landscapeColumns) || landscapeColumns < 1) {
    throw new ReportRenderError(
      'INVALID_OPTION',
      `landscapeColumns must be a whole number ≥ 1, got ${String(options.landscapeColumns)}`,
    );
  }
  const paper = options.paper ?? doc.layout?.paper ?? 'A4';
  const wide = doc.sections.some((s) => s.kind === 'table' && s.columns.length > landscapeColumns);
  const orientation = options.orientation ?? doc.layout?.orientation ?? (wide ? 'landscape' : 'portrait');
  return printGeometry(paper, orientation);
}
