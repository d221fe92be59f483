import { useDeferredValue, type ReactNode } from 'react';
import type { DateRange } from '@/lib/dates';
import { useInView } from '@/lib/use-in-view';

/**
 * One chart of the panel (`children`, drawn for `range`), drawn at once while it is in view. A
 * chart scrolled out of view (most of them, in the panel's own scroll) stays as React last drew
 * it, until a background render after the visible ones draws it anew (useDeferredValue), so a
 * range change paints what the reader sees first. Out of view, the urgent render hands React
 * the very element it drew before, which React does not render again.
 * `data-chart-range` says which range the chart was last drawn for.
 */
export function ChartSlot({ range, children }: { range: DateRange; children: ReactNode }) {
  const [ref, inView] = useInView<HTMLDivElement>();
  const drawnChart = useDeferredValue(children);
  const drawnRange = useDeferredValue(range);
  const shown = inView ? range : drawnRange;
  return (
    <div ref={ref} className="chart-slot" data-chart-range={`${shown.from}..${shown.to}`}>
      {inView ? children : drawnChart}
    </div>
  );
}
