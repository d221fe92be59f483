import type { ReactNode } from 'react';
import type { DateRange } from '@/lib/dates';
import { useInView, useValueWhenInView } from '@/lib/use-in-view';

/**
 * One chart of the panel, drawn for the range while it is in view. A chart scrolled out of
 * view (most of them, in the panel's own scroll) is drawn for a new range in a background
 * render after the visible ones, so a range change paints what the reader sees first.
 * `data-chart-range` says which range the chart was last drawn for.
 */
export function ChartSlot({
  range,
  children,
}: {
  range: DateRange;
  children: (range: DateRange) => ReactNode;
}) {
  const [ref, inView] = useInView<HTMLDivElement>();
  const shown = useValueWhenInView(range, inView);
  return (
    <div ref={ref} className="chart-slot" data-chart-range={`${shown.from}..${shown.to}`}>
      {children(shown)}
    </div>
  );
}
