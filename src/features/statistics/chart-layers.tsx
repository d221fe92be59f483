import { useEffect, useMemo, useRef, useState, type PointerEvent } from 'react';
import { usePlotArea, useXAxisInverseScale, useXAxisScale, useYAxisScale } from 'recharts';
import type { DateRange } from '@/lib/dates';
import { formatDate, formatNumber, formatSpan } from '@/lib/format';
import { useKeyed } from '@/lib/use-keyed';
import { toTime, type ChartPoint } from './series';

/** A meeting or event drawn on a time chart. */
export interface Annotation {
  id: string;
  title: string;
  start: string;
  end: string;
  color: string;
  /** Drawn stronger: the selected actor took part, or it is picked for before/after. */
  emphasised: boolean;
}

const toIso = (t: number) => new Date(t).toISOString().slice(0, 10);

/**
 * Drag across the plot to set the date range. A transparent rectangle over the plot area, under
 * the annotations, so that hovering still shows tooltips and annotations stay clickable.
 */
export function BrushLayer({ onBrush }: { onBrush: (range: DateRange) => void }) {
  const plot = usePlotArea();
  const invert = useXAxisInverseScale();
  const [drag, setDrag] = useState<{ start: number; end: number } | null>(null);
  if (!plot || !invert) return null;
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
          const from = toIso(Number(invert(a)));
          const to = toIso(Number(invert(b)));
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
          fill="#0072B2"
          fillOpacity={0.15}
          stroke="#0072B2"
          pointerEvents="none"
        />
      ) : null}
    </g>
  );
}

/** Height of the rail of clickable annotation tabs along the top of the plot. */
const RAIL = 10;

/**
 * The process tracker's meetings drawn on a time chart: a vertical mark for a one-day item, a
 * shaded span for a multi-day one, each naming itself on hover and selectable by click. Given
 * annotations of any dates, it draws those that meet the plot.
 */
export function AnnotationLayer({
  annotations,
  onPick,
}: {
  annotations: readonly Annotation[];
  onPick: (id: string) => void;
}) {
  const plot = usePlotArea();
  const scale = useXAxisScale();
  // recharts renders its layers two or three times per change of data or domain, with a new
  // scale object each time; the marks are drawn again only when the mapping itself changes.
  const fresh = plot && scale ? linearGeometry(plot, scale) : undefined;
  const geometry = useKeyed(fresh, fresh?.key ?? '');
  return useMemo(
    () =>
      geometry ? (
        <AnnotationMarks annotations={annotations} onPick={onPick} geometry={geometry} />
      ) : null,
    [annotations, onPick, geometry],
  );
}

interface Geometry {
  key: string;
  plot: { x: number; y: number; width: number; height: number };
  /** Pixel x of a time in ms. */
  x: (t: number) => number;
}

/** The plot and a linear time scale, named by a key that changes only when they do. */
function linearGeometry(
  plot: { x: number; y: number; width: number; height: number },
  scale: (t: number) => unknown,
): Geometry {
  const origin = Number(scale(0));
  const perMs = (Number(scale(1e12)) - origin) / 1e12;
  return {
    key: `${plot.x},${plot.y},${plot.width},${plot.height},${origin},${perMs}`,
    plot,
    x: (t) => origin + t * perMs,
  };
}

function AnnotationMarks({
  annotations,
  onPick,
  geometry: { plot, x },
}: {
  annotations: readonly Annotation[];
  onPick: (id: string) => void;
  geometry: Geometry;
}) {
  return (
    <g className="chart__annotations">
      {annotations.map(({ id, title, start, end, color, emphasised }) => {
        const x0 = x(toTime(start));
        const x1 = x(toTime(end) + 86_400_000);
        // Outside the plot (before or after the range; a hundredth of a pixel of rounding).
        if (!(x1 > plot.x + 0.01 && x0 < plot.x + plot.width - 0.01)) return null;
        const left = Math.max(x0, plot.x);
        const right = Math.min(x1, plot.x + plot.width);
        const wide = right - left >= 3;
        const label = `${title}, ${formatSpan(start, end)}`;
        return (
          <g
            key={id}
            className="chart__annotation"
            data-annotation-id={id}
            role="button"
            tabIndex={-1}
            aria-label={label}
            onClick={() => onPick(id)}
          >
            <title>{label}</title>
            {wide ? (
              <rect
                x={left}
                y={plot.y}
                width={right - left}
                height={plot.height}
                fill={color}
                fillOpacity={emphasised ? 0.22 : 0.08}
                pointerEvents="none"
              />
            ) : (
              <line
                x1={left}
                x2={left}
                y1={plot.y}
                y2={plot.y + plot.height}
                stroke={color}
                strokeWidth={emphasised ? 1.8 : 1}
                strokeOpacity={emphasised ? 0.75 : 0.3}
                pointerEvents="none"
              />
            )}
            {/* The clickable part is a tab on the top edge of the plot, a little wider than the
                mark; below it the plot stays free for the brush and the tooltip. */}
            <rect
              className="chart__annotation-tab"
              x={left - 3}
              y={plot.y - RAIL}
              width={Math.max(right - left, 0) + 6}
              height={RAIL}
              fill={color}
              fillOpacity={emphasised ? 0.9 : 0.55}
              data-export="skip"
            />
          </g>
        );
      })}
    </g>
  );
}

