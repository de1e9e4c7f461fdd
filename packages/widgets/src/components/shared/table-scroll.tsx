import { type ReactNode, useEffect, useRef, useState } from 'react';

/** @internal Props of {@link TableScroll}. */
export interface TableScrollProps {
  /** Names the region when it scrolls (the table's subject). */
  label: string;
  /** The table. */
  children: ReactNode;
}

/**
 * @internal Lets a wide table scroll sideways inside the widget on a narrow screen instead of overflowing the host
 * page. Only while it actually scrolls is it a focusable, named region (WCAG 2.1.1: a scrolling area must be
 * reachable by keyboard); otherwise it adds no tab stop.
 */
export function TableScroll({ label, children }: TableScrollProps) {
  const ref = useRef<HTMLDivElement | null>(null);
  const [scrolls, setScrolls] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const check = () => setScrolls(el.scrollWidth > el.clientWidth + 1);
    check();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(check);
    observer.observe(el);
    if (el.firstElementChild) observer.observe(el.firstElementChild);
    return () => observer.disconnect();
  }, []);
  // One element whatever the state, so the table inside never remounts when the width changes.
  return (
    <div
      ref={ref}
      className="rk-table-scroll"
      {...(scrolls ? { role: 'region', 'aria-label': label, tabIndex: 0 } : {})}
    >
      {children}
    </div>
  );
}
