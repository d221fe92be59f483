import { useEffect, useState, type RefObject, type UIEvent } from 'react';

/**
 * The rows of a long list of fixed-height rows to render: those in a viewport scrolled
 * `scrollTop` down, plus `overscan` either side, as the half-open interval [start, end).
 */
export function rowWindow(
  scrollTop: number,
  viewportHeight: number,
  rowHeight: number,
  count: number,
  overscan = 8,
): { start: number; end: number } {
  if (count <= 0 || rowHeight <= 0) return { start: 0, end: 0 };
  const top = Math.max(0, scrollTop);
  const first = Math.floor(top / rowHeight);
  const last = Math.ceil((top + Math.max(0, viewportHeight)) / rowHeight);
  const start = Math.min(count, Math.max(0, first - overscan));
  return { start, end: Math.max(start, Math.min(count, last + overscan)) };
}

/**
 * Windowed rendering for a scrolling list of `count` rows of `rowHeight` px: gives the rows to
 * render, the space to leave above and below them, and the scroll handler for the container
 * (`scroller`). A list of 100,000 events renders a few dozen rows and scrolls through all.
 */
export function useVirtualRows(
  scroller: RefObject<HTMLElement | null>,
  count: number,
  rowHeight: number,
) {
  const [view, setView] = useState({ scrollTop: 0, height: 0 });
  const measure = (element: HTMLElement) =>
    setView({ scrollTop: element.scrollTop, height: element.clientHeight });
  // The viewport's height, from the first layout on (a list that shrinks is clamped by the
  // browser, which reports the new scroll position through onScroll).
  useEffect(() => {
    const element = scroller.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => measure(element));
    observer.observe(element);
    return () => observer.disconnect();
  }, [scroller]);
  const { start, end } = rowWindow(view.scrollTop, view.height, rowHeight, count);
  return {
    onScroll: (event: UIEvent<HTMLElement>) => measure(event.currentTarget),
    start,
    end,
    spaceBefore: start * rowHeight,
    spaceAfter: (count - end) * rowHeight,
  };
}

export type VirtualRows = ReturnType<typeof useVirtualRows>;
