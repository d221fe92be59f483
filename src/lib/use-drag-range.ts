import { useState, type PointerEvent } from 'react';
import type { DateRange } from './dates';

// Dragging across a time axis to set the date range: the tracker's timeline and every time
// chart do it the same way, with this one hook (components/DragBand draws the band).

/** The least drag, in pixels, that sets a range: a shorter one is a click. */
const MIN_DRAG_PX = 4;

interface DragRangeOptions {
  /** The plot's left edge and width, in the SVG's own coordinates. */
  plot: { x: number; width: number };
  /** The day at an x in the SVG's own coordinates. */
  dateAt: (x: number) => string;
  onRange: (range: DateRange) => void;
}

export interface DragBand {
  x: number;
  width: number;
}

/**
 * Pointer handlers for a transparent target over a plot, and the band dragged so far (null when
 * not dragging). A drag is kept inside the plot: the pointer may leave it, the range stops at
 * its edges. The pointer is captured, so a drag ends where it is released, inside or not.
 */
export function useDragRange({ plot, dateAt, onRange }: DragRangeOptions) {
  const [drag, setDrag] = useState<{ start: number; end: number } | null>(null);
  const svgX = (event: PointerEvent<SVGElement>) => {
    const svg = event.currentTarget.ownerSVGElement;
    const left = svg ? svg.getBoundingClientRect().left : 0;
    return Math.min(Math.max(event.clientX - left, plot.x), plot.x + plot.width);
  };
  const handlers = {
    onPointerDown: (event: PointerEvent<SVGElement>) => {
      if (event.button !== 0) return;
      event.currentTarget.setPointerCapture(event.pointerId);
      const x = svgX(event);
      setDrag({ start: x, end: x });
    },
    onPointerMove: (event: PointerEvent<SVGElement>) => {
      if (drag) setDrag({ ...drag, end: svgX(event) });
    },
    onPointerUp: (event: PointerEvent<SVGElement>) => {
      if (!drag) return;
      const end = svgX(event);
      setDrag(null);
      const [a, b] = [Math.min(drag.start, end), Math.max(drag.start, end)];
      if (b - a < MIN_DRAG_PX) return;
      const range = { from: dateAt(a), to: dateAt(b) };
      if (range.from < range.to) onRange(range);
    },
    onPointerCancel: () => setDrag(null),
  };
  const band: DragBand | null = drag
    ? { x: Math.min(drag.start, drag.end), width: Math.abs(drag.end - drag.start) }
    : null;
  return { handlers, band };
}