export interface HoverLine {
  id: string;
  label: string;
  color: string;
  /** The points to name; those outside the plot (before or after the range) are skipped. */
  points: readonly ChartPoint[];
}

/**
 * The tooltip: follows the pointer over the plot and names, for each line with a figure close
 * to the pointer, its value, its date or period and its source. Drawn in SVG and left out of
 * exports.
 */
export function HoverLayer({
  lines,
  sourceName,
}: {
  lines: readonly HoverLine[];
  sourceName: (id: string) => string;
}) {
  const plot = usePlotArea();
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  const [pointerX, setPointerX] = useState<number | null>(null);
  const anchor = useRef<SVGGElement>(null);

  useEffect(() => {
    const svg = anchor.current?.ownerSVGElement;
    if (!svg) return;
    const move = (event: globalThis.PointerEvent) =>
      setPointerX(event.clientX - svg.getBoundingClientRect().left);
    const leave = () => setPointerX(null);
    svg.addEventListener('pointermove', move);
    svg.addEventListener('pointerleave', leave);
    return () => {
      svg.removeEventListener('pointermove', move);
      svg.removeEventListener('pointerleave', leave);
    };
  }, []);

  const hits =
    plot &&
    xScale &&
    yScale &&
    pointerX !== null &&
    pointerX >= plot.x &&
    pointerX <= plot.x + plot.width
      ? lines.flatMap((line) => {
          let best: { point: ChartPoint; dx: number } | undefined;
          for (const point of line.points) {
            if (point.value === null) continue;
            const x = Number(xScale(point.t));
            // A point outside the range lies beyond the plot's edge (the day after the range
            // on the right edge itself): not one to name.
            if (!(x > plot.x - 0.01 && x < plot.x + plot.width - 0.01)) continue;
            const dx = Math.abs(x - pointerX);
            if (!best || dx < best.dx) best = { point, dx };
          }
          return best && best.dx <= 24
            ? [
                {
                  line,
                  point: best.point,
                  x: Number(xScale(best.point.t)),
                  y: Number(yScale(best.point.value)),
                },
              ]
            : [];
        })
      : [];

  const rows = hits.map(({ line, point }) => `${line.label}: ${formatNumber(point.value ?? 0)}`);
  const details = hits.map(
    ({ point }) =>
      `${point.start && point.end ? formatSpan(point.start, point.end) : `as of ${formatDate(point.date)}`} · ${point.sources.map(sourceName).join('; ')}`,
  );
  const boxWidth = Math.min(
    360,
    Math.max(...rows.map((r) => r.length * 6.6), ...details.map((d) => d.length * 5.9), 120) + 16,
  );
  const boxHeight = hits.length * 32 + 10;
  const x0 = pointerX ?? 0;
  const boxX = plot && x0 + 14 + boxWidth > plot.x + plot.width ? x0 - 14 - boxWidth : x0 + 14;
  return (
    <g ref={anchor} data-export="skip" pointerEvents="none">
      {plot && hits.length > 0 ? (
        <>
          <line x1={x0} x2={x0} y1={plot.y} y2={plot.y + plot.height} className="chart__guide" />
          {hits.map(({ line, x, y }) => (
            <circle
              key={line.id}
              cx={x}
              cy={y}
              r={5}
              fill={line.color}
              stroke="#ffffff"
              strokeWidth={2}
            />
          ))}
          <g
            transform={`translate(${boxX} ${plot.y + 4})`}
            className="chart__tooltip"
            data-testid="chart-tooltip"
          >
            <rect width={boxWidth} height={boxHeight} rx={4} />
            {hits.map(({ line }, i) => (
              <g key={line.id} transform={`translate(8 ${18 + i * 32})`}>
                <rect x={0} y={-9} width={8} height={8} fill={line.color} />
                <text x={12} y={0} className="chart__tooltip-value">
                  {rows[i]}
                </text>
                <text x={12} y={14} className="chart__tooltip-detail">
                  {details[i]}
                </text>
              </g>
            ))}
          </g>
        </>
      ) : null}
    </g>
  );
}
