import { useMemo } from 'react';
import { DAY_MS, timeOfIso } from '@/lib/dates';
import { t } from '@/i18n/t';
import { formatSpan } from '@/lib/format';
import { useChartScale, type ChartScale } from './chart-range';

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
      {annotations.map(({ id, title, start, end, color, english, emphasised }) => {
        const x0 = x(timeOfIso(start));
        const x1 = x(timeOfIso(end) + DAY_MS);
        // Outside the plot (before or after the range; a hundredth of a pixel of rounding).
        if (!(x1 > plot.x + 0.01 && x0 < plot.x + plot.width - 0.01)) return null;
        const left = Math.max(x0, plot.x);
        const right = Math.min(x1, plot.x + plot.width);
        const wide = right - left >= 3;
        const label = [title, formatSpan(start, end)].join(t('common.listSeparator'));
        return (
          <g
            key={id}
            className="chart__annotation"
            data-annotation-id={id}
            data-emphasised={emphasised || undefined}
            role="button"
            tabIndex={-1}
            lang={english ? 'en' : undefined}
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
