import { useMemo, useRef } from 'react';
import { CartesianGrid, Line, LineChart, XAxis, YAxis } from 'recharts';
import type { DateRange } from '@/lib/dates';
import { formatNumber, formatSpan } from '@/lib/format';
import { useElementWidth } from '@/lib/use-element-width';
import { valueTicks } from '@/lib/value-ticks';
import { paceSteps, periodPace, type PeriodPace } from './compare-periods';

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
  data: Parameters<typeof periodPace>[0];
  a: DateRange;
  b: DateRange;
}) {
  const pace = useMemo(() => ({ a: periodPace(data, a), b: periodPace(data, b) }), [data, a, b]);
  return (
    <section
      className="compare__pace compare__table--wide"
      aria-labelledby="compare-pace-title"
      data-testid="compare-pace"
    >
      <h3 id="compare-pace-title" className="compare__pace-title">
        Over each period, from its first day
      </h3>
      <p className="compare__pace-note">
        The running count from each period&apos;s first day (a round or event that began before it
        counts from day 0): <span className="compare__pace-swatch compare__pace-swatch--a" /> A,{' '}
        {formatSpan(a.from, a.to)};{' '}
        <span className="compare__pace-swatch compare__pace-swatch--b" /> B,{' '}
        {formatSpan(b.from, b.to)}. Across: days from each period&apos;s first day.
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
  const box = useRef<HTMLDivElement>(null);
  const width = useElementWidth(box);
  const steps = useMemo(
    () => ({ a: paceSteps(a[of], a.days), b: paceSteps(b[of], b.days) }),
    [a, b, of],
  );
  const dayTicks = wholeTicks(Math.max(a.days, b.days) - 1);
  const countTicks = wholeTicks(Math.max(a[of].length, b[of].length));
  return (
    <figure className="compare__pace-chart" data-testid={testId}>
      <figcaption>
        {title}: A {formatNumber(a[of].length)}, B {formatNumber(b[of].length)}
      </figcaption>
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
              dataKey="day"
              domain={[0, dayTicks.at(-1)!]}
              ticks={dayTicks}
              interval={0}
            />
            <YAxis
              className="chart__axis"
              type="number"
              domain={[0, countTicks.at(-1)!]}
              ticks={countTicks}
              interval={0}
              width={44}
            />
            {(['a', 'b'] as const).map((side) => (
              <Line
                key={side}
                className={`compare__pace-line compare__pace-line--${side}`}
                data={steps[side]}
                dataKey="count"
                name={side.toUpperCase()}
                type="stepAfter"
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
