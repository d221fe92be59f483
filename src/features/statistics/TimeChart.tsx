import { EmptyState } from '@/components/DatasetGate';
import { memo, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { Area, AreaChart, Line, LineChart, XAxis, YAxis } from 'recharts';
import type { LineDrawShapeProps } from 'recharts/types/cartesian/LineDrawShape';
import { ExportMenu } from '@/components/ExportMenu';
import { LineSwatch } from '@/components/LineSwatch';
import type { Source } from '@/data/schemas/meta';
import type { DateRange } from '@/lib/dates';
import { toCsv } from '@/lib/export/csv';
import { formatDate, formatNumber, formatSpan } from '@/lib/format';
import { timeTicks } from '@/lib/time-ticks';
import { useElementWidth } from '@/lib/use-element-width';
import { useKeyed } from '@/lib/use-keyed';
import { valueTicks } from '@/lib/value-ticks';
import {
  AnnotationLayer,
  AxesLayer,
  BrushLayer,
  HoverLayer,
  SeriesLine,
  type Annotation,
} from './chart-layers';
import { RangeContext, ShownContext, useRangeSettings, type RangeSettings } from './chart-range';
import { stackableRows, stackTops, toTime, type ChartPoint, type ColoredLine } from './series';

const HEIGHT = 300;
// The top margin leaves room for the rail of annotation tabs; the left and bottom ones for the
// value and time axes, which the chart draws itself (recharts' own axes are hidden).
const MARGIN = { top: 16, right: 18, bottom: 34, left: 68 };

interface TimeChartProps {
  title: string;
  fileName: string;
  /** The lines with a figure in the range, their points cut to it. */
  lines: readonly ColoredLine[];
  /** Every line of the chart, whole: what the plot draws (the same array whatever the range). */
  allLines: readonly ColoredLine[];
  range: DateRange;
  /** Stack the lines as areas, on the dates where all have a figure. */
  stacked?: boolean;
  annotations: readonly Annotation[];
  onPickAnnotation: (id: string) => void;
  onBrush: (range: DateRange) => void;
  catalogue: ReadonlyMap<string, Source>;
  /** Mode switches shown above the chart. */
  controls?: ReactNode;
  /** Shown under the chart and printed on exports. */
  note?: string;
  children?: ReactNode;
}

/**
 * A time chart over the global range, with the process annotations, a drag-to-zoom brush, a
 * tooltip naming value, date and source, a table view with the same rows, and PNG/SVG/CSV export.
 */
export function TimeChart(props: TimeChartProps) {
  const {
    title,
    fileName,
    lines,
    allLines,
    range,
    stacked = false,
    annotations,
    onPickAnnotation,
    onBrush,
    catalogue,
    controls,
    note,
    children,
  } = props;
  // The chart's <svg> takes focus (recharts' keyboard layer); it says what it is and where
  // the same figures are as text.
  const accessibleName = `${title}: chart; the Table button shows the same figures as a table`;
  const containerRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(containerRef);
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const stackRows = useMemo(() => (stacked ? stackableRows(lines) : []), [stacked, lines]);
  // The top of each band of the stack, where the tooltip puts a line's dot; the top band's is
  // the stack's total.
  const tops = useMemo(() => stackTops(lines, stackRows), [lines, stackRows]);
  // The value axis is fitted to the figures in the range (the lines are drawn whole and
  // clipped by the plot), or to the stack's totals. The value ticks, and the set of lines
  // shown, keep their identity while they stay the same.
  const yMax = useMemo(() => {
    let max = 0;
    if (stacked) {
      const top = lines.length > 0 ? tops.get(lines.at(-1)!.id) : undefined;
      for (const total of top?.values() ?? []) max = Math.max(max, total);
    } else {
      for (const line of lines) for (const p of line.points) max = Math.max(max, p.value ?? 0);
    }
    return max;
  }, [stacked, tops, lines]);
  const fittedTicks = valueTicks(yMax);
  const yTicks = useKeyed(fittedTicks, fittedTicks.join(','));
  const shownIds = lines.map((l) => l.id);
  const shown = useKeyed(new Set(shownIds), shownIds.join('\n'));
  const rangeSettings = useMemo<RangeSettings>(
    () => ({
      domain: [toTime(range.from), toTime(range.to) + 86_400_000],
      xTicks: timeTicks(range).map((tick) => ({ t: toTime(tick.date), label: tick.label })),
      yTicks,
    }),
    [range, yTicks],
  );
  const sourceName = useCallback((id: string) => catalogue.get(id)?.publisher ?? id, [catalogue]);

  const rows = useMemo(
    () =>
      lines.flatMap((line) =>
        line.points
          .filter((p): p is ChartPoint & { value: number } => p.value !== null)
          .map((point) => ({ line, point })),
      ),
    [lines],
  );
  const csv = () =>
    toCsv(
      [
        'series',
        'publisher',
        'definition',
        'derived',
        'date',
        'period_start',
        'period_end',
        'value',
        'sources',
      ],
      rows.map(({ line, point }) => [
        line.label,
        line.publisher,
        line.definition,
        line.derived ? 'summed by the dashboard from annual totals' : '',
        point.start ? '' : point.date,
        point.start ?? '',
        point.end ?? '',
        point.value,
        point.sources.map((id) => catalogue.get(id)?.url ?? id).join(' | '),
      ]),
    );

  const legend = lines.map((l) => ({
    label: l.label.includes(l.publisher) ? l.label : `${l.label} (${l.publisher})`,
    definition: l.definition,
    color: l.color,
    dashed: l.derived,
  }));
  const empty = lines.length === 0;

  return (
    <section className="chart" aria-label={title}>
      <div className="chart__header">
        <h3 className="chart__title">{title}</h3>
        <div className="chart__tools">
          {controls}
          <div className="segmented segmented--small" role="group" aria-label={`${title}: view`}>
            <button type="button" aria-pressed={view === 'chart'} onClick={() => setView('chart')}>
              Chart
            </button>
            <button type="button" aria-pressed={view === 'table'} onClick={() => setView('table')}>
              Table
            </button>
          </div>
          <ExportMenu
            title={title}
            fileName={fileName}
            getChart={
              empty
                ? undefined
                : () => containerRef.current?.querySelector('svg.recharts-surface') ?? null
            }
            legend={legend}
            sourceIds={[...new Set(rows.flatMap((r) => r.point.sources))]}
            publishers={[...new Set(lines.map((l) => l.publisher))]}
            csv={rows.length > 0 ? csv : undefined}
            note={note}
          />
        </div>
      </div>
      <div ref={containerRef} className="chart__body" hidden={view !== 'chart'}>
        <RangeContext.Provider value={rangeSettings}>
          <ShownContext.Provider value={shown}>
            {empty ? (
              <EmptyState>
                No figure of this kind between {formatDate(range.from)} and {formatDate(range.to)}.
              </EmptyState>
            ) : width === 0 ? null : !stacked ? (
              <LinesPlot
                width={width}
                title={accessibleName}
                lines={allLines}
                annotations={annotations}
                onPickAnnotation={onPickAnnotation}
                onBrush={onBrush}
                sourceName={sourceName}
              />
            ) : stackRows.length < 2 ? (
              <EmptyState>
                {stackRows.length === 0 ? 'No date' : 'Only one date'} in this range has a figure
                for every host country, and stacking figures of different dates would invent the
                missing ones. Switch to lines.
              </EmptyState>
            ) : (
              <StackPlot
                width={width}
                title={accessibleName}
                lines={lines}
                rows={stackRows}
                tops={tops}
                annotations={annotations}
                onPickAnnotation={onPickAnnotation}
                onBrush={onBrush}
                sourceName={sourceName}
              />
            )}
          </ShownContext.Provider>
        </RangeContext.Provider>
        {empty ? null : (
          <ul className="legend__group chart__legend">
            {legend.map((item) => (
              <li key={item.label} title={item.definition}>
                <LineSwatch
                  color={item.color}
                  strokeWidth={3}
                  dash={item.dashed ? '5 3' : undefined}
                />
                {item.label}
                <span className="visually-hidden">: {item.definition}</span>
              </li>
            ))}
          </ul>
        )}
      </div>
      {view === 'table' ? (
        <div className="table-scroll">
          <table className="data-table" data-testid={`${fileName}-table`}>
            <caption className="visually-hidden">{title}: the figures of the chart</caption>
            <thead>
              <tr>
                <th scope="col">Series</th>
                <th scope="col">Date or period</th>
                <th scope="col" className="numeric">
                  Value
                </th>
                <th scope="col">Source</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ line, point }) => (
                <tr key={`${line.id}-${point.date}`}>
                  <th scope="row">
                    <span className="cell-title">{line.label}</span>
                    <span className="cell-meta">
                      {line.definition}
                      {line.derived ? ' Summed by the dashboard from the annual totals.' : ''}
                    </span>
                  </th>
                  <td className="nowrap">
                    {point.start && point.end
                      ? formatSpan(point.start, point.end)
                      : `as of ${formatDate(point.date)}`}
                  </td>
                  <td className="numeric">{formatNumber(point.value)}</td>
                  <td>
                    {point.sources.map((id, i) => {
                      const source = catalogue.get(id);
                      return (
                        <span key={id}>
                          {i > 0 ? '; ' : null}
                          {source ? (
                            <a
                              href={source.url}
                              target="_blank"
                              rel="noopener noreferrer"
                              title={source.title}
                            >
                              {source.publisher}
                            </a>
                          ) : (
                            id
                          )}
                        </span>
                      );
                    })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {note ? <p className="chart__note">{note}</p> : null}
      {children}
    </section>
  );
}

/**
 * The stack: areas of the lines in the range, on the dates where all have a figure. It is cut
 * to the range, so unlike the lines recharts lays it out again at each change.
 */
function StackPlot({
  width,
  title,
  lines,
  rows,
  tops,
  annotations,
  onPickAnnotation,
  onBrush,
  sourceName,
}: LinesPlotProps & {
  rows: ReturnType<typeof stackableRows>;
  tops: ReadonlyMap<string, ReadonlyMap<number, number>>;
}) {
  return (
    <AreaChart width={width} height={HEIGHT} data={rows} margin={MARGIN} title={title}>
      <StackAxes />
      <PlotFrame annotations={annotations} onPickAnnotation={onPickAnnotation} onBrush={onBrush} />
      {lines.map((line) => (
        <Area
          key={line.id}
          dataKey={`values.${line.id}`}
          name={line.label}
          stackId="stack"
          stroke={line.color}
          fill={line.color}
          fillOpacity={0.55}
          isAnimationActive={false}
        />
      ))}
      <HoverLayer lines={lines} sourceName={sourceName} tops={tops} />
    </AreaChart>
  );
}

/**
 * A stack's hidden recharts axes, set to the range and the fitted value axis so that the
 * areas recharts draws meet the axes the chart draws.
 */
function StackAxes() {
  const range = useRangeSettings();
  if (!range) return null;
  return (
    <>
      <XAxis hide dataKey="t" type="number" domain={range.domain} allowDataOverflow />
      <YAxis hide domain={[0, range.yTicks.at(-1) ?? 1]} allowDataOverflow />
    </>
  );
}

/** What every time chart has under its series: grid and axes, the brush, the annotations. */
function PlotFrame({
  annotations,
  onPickAnnotation,
  onBrush,
}: Pick<LinesPlotProps, 'annotations' | 'onPickAnnotation' | 'onBrush'>) {
  return (
    <>
      <AxesLayer />
      <BrushLayer onBrush={onBrush} />
      <AnnotationLayer annotations={annotations} onPick={onPickAnnotation} />
    </>
  );
}

interface LinesPlotProps {
  width: number;
  title: string;
  lines: readonly ColoredLine[];
  annotations: readonly Annotation[];
  onPickAnnotation: (id: string) => void;
  onBrush: (range: DateRange) => void;
  sourceName: (id: string) => string;
}

/**
 * The line chart. Each line is drawn whole (`allPoints`) and clipped by the plot, running to
 * the plot's edge towards its next figure outside the range; a line without a figure in the
 * range is hidden; the value axis is fitted to the figures in the range. Nothing here depends
 * on the range, so a range change does not render it (memo), and recharts' hidden axes span
 * every figure whatever the range: recharts lays the chart out once, and a range change
 * renders only the layers that read the range from context.
 */
const LinesPlot = memo(function LinesPlot({
  width,
  title,
  lines,
  annotations,
  onPickAnnotation,
  onBrush,
  sourceName,
}: LinesPlotProps) {
  const hoverLines = useMemo(() => lines.map((l) => ({ ...l, points: l.allPoints })), [lines]);
  return (
    <LineChart width={width} height={HEIGHT} margin={MARGIN} title={title}>
      {/* allowDataOverflow makes recharts clip the lines to the plot, across and up. */}
      <XAxis hide dataKey="t" type="number" domain={['dataMin', 'dataMax']} allowDataOverflow />
      <YAxis hide allowDataOverflow />
      <PlotFrame annotations={annotations} onPickAnnotation={onPickAnnotation} onBrush={onBrush} />
      {lines.map((line) => (
        <PlotLine key={line.id} line={line} />
      ))}
      <HoverLayer lines={hoverLines} sourceName={sourceName} />
    </LineChart>
  );
});

/** One line, hidden while it has no figure in the range. */
function PlotLine({ line }: { line: ColoredLine }) {
  const shown = useContext(ShownContext);
  // Recharts gets no ref to the path: it would measure the path it can reach (getTotalLength,
  // for an entrance animation we do not use), which forces a layout of the whole page.
  const shape = useCallback(
    (props: LineDrawShapeProps) => (
      <SeriesLine
        points={line.allPoints}
        clipPath={props.clipPath}
        stroke={props.stroke}
        strokeWidth={props.strokeWidth}
        strokeDasharray={props.strokeDasharray}
      />
    ),
    [line],
  );
  return (
    <Line
      data={line.allPoints}
      dataKey="value"
      name={line.label}
      hide={!shown?.has(line.id)}
      stroke={line.color}
      strokeWidth={2}
      strokeDasharray={line.derived ? '6 3' : undefined}
      dot={false}
      activeDot={false}
      connectNulls={false}
      isAnimationActive={false}
      shape={shape}
    />
  );
}
