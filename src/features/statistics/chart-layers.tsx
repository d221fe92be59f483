import { useId } from 'react';
import { DAY_MS, type DateRange, timeOfIso } from '@/lib/dates';
import { t } from '@/i18n/t';
import { formatSpan } from '@/lib/format';
import { useChartScale } from './chart-range';
import { dotsPath, linePath, type LinePoint } from './line-path';
import { type LineGeometry, type LineShape } from './series';

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
    {
      key: 'before',
      range: windows.before,
      name: t('statistics.windows.beforeOf', { label: windows.label }),
      short: t('statistics.windows.before'),
    },
    {
      key: 'after',
      range: windows.after,
      name: t('statistics.windows.afterOf', { label: windows.label }),
      short: t('statistics.windows.after'),
    },
  ];
  return (
    <g className="chart__windows" pointerEvents="none">
      {spans.map(({ key, range, name, short }) => {
        const left = Math.max(x(timeOfIso(range.from)), plot.x);
        const right = Math.min(x(timeOfIso(range.to) + DAY_MS), plot.x + plot.width);
        if (!(right > left)) return null;
        const label = [name, formatSpan(range.from, range.to)].join(t('common.listSeparator'));
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
                {short}
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
