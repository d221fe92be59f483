import type { ReactNode } from 'react';
import type { DateRange } from '@/lib/dates';
import { useInViewOrDeferred } from '@/lib/use-in-view';

/**
 * One chart of the panel (`children`, drawn for `range`), drawn at once while it is in view. A
 * chart scrolled out of view (most of them, in the panel's own scroll) stays as React last drew
 * it, until a background render after the visible ones draws it anew, so a range change paints
 * what the reader sees first. `data-drawn-range` says which range the chart was last drawn for.
 */
export function ChartSlot({ range, children }: { range: DateRange; children: ReactNode }) {
  const [ref, shown] = useInViewOrDeferred<HTMLDivElement, { range: DateRange; chart: ReactNode }>({
    range,
    chart: children,
  });
  return (
    <div
      ref={ref}
      className="chart-slot"
      data-drawn-range={`${shown.range.from}..${shown.range.to}`}
    >
      {shown.chart}
    </div>
  );
}
