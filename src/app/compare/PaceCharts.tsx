import { useMemo, useRef, type ReactNode } from 'react';
import { CartesianGrid, Line, LineChart, XAxis, YAxis } from 'recharts';
import { EnglishText } from '@/components/EnglishText';
import { richMessage } from '@/i18n/rich';
import { t, type MessageKey } from '@/i18n/t';
import type { DateRange } from '@/lib/dates';
import { formatNumber, formatSpan } from '@/lib/format';
import { useElementWidth } from '@/lib/use-element-width';
import { valueTicks } from '@/lib/value-ticks';
import type { Dataset } from '@/data/dataset-files';
import type { StatisticSeries } from '@/data/schemas/statistics';
import {
  monthlyFigures,
  paceSteps,
  periodName,
  periodPace,
  type PeriodPace,
} from './compare-periods';

const HEIGHT = 200;

/** What is counted over each period, and the panel it is counted as in. */
const PACE_COUNTS: readonly { of: 'rounds' | 'events'; title: MessageKey }[] = [
  { of: 'rounds', title: 'compare.pace.rounds' },
  { of: 'events', title: 'compare.pace.events' },
];

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
        {t('compare.pace.title')}
      </h3>
      <p className="compare__pace-note">
        <span className="compare__pace-swatch compare__pace-swatch--a" />{' '}
        {t('compare.pace.keyA', { span: formatSpan(a.from, a.to) })}{' '}
        <span className="compare__pace-swatch compare__pace-swatch--b" />{' '}
        {t('compare.pace.keyB', { span: formatSpan(b.from, b.to) })}{' '}
        {t('compare.pace.note', { zero: 0 })}
      </p>
      <div className="compare__pace-charts">
        {PACE_COUNTS.map(({ of, title }) => (
          <PaceChart
            key={of}
            title={t(title)}
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
      caption={t('compare.pace.caption', {
        title,
        countA: a[of].length,
        countB: b[of].length,
      })}
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
      caption={richMessage('compare.monthly.caption', {
        title: <EnglishText>{series.title}</EnglishText>,
        publishedA: published(figures.a),
        monthsA: t('compare.monthly.months', { count: figures.a.length }),
        publishedB: published(figures.b),
        monthsB: figures.b.length,
      })}
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
  caption: ReactNode;
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
              tickFormatter={(v: number) => formatNumber(v)}
            />
            <YAxis
              className="chart__axis"
              type="number"
              domain={[0, yTicks.at(-1)!]}
              ticks={yTicks}
              interval={0}
              width={48}
              tickFormatter={(v: number) => formatNumber(v)}
            />
            {(['a', 'b'] as const).map((side) => (
              <Line
                key={side}
                className={`compare__pace-line compare__pace-line--${side}`}
                data={lines[side]}
                dataKey="y"
                name={periodName(side)}
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
