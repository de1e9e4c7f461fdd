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
 * rendered. The row height in px is measured from the rendered list, so the em-based layout and the scroll arithmetic
 * agree in every theme.
 */
export function useVirtualWindow({
  count,
  visibleRows,
  fallbackRowPx,
  overscan,
}: VirtualWindowOptions): VirtualWindow {
  const viewportRef = useRef<HTMLDivElement | null>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const shownRows = Math.max(1, Math.min(visibleRows, count));
  const [size, setSize] = useState({ rowPx: fallbackRowPx, viewportPx: fallbackRowPx * shownRows });

  useEffect(() => {
    const el = viewportRef.current;
    if (!el) return;
    // The list is `count` rows tall in CSS: its height / count is the row height as the browser lays rows out (a
    // single row's height is snapped to layout units, an error 10,000 rows would multiply into whole rows).
    const measure = () => {
      const list = el.firstElementChild;
      const rowPx = list && count > 0 ? list.getBoundingClientRect().height / count : 0;
      const viewportPx = el.clientHeight;
      if (rowPx > 0 && viewportPx > 0) setSize({ rowPx, viewportPx });
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [count]);

  const { rowPx, viewportPx } = size;
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
