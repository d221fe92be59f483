import { useState, type PointerEvent } from 'react';
import { isoOfTime, type DateRange } from '@/lib/dates';
import { okabeIto } from '@/styles/colours';
import { useChartScale } from './chart-range';

// Dragging across a time chart sets the range.

/**
 * Drag across the plot to set the date range. A transparent rectangle over the plot area, under
 * the annotations, so that hovering still shows tooltips and annotations stay clickable.
 */
export function BrushLayer({ onBrush }: { onBrush: (range: DateRange) => void }) {
  const scale = useChartScale();
  const [drag, setDrag] = useState<{ start: number; end: number } | null>(null);
  if (!scale) return null;
  const { plot, invertX } = scale;
  const localX = (event: PointerEvent<SVGRectElement>) => {
    const svg = event.currentTarget.ownerSVGElement;
    const left = svg ? svg.getBoundingClientRect().left : 0;
    return Math.min(Math.max(event.clientX - left, plot.x), plot.x + plot.width);
  };
  return (
    <g data-export="skip">
      <rect
        className="chart__brush-area"
        x={plot.x}
        y={plot.y}
        width={plot.width}
        height={plot.height}
        fill="transparent"
        onPointerDown={(e) => {
          if (e.button !== 0) return;
          e.currentTarget.setPointerCapture(e.pointerId);
          setDrag({ start: localX(e), end: localX(e) });
        }}
        onPointerMove={(e) => drag && setDrag({ ...drag, end: localX(e) })}
        onPointerUp={(e) => {
          if (!drag) return;
          const end = localX(e);
          setDrag(null);
          const [a, b] = [Math.min(drag.start, end), Math.max(drag.start, end)];
          if (b - a < 4) return;
          const from = isoOfTime(invertX(a));
          const to = isoOfTime(invertX(b));
          if (from < to) onBrush({ from, to });
        }}
        onPointerCancel={() => setDrag(null)}
      />
      {drag ? (
        <rect
          x={Math.min(drag.start, drag.end)}
          y={plot.y}
          width={Math.abs(drag.end - drag.start)}
          height={plot.height}
          fill={okabeIto.blue}
          fillOpacity={0.15}
          stroke={okabeIto.blue}
          pointerEvents="none"
        />
      ) : null}
    </g>
  );
}
