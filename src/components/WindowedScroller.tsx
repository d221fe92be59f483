import { useRef, type ReactNode } from 'react';
import { useVirtualRows, type VirtualRows } from '@/lib/virtual-rows';

/**
 * A focusable, named scrolling box for a long list of fixed-height rows: it renders only what
 * `children` makes of the rows in view (`rows.start`..`rows.end`, with `spaceBefore` and
 * `spaceAfter` to leave above and below them).
 */
export function WindowedScroller({
  count,
  rowHeight,
  className,
  label,
  children,
}: {
  count: number;
  rowHeight: number;
  className: string;
  label: string;
  children: (rows: VirtualRows) => ReactNode;
}) {
  const scroller = useRef<HTMLDivElement>(null);
  const rows = useVirtualRows(scroller, count, rowHeight);
  return (
    <div
      ref={scroller}
      className={className}
      onScroll={rows.onScroll}
      tabIndex={0}
      role="region"
      aria-label={label}
    >
      {children(rows)}
    </div>
  );
}
