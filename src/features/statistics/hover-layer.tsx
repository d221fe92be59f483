import { useEffect, useRef, useState } from 'react';
import { t, useLanguage } from '@/i18n/t';
import { DAY_MS, timeOfIso } from '@/lib/dates';
import { formatDate, formatNumber, formatSpan } from '@/lib/format';
import { light } from '@/styles/colours';
import { useChartScale, type ChartScale } from './chart-range';
import { semicolon } from './dataset-names';
import { richMessage } from '@/i18n/rich';
import { type ChartLine, type ChartPoint, type LineShape } from './series';

// The hover layer of a time chart: the figure under the pointer, and its tooltip.

export interface HoverLine {
  id: string;
  label: string;
  dataset?: ChartLine['dataset'];
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
  const arabic = useLanguage() === 'ar';
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

  const rows = hits.map(({ line, point }) =>
    t('statistics.tooltip.value', { name: line.label, value: formatNumber(point.value ?? 0) }),
  );
  // Says what kind of figure it is: a total for a year, a total over a period, or as of a day.
  const when = (line: HoverLine, point: ChartPoint) =>
    point.start && point.end
      ? t(line.shape === 'levels' ? 'statistics.tooltip.annualTotal' : 'statistics.tooltip.total', {
          dates: formatSpan(point.start, point.end),
        })
      : t('statistics.chart.asOf', { date: formatDate(point.date) });
  const details = hits.map(({ line, point }) =>
    t('statistics.tooltip.detail', {
      when: when(line, point),
      sources: point.sources.map(sourceName).join(semicolon()),
    }),
  );
  // In Arabic, the dataset's English (a series' title, its sources' publishers) is set as English.
  const english = (line: HoverLine, text: string) =>
    arabic && line.dataset ? <tspan lang="en">{text}</tspan> : text;
  const valueText = (line: HoverLine, point: ChartPoint) =>
    richMessage('statistics.tooltip.value', {
      name: line.dataset?.qualifier ? (
        <>
          {english(line, line.dataset.title)} {line.dataset.qualifier}
        </>
      ) : (
        english(line, line.dataset?.title ?? line.label)
      ),
      value: formatNumber(point.value ?? 0),
    });
  const detailText = (line: HoverLine, point: ChartPoint) =>
    richMessage('statistics.tooltip.detail', {
      when: when(line, point),
      sources: english(line, point.sources.map(sourceName).join(semicolon())),
    });
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
            {hits.map(({ line, point }, i) => (
              <g key={line.id} transform={`translate(8 ${18 + i * 32})`}>
                <rect x={0} y={-9} width={8} height={8} fill={line.color} />
                <text x={12} y={0} className="chart__tooltip-value">
                  {valueText(line, point)}
                </text>
                <text x={12} y={14} className="chart__tooltip-detail">
                  {detailText(line, point)}
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
      timeOfIso(p.start) <= t &&
      t < timeOfIso(p.end ?? p.date) + DAY_MS,
  );
  return point ? { point, x: pointerX } : undefined;
}
