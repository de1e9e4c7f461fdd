import { type RefObject, useCallback, useEffect, useRef, useState } from 'react';

/** Options of {@link useVirtualWindow}. */
export interface VirtualWindowOptions {
  /** Number of rows. */
  count: number;
  /** Rows the viewport shows at once. */
  visibleRows: number;
  /** Row height in px until the rendered viewport can be measured (server render, no layout). */
  fallbackRowPx: number;
  /** Rows rendered beyond each edge of the viewport. */
  overscan: number;
}

/** The rendered window of a fixed-row-height list. */
export interface VirtualWindow {
  /** Ref for the scrolling viewport element. */
  viewportRef: RefObject<HTMLDivElement | null>;
  /** First rendered row (inclusive). */
  first: number;
  /** Last rendered row (exclusive). */
  last: number;
  /** The scroll handler of the viewport. */
  onScroll: () => void;
  /** Scrolls the least distance that brings row `index` wholly into view. */
  scrollIntoView: (index: number) => void;
  /** Scrolls back to the top. */
  reset: () => void;
}

/**
 * Windowing for a list with a fixed row height (CSS sets it, in `em`): only the rows in and near the viewport are
 * rendered. The row height in px is measured from the viewport (height = visible rows × row height), so the em-based
 * layout and the scroll arithmetic agree in every theme.
 */
export function useVirtualWindow({ count, visibleRows, fallbackRowPx, overscan }: VirtualWindowOptions): VirtualWindow {
  const viewportRef = useRef<HTMLDivElement | null>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [rowPx, setRowPx] = useState(fallbackRowPx);
  const shownRows = Math.max(1, Math.min(visibleRows, count));

  useEffect(() => {
    const el = viewportRef.current;
    if (!el) return;
    const measure = () => {
      const h = el.clientHeight;
      if (h > 0) setRowPx(h / shownRows);
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [shownRows]);

  const viewportPx = rowPx * shownRows;
  const first = Math.max(0, Math.min(count, Math.floor(scrollTop / rowPx) - overscan));
  const last = Math.max(first, Math.min(count, Math.ceil((scrollTop + viewportPx) / rowPx) + overscan));

  const onScroll = useCallback(() => {
    const el = viewportRef.current;
    if (el) setScrollTop(el.scrollTop);
  }, []);

  const scrollIntoView = useCallback(
    (index: number) => {
      const el = viewportRef.current;
      const current = el ? el.scrollTop : scrollTop;
      const top = index * rowPx;
      let next = current;
      if (top < current) next = top;
      else if (top + rowPx > current + viewportPx) next = top + rowPx - viewportPx;
      if (next !== current && el) el.scrollTop = next;
      setScrollTop(next);
    },
    [rowPx, viewportPx, scrollTop],
  );

  const reset = useCallback(() => {
    const el = viewportRef.current;
    if (el) el.scrollTop = 0;
    setScrollTop(0);
  }, []);

  return { viewportRef, first, last, onScroll, scrollIntoView, reset };
}
