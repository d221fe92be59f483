import { useEffect, useId, useMemo, useRef, useState, type PointerEvent } from 'react';
import { DAY_MS, isoOfTime, type DateRange } from '@/lib/dates';
import { formatDate, formatNumber, formatSpan } from '@/lib/format';
import { light, okabeIto } from '@/styles/colours';
import { useChartScale, type ChartScale } from './chart-range';
import { dotsPath, linePath, type LinePoint } from './line-path';
import { toTime, type ChartPoint, type LineGeometry, type LineShape } from './series';

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
  const scale = useChartScale();
  return useMemo(
    () =>
      scale ? <AnnotationMarks annotations={annotations} onPick={onPick} scale={scale} /> : null,
    [annotations, onPick, scale],
  );
}

function AnnotationMarks({
  annotations,
  onPick,
  scale: { plot, x },
}: {
  annotations: readonly Annotation[];
  onPick: (id: string) => void;
  scale: ChartScale;
}) {
  return (
    <g className="chart__annotations">
      {annotations.map(({ id, title, start, end, color, emphasised }) => {
        const x0 = x(toTime(start));
        const x1 = x(toTime(end) + DAY_MS);
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
            data-emphasised={emphasised || undefined}
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
  shape: LineShape;
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
  tops,
}: {
  lines: readonly HoverLine[];
  sourceName: (id: string) => string;
  /**
   * For a stack: the top of each line's band (line id → time → value), where the dot goes.
   * Only the dates in it are named, the dates the stack draws.
   */
  tops?: ReadonlyMap<string, ReadonlyMap<number, number>>;
}) {
  const scale = useChartScale();
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

  const plot = scale?.plot;
  const hits =
    scale && plot && pointerX !== null && pointerX >= plot.x && pointerX <= plot.x + plot.width
      ? lines.flatMap((line) => {
          const hit =
            line.shape === 'points' || tops
              ? nearestDot(line, scale, pointerX, tops)
              : levelUnder(line, scale, pointerX);
          if (!hit) return [];
          const value = tops?.get(line.id)?.get(hit.point.t) ?? hit.point.value ?? 0;
          return [{ line, point: hit.point, x: hit.x, y: scale.y(value) }];
        })
      : [];

  const rows = hits.map(({ line, point }) => `${line.label}: ${formatNumber(point.value ?? 0)}`);
  // Says what kind of figure it is: a total for a year, a total over a period, or as of a day.
  const when = (line: HoverLine, point: ChartPoint) =>
    point.start && point.end
      ? `${line.shape === 'levels' ? 'annual total' : 'total'}, ${formatSpan(point.start, point.end)}`
      : `as of ${formatDate(point.date)}`;
  const details = hits.map(
    ({ line, point }) => `${when(line, point)} · ${point.sources.map(sourceName).join('; ')}`,
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
              stroke={light('mark-edge')}
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

/**
 * A line with a dot near the pointer (within 24 px) whose date lies in the plot: the nearest.
 * For a stack, only the dates the stack draws (those in `tops`).
 */
function nearestDot(
  line: HoverLine,
  scale: ChartScale,
  pointerX: number,
  tops: ReadonlyMap<string, ReadonlyMap<number, number>> | undefined,
): { point: ChartPoint; x: number } | undefined {
  const { plot } = scale;
  let best: { point: ChartPoint; x: number; dx: number } | undefined;
  for (const point of line.points) {
    if (point.value === null) continue;
    if (tops && !tops.get(line.id)?.has(point.t)) continue;
    const x = scale.x(point.t);
    // A point outside the range lies beyond the plot's edge (the day after the range on the
    // right edge itself): not one to name.
    if (!(x > plot.x - 0.01 && x < plot.x + plot.width - 0.01)) continue;
    const dx = Math.abs(x - pointerX);
    if (!best || dx < best.dx) best = { point, x, dx };
  }
  return best && best.dx <= 24 ? best : undefined;
}

/** A total whose period (a year, or a longer period) lies under the pointer. */
function levelUnder(
  line: HoverLine,
  scale: ChartScale,
  pointerX: number,
): { point: ChartPoint; x: number } | undefined {
  const t = scale.invertX(pointerX);
  const point = line.points.findLast(
    (p) =>
      p.value !== null &&
      p.start !== undefined &&
      toTime(p.start) <= t &&
      t < toTime(p.end ?? p.date) + DAY_MS,
  );
  return point ? { point, x: pointerX } : undefined;
}

/**
 * The two windows of a before/after comparison, shaded over the plot and named along its
 * bottom edge; clipped to the plot.
 */
export function WindowsLayer({
  windows,
}: {
  windows?: { before: DateRange; after: DateRange; label: string };
}) {
  const scale = useChartScale();
  if (!scale || !windows) return null;
  const { plot, x } = scale;
  const spans = [
    { key: 'before', range: windows.before, name: `Before: ${windows.label}` },
    { key: 'after', range: windows.after, name: `After: ${windows.label}` },
  ];
  return (
    <g className="chart__windows" pointerEvents="none">
      {spans.map(({ key, range, name }) => {
        const left = Math.max(x(toTime(range.from)), plot.x);
        const right = Math.min(x(toTime(range.to) + DAY_MS), plot.x + plot.width);
        if (!(right > left)) return null;
        const label = `${name}, ${formatSpan(range.from, range.to)}`;
        return (
          <g
            key={key}
            className={`chart__window chart__window--${key}`}
            data-window={key}
            data-from={range.from}
            data-to={range.to}
            aria-label={label}
          >
            <title>{label}</title>
            <rect x={left} y={plot.y} width={right - left} height={plot.height} />
            {/* Named inside the window when the name fits; the title and the export say it. */}
            {right - left >= 48 ? (
              <text
                x={(left + right) / 2}
                y={plot.y + plot.height - 6}
                textAnchor="middle"
                className="chart__window-label"
              >
                {key === 'before' ? 'Before' : 'After'}
              </text>
            ) : null}
          </g>
        );
      })}
    </g>
  );
}

/**
 * A line as drawn: its paths and dots (one SVG path each), placed through the chart's axes and
 * clipped to the plot. A total over a period gets a cap at each end of its level, so that it
 * reads as a span and not as a trend.
 */
export function SeriesMarks({
  id,
  geometry,
  shape,
  color,
  dashed,
}: {
  id: string;
  geometry: LineGeometry;
  shape: LineShape;
  color: string;
  dashed: boolean;
}) {
  const scale = useChartScale();
  // React's ids may hold characters that a url(#…) reference would need escaped.
  const clipId = `plot-clip-${useId().replace(/[^\w-]/g, '')}`;
  if (!scale) return null;
  const { plot } = scale;
  const placed: LinePoint[] = [];
  for (const path of geometry.paths) {
    for (const v of path) placed.push({ x: scale.x(v.t), y: scale.y(v.value) });
    placed.push({ x: null, y: null });
  }
  const dots = geometry.dots.map((v) => ({ x: scale.x(v.t), y: scale.y(v.value) }));
  const caps =
    shape === 'period'
      ? geometry.paths.flatMap((path) =>
          path.map((v) => {
            const [cx, cy] = [scale.x(v.t), scale.y(v.value)];
            return `M${cx},${cy - 5}L${cx},${cy + 5}`;
          }),
        )
      : [];
  return (
    <g className="chart__series" data-series-id={id} data-shape={shape}>
      <clipPath id={clipId}>
        <rect x={plot.x} y={plot.y} width={plot.width} height={plot.height} />
      </clipPath>
      <g clipPath={`url(#${clipId})`}>
        <path
          className="chart__series-line"
          d={linePath(placed)}
          fill="none"
          stroke={color}
          strokeWidth={shape === 'points' ? 2 : 2.5}
          strokeDasharray={dashed ? '6 3' : undefined}
        />
        {caps.length > 0 ? (
          <path className="chart__series-caps" d={caps.join('')} stroke={color} strokeWidth={2} />
        ) : null}
        {dots.length > 0 ? (
          <path className="chart__dots" d={dotsPath(dots, 3)} fill={color} stroke="none" />
        ) : null}
      </g>
    </g>
  );
}
