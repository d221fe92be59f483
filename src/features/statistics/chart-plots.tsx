import { memo, useCallback, useMemo } from 'react';
import { Area, AreaChart, CartesianGrid, LineChart, XAxis, YAxis } from 'recharts';
import type { XAxisTickContentProps } from 'recharts';
import { isoOfTime, type DateRange } from '@/lib/dates';
import { formatCompact, formatDate } from '@/lib/format';
import { HEIGHT, MARGIN, X_AXIS_HEIGHT, Y_AXIS_WIDTH, type ChartWindows } from './chart-frame';
import { AnnotationLayer, type Annotation } from './annotation-layer';
import { BrushLayer } from './brush-layer';
import { SeriesMarks, WindowsLayer } from './chart-layers';
import { HoverLayer } from './hover-layer';
import type { ColoredLine, LineGeometry } from './series';
import type { stackRowsWithGaps } from './stacks';

// The plots of a time chart: its axes as recharts draws them, the lines and the stack.

/** The axes of a chart for one range: what recharts' XAxis and YAxis are given. */
export interface AxesSettings {
  /** The range in ms, from the first day's start to the end of the last day. */
  domain: [number, number];
  /** The time axis' ticks (ms) and their labels. */
  xTicks: readonly { t: number; label: string }[];
  /** The value axis' ticks from 0, fitted to what is drawn in the range; the last is its top. */
  yTicks: readonly number[];
}

export interface PlotProps {
  width: number;
  title: string;
  axes: AxesSettings;
  lines: readonly ColoredLine[];
  annotations: readonly Annotation[];
  onPickAnnotation: (id: string) => void;
  onBrush: (range: DateRange) => void;
  sourceName: (id: string) => string;
  windows?: ChartWindows;
}

/**
 * A tick's label where recharts places it, drawn as recharts' Text draws a one-line label.
 * Text, given the axis' width, measures each word of each label in the DOM to wrap it, at every
 * range change; our labels are one short line. `dy` is Text's first-line offset.
 */
function tickLabel({
  x,
  y,
  textAnchor,
  verticalAnchor,
  fill,
  index,
  payload,
  tickFormatter,
}: Omit<XAxisTickContentProps, 'orientation' | 'padding'>) {
  return (
    <text
      x={x}
      y={y}
      className="recharts-text recharts-cartesian-axis-tick-value"
      textAnchor={textAnchor}
      fill={fill}
      stroke="none"
    >
      <tspan x={x} dy={verticalAnchor === 'start' ? '0.71em' : '0.355em'}>
        {tickFormatter ? tickFormatter(payload.value, index) : String(payload.value)}
      </tspan>
    </text>
  );
}

/**
 * The chart's one coordinate system: recharts' axes, given the range as their domain and our
 * ticks, draw the axes and the grid; every layer of ours is placed through their scales.
 */
export function Axes({ axes }: { axes: AxesSettings }) {
  const labels = useMemo(() => new Map(axes.xTicks.map((tick) => [tick.t, tick.label])), [axes]);
  const xTickValues = useMemo(() => axes.xTicks.map((tick) => tick.t), [axes]);
  const yDomain = useMemo<[number, number]>(() => [0, axes.yTicks.at(-1) ?? 1], [axes]);
  const timeLabel = useCallback((t: number) => labels.get(t) ?? formatDate(isoOfTime(t)), [labels]);
  return (
    <>
      <CartesianGrid className="chart__grid" vertical={false} strokeDasharray="3 3" />
      <XAxis
        className="chart__axis chart__axis--time"
        dataKey="t"
        type="number"
        domain={axes.domain}
        ticks={xTickValues}
        tickFormatter={timeLabel}
        tick={tickLabel}
        interval={0}
        allowDataOverflow
        height={X_AXIS_HEIGHT}
        tickSize={6}
      />
      <YAxis
        className="chart__axis chart__axis--value"
        type="number"
        domain={yDomain}
        ticks={axes.yTicks as number[]}
        tickFormatter={formatCompact}
        tick={tickLabel}
        interval={0}
        allowDataOverflow
        width={Y_AXIS_WIDTH}
        tickSize={6}
      />
    </>
  );
}

/**
 * The stack: areas of the lines in the range, on the dates where all have a figure, broken
 * where two such dates lie further apart than the lines' cadence allows.
 */
export function StackPlot({
  width,
  title,
  axes,
  lines,
  rows,
  tops,
  annotations,
  onPickAnnotation,
  onBrush,
  sourceName,
  windows,
}: PlotProps & {
  rows: ReturnType<typeof stackRowsWithGaps>;
  tops: ReadonlyMap<string, ReadonlyMap<number, number>>;
}) {
  return (
    <AreaChart width={width} height={HEIGHT} data={rows} margin={MARGIN} title={title}>
      <PlotFrame
        axes={axes}
        annotations={annotations}
        onPickAnnotation={onPickAnnotation}
        onBrush={onBrush}
        windows={windows}
      />
      {lines.map((line) => (
        <Area
          key={line.id}
          dataKey={`values.${line.id}`}
          name={line.label}
          stackId="stack"
          stroke={line.color}
          fill={line.color}
          fillOpacity={0.55}
          dot={{ r: 3, fill: line.color, stroke: 'none' }}
          connectNulls={false}
          isAnimationActive={false}
        />
      ))}
      <HoverLayer
        lines={lines.map((l) => ({ ...l, shape: 'points' as const }))}
        sourceName={sourceName}
        tops={tops}
      />
    </AreaChart>
  );
}

/** What every time chart has under its series: axes and grid, windows, the brush, the marks. */
export function PlotFrame({
  axes,
  annotations,
  onPickAnnotation,
  onBrush,
  windows,
}: Pick<PlotProps, 'axes' | 'annotations' | 'onPickAnnotation' | 'onBrush' | 'windows'>) {
  return (
    <>
      <Axes axes={axes} />
      <WindowsLayer windows={windows} />
      <BrushLayer onBrush={onBrush} />
      <AnnotationLayer annotations={annotations} onPick={onPickAnnotation} />
    </>
  );
}

/**
 * The line chart: each line drawn whole by its shape (levels, points, period) through the
 * axes and clipped by the plot, so that it runs to the plot's edge towards a figure outside
 * the range where its cadence joins them.
 */
export const LinesPlot = memo(function LinesPlot({
  width,
  title,
  axes,
  lines,
  geometries,
  annotations,
  onPickAnnotation,
  onBrush,
  sourceName,
  windows,
}: PlotProps & { geometries: ReadonlyMap<string, LineGeometry> }) {
  const hoverLines = useMemo(() => lines.map((l) => ({ ...l, points: l.allPoints })), [lines]);
  return (
    <LineChart width={width} height={HEIGHT} margin={MARGIN} title={title}>
      <PlotFrame
        axes={axes}
        annotations={annotations}
        onPickAnnotation={onPickAnnotation}
        onBrush={onBrush}
        windows={windows}
      />
      {lines.map((line) => (
        <SeriesMarks
          key={line.id}
          id={line.id}
          geometry={geometries.get(line.id)!}
          shape={line.shape}
          color={line.color}
          dashed={line.derived === true}
        />
      ))}
      <HoverLayer lines={hoverLines} sourceName={sourceName} />
    </LineChart>
  );
});
