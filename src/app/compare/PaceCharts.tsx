import { useMemo, useRef } from 'react';
import { CartesianGrid, Line, LineChart, XAxis, YAxis } from 'recharts';
import type { DateRange } from '@/lib/dates';
import { formatNumber, formatSpan } from '@/lib/format';
import { useElementWidth } from '@/lib/use-element-width';
import { valueTicks } from '@/lib/value-ticks';
import type { Dataset } from '@/data/dataset-files';
import type { StatisticSeries } from '@/data/schemas/statistics';
import { monthlyFigures, paceSteps, periodPace, type PeriodPace } from './compare-periods';

const HEIGHT = 200;

/** What is counted over each period, and the panel it is counted as in. */
const PACE_COUNTS = [
  { of: 'rounds', title: 'Peace process tracker: rounds held' },
  { of: 'events', title: 'Map: events recorded' },
] as const;

/** Ticks from 0 past `max` in whole steps (counts and days have no halves). */
function wholeTicks(max: number): number[] {
  const ticks = valueTicks(max, 5);
  return ticks.every(Number.isInteger) ? ticks : valueTicks(max, 4);
}

/**
 * The two periods drawn over each other, from each one's first day: the running count of the
 * rounds held (the tracker's) and of the events recorded (the map's), A solid, B dashed. Two
 * periods of the same totals can differ in pace: a burst in the first weeks against a steady
 * rise.
 */
export function PaceCharts({
  data,
  a,
  b,
}: {
  data: Parameters<typeof periodPace>[0] & Pick<Dataset, 'statistics'>;
  a: DateRange;
  b: DateRange;
}) {
  const pace = useMemo(() => ({ a: periodPace(data, a), b: periodPace(data, b) }), [data, a, b]);
  // The statistics panel's monthly series (the others have a figure or two a period: the
  // table below gives them at both ends).
  const monthly = useMemo(
    () => data.statistics.series.filter((s) => s.cadence === 'monthly' && s.group === undefined),
    [data.statistics],
  );
  return (
    <section
      className="compare__pace compare__table--wide"
      aria-labelledby="compare-pace-title"
      data-testid="compare-pace"
    >
      <h3 id="compare-pace-title" className="compare__pace-title">
        Over each period, from its start
      </h3>
      <p className="compare__pace-note">
        <span className="compare__pace-swatch compare__pace-swatch--a" /> A,{' '}
        {formatSpan(a.from, a.to)};{' '}
        <span className="compare__pace-swatch compare__pace-swatch--b" /> B,{' '}
        {formatSpan(b.from, b.to)}. Rounds and events: the running count by day from each
        period&apos;s first day (one that began before it counts from day 0). A monthly series: each
        month&apos;s figure by month from the month each period starts in.
      </p>
      <div className="compare__pace-charts">
        {PACE_COUNTS.map(({ of, title }) => (
          <PaceChart
            key={of}
            title={title}
            testId={`compare-pace-${of}`}
            a={pace.a}
            b={pace.b}
            of={of}
          />
        ))}
        {monthly.map((series) => (
          <MonthlyChart key={series.id} series={series} a={a} b={b} />
        ))}
      </div>
    </section>
  );
}

function PaceChart({
  title,
  testId,
  a,
  b,
  of,
}: {
  title: string;
  testId: string;
  a: PeriodPace;
  b: PeriodPace;
  of: 'rounds' | 'events';
}) {
  const lines = useMemo(() => {
    const steps = (pace: PeriodPace) =>
      paceSteps(pace[of], pace.days).map((s) => ({ x: s.day, y: s.count }));
    return { a: steps(a), b: steps(b) };
  }, [a, b, of]);
  return (
    <OverlayChart
      testId={testId}
      caption={`${title}: A ${formatNumber(a[of].length)}, B ${formatNumber(b[of].length)}`}
      lines={lines}
      xMax={Math.max(a.days, b.days) - 1}
      yMax={Math.max(a[of].length, b[of].length)}
      curve="stepAfter"
    />
  );
}

/**
 * A monthly series over each period, month by month from the month each starts in: each
 * month's figure one level over its month, a break where the source published none.
 */
function MonthlyChart({ series, a, b }: { series: StatisticSeries; a: DateRange; b: DateRange }) {
  const figures = useMemo(
    () => ({ a: monthlyFigures(series, a), b: monthlyFigures(series, b) }),
    [series, a, b],
  );
  const lines = useMemo(() => {
    const levels = (values: (number | null)[]) =>
      values.flatMap((y, x): OverlayPoint[] =>
        y === null
          ? [{ x, y: null }]
          : [
              { x, y },
              { x: x + 1, y },
            ],
      );
    return { a: levels(figures.a), b: levels(figures.b) };
  }, [figures]);
  const published = (values: (number | null)[]) => values.filter((v) => v !== null).length;
  return (
    <OverlayChart
      testId={`compare-monthly-${series.id}`}
      caption={`Statistics: ${series.title}, by month; figures for ${published(figures.a)} of ${figures.a.length} months of A, ${published(figures.b)} of ${figures.b.length} of B`}
      lines={lines}
      xMax={Math.max(figures.a.length, figures.b.length)}
      yMax={Math.max(0, ...[...figures.a, ...figures.b].map((v) => v ?? 0))}
      curve="linear"
    />
  );
}

type OverlayPoint = { x: number; y: number | null };

/** Two lines over the same axes, A solid and B dashed; a null value breaks a line. */
function OverlayChart({
  testId,
  caption,
  lines,
  xMax,
  yMax,
  curve,
}: {
  testId: string;
  caption: string;
  lines: Record<'a' | 'b', OverlayPoint[]>;
  xMax: number;
  yMax: number;
  curve: 'stepAfter' | 'linear';
}) {
  const box = useRef<HTMLDivElement>(null);
  const width = useElementWidth(box);
  const xTicks = wholeTicks(xMax);
  const yTicks = wholeTicks(yMax);
  return (
    <figure className="compare__pace-chart" data-testid={testId}>
      <figcaption>{caption}</figcaption>
      <div ref={box} className="chart__body">
        {width > 0 ? (
          <LineChart
            width={width}
            height={HEIGHT}
            margin={{ top: 8, right: 20, bottom: 4, left: 0 }}
            accessibilityLayer={false}
          >
            <CartesianGrid className="chart__grid" vertical={false} />
            <XAxis
              className="chart__axis"
              type="number"
              dataKey="x"
              domain={[0, xTicks.at(-1)!]}
              ticks={xTicks}
              interval={0}
            />
            <YAxis
              className="chart__axis"
              type="number"
              domain={[0, yTicks.at(-1)!]}
              ticks={yTicks}
              interval={0}
              width={48}
            />
            {(['a', 'b'] as const).map((side) => (
              <Line
                key={side}
                className={`compare__pace-line compare__pace-line--${side}`}
                data={lines[side]}
                dataKey="y"
                name={side.toUpperCase()}
                type={curve}
                connectNulls={false}
                dot={false}
                strokeWidth={2.5}
                strokeDasharray={side === 'b' ? '6 3' : undefined}
                isAnimationActive={false}
              />
            ))}
          </LineChart>
        ) : null}
      </div>
    </figure>
  );
}
