import { memo, useMemo } from 'react';
import { DAY_MS, timeOfIso } from '@/lib/dates';
import { t } from '@/i18n/t';
import { formatSpan } from '@/lib/format';
import { useChartScale } from './chart-range';

// The rounds and events marked on a time chart.

/** A meeting or event drawn on a time chart. */
export interface Annotation {
  id: string;
  title: string;
  start: string;
  end: string;
  color: string;
  /** The title is the dataset's English (an event's): the mark is set in English. */
  english?: boolean;
  /** Drawn stronger: the selected actor took part, or it is picked for before/after. */
  emphasised: boolean;
}

/** Where the marks' day numbers count from (the first year of the conflict). */
const DAY_ZERO = timeOfIso('2011-01-01');
const dayOf = (iso: string) => (timeOfIso(iso) - DAY_ZERO) / DAY_MS;

/**
 * The process tracker's meetings drawn on a time chart: a vertical mark for a one-day item, a
 * shaded span for a multi-day one, each naming itself on hover and selectable by click. Given
 * annotations of any dates, it draws those that meet the plot.
 *
 * The marks are drawn in days, in a group that the time axis's scale places (a time axis is
 * linear: a pixel is a·day + b): a range change moves them all by one attribute of that group,
 * and mounts or unmounts none of them. A mark whose days leave the plot is hidden, not removed;
 * only a mark that comes into or leaves the plot, crosses its edge, or turns from a line into a
 * span as the days widen, is drawn again.
 */
export function AnnotationLayer({
  annotations,
  onPick,
}: {
  annotations: readonly Annotation[];
  onPick: (id: string) => void;
}) {
  const scale = useChartScale();
  const marks = useMemo(
    () => annotations.map((a) => ({ ...a, from: dayOf(a.start), to: dayOf(a.end) + 1 })),
    [annotations],
  );
  if (!scale) return null;
  const { plot, x } = scale;
  // The axis's pixels of day 0 and day 1: the group's transform.
  const b = x(DAY_ZERO);
  const a = x(DAY_ZERO + DAY_MS) - b;
  // The plot's first and last day, in the marks' days.
  const first = (plot.x - b) / a;
  const last = (plot.x + plot.width - b) / a;
  return (
    <g className="chart__annotations">
      <g transform={`matrix(${a} 0 0 1 ${b} 0)`}>
        {marks.map(({ from, to, ...mark }) => {
          // Outside the plot (before or after the range; a hundredth of a pixel of rounding).
          const shown = to * a + b > plot.x + 0.01 && from * a + b < plot.x + plot.width - 0.01;
          // Drawn from the plot's edge where it crosses it; a hidden mark keeps its own days,
          // so that it is not drawn again while it stays hidden.
          const left = shown ? Math.max(from, first) : from;
          const right = shown ? Math.min(to, last) : to;
          return (
            <AnnotationMark
              key={mark.id}
              {...mark}
              from={left}
              to={right}
              wide={shown && (right - left) * a >= 3}
              shown={shown}
              top={plot.y}
              height={plot.height}
              onPick={onPick}
            />
          );
        })}
      </g>
    </g>
  );
}

/** Height of the rail of clickable annotation tabs along the top of the plot. */
const RAIL = 10;
/** How far a tab reaches beyond its mark on each side, in pixels. */
const TAB_PAD = 3;

/** One mark, in days (x) and the chart's pixels (y), inside the group that places the days. */
const AnnotationMark = memo(function AnnotationMark({
  id,
  title,
  start,
  end,
  color,
  english,
  emphasised,
  from,
  to,
  wide,
  shown,
  top,
  height,
  onPick,
}: Annotation & {
  from: number;
  to: number;
  wide: boolean;
  shown: boolean;
  top: number;
  height: number;
  onPick: (id: string) => void;
}) {
  const label = [title, formatSpan(start, end)].join(t('common.listSeparator'));
  return (
    <g
      className="chart__annotation"
      data-annotation-id={id}
      data-emphasised={emphasised || undefined}
      // Hidden outside the plot: not drawn, not in the accessibility tree, not exported.
      display={shown ? undefined : 'none'}
      data-export={shown ? undefined : 'skip'}
      role="button"
      tabIndex={-1}
      lang={english ? 'en' : undefined}
      aria-label={label}
      onClick={() => onPick(id)}
    >
      <title>{label}</title>
      {wide ? (
        <rect
          x={from}
          y={top}
          width={to - from}
          height={height}
          fill={color}
          fillOpacity={emphasised ? 0.22 : 0.08}
          pointerEvents="none"
        />
      ) : (
        <line
          x1={from}
          x2={from}
          y1={top}
          y2={top + height}
          stroke={color}
          strokeWidth={emphasised ? 1.8 : 1}
          strokeOpacity={emphasised ? 0.75 : 0.3}
          vectorEffect="non-scaling-stroke"
          pointerEvents="none"
        />
      )}
      {/* The clickable part is a tab on the top edge of the plot, TAB_PAD pixels wider than the
          mark on each side (a stroke that the days do not scale); below it the plot stays free
          for the brush and the tooltip. */}
      <rect
        className="chart__annotation-tab"
        x={from}
        y={top - RAIL + TAB_PAD}
        width={to - from}
        height={RAIL - 2 * TAB_PAD}
        fill={color}
        stroke={color}
        strokeWidth={2 * TAB_PAD}
        vectorEffect="non-scaling-stroke"
        opacity={emphasised ? 0.9 : 0.55}
        data-export="skip"
      />
    </g>
  );
});
