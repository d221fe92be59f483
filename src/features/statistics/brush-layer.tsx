import { DragBand } from '@/components/DragBand';
import { useDragRange } from '@/lib/use-drag-range';
import { isoOfTime, type DateRange } from '@/lib/dates';
import { useChartScale } from './chart-range';

/**
 * Drag across the plot to set the date range. A transparent rectangle over the plot area, under
 * the annotations, so that hovering still shows tooltips and annotations stay clickable.
 */
export function BrushLayer({ onBrush }: { onBrush: (range: DateRange) => void }) {
  const scale = useChartScale();
  const plot = scale?.plot ?? { x: 0, y: 0, width: 0, height: 0 };
  const drag = useDragRange({
    plot,
    dateAt: (x) => isoOfTime(scale ? scale.invertX(x) : 0),
    onRange: onBrush,
  });
  if (!scale) return null;
  return (
    <g data-export="skip">
      <rect
        className="chart__brush-area"
        x={plot.x}
        y={plot.y}
        width={plot.width}
        height={plot.height}
        fill="transparent"
        {...drag.handlers}
      />
      {drag.band ? <DragBand band={drag.band} y={plot.y} height={plot.height} /> : null}
    </g>
  );
}
