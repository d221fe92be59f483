import { useRef, type ReactNode } from 'react';
import { useModalLayer } from '@/lib/use-modal-layer';
import { SourceLinks } from '@/components/SourceLinks';
import { eventCategoryLabels, trackLabels } from '@/data/labels';
import { useDatasetFiles } from '@/data/queries';
import type { DateRange } from '@/lib/dates';
import { formatDate, formatNumber, formatRange, formatSpan } from '@/lib/format';
import { useDateRange, useFiltersStore } from '@/stores/filters';
import {
  adjacentPeriod,
  change,
  comparePeriods,
  type Pair,
  type PeriodFigure,
} from './compare-periods';
import { GovernorateMaps } from './GovernorateMaps';
import { PaceCharts } from './PaceCharts';
import './compare.css';

/**
 * Two periods side by side, panel by panel: A is the dashboard's range, B the period chosen
 * here (in the link as `vs`). Each count is the one that panel gives for that period alone;
 * each figure is the one its source published for the period, with its source. Its code loads
 * when a comparison is first opened (or once the panels have painted).
 */
export default function Comparison({ b }: { b: DateRange }) {
  const a = useDateRange();
  const setView = useFiltersStore((s) => s.setView);
  const files = useDatasetFiles(['actors', 'meetings', 'events', 'places', 'statistics']);
  const close = () => setView({ otherPeriod: null });
  const layer = useRef<HTMLElement>(null);
  useModalLayer(layer, close);
  const setRange = useFiltersStore((s) => s.setRange);

  return (
    <section ref={layer} className="compare" aria-label="Compare two periods" data-testid="compare">
      <header className="compare__header">
        <h2 className="compare__title">Compare two periods</h2>
        <PeriodFields
          name="A"
          period={a}
          note="the dashboard's range"
          onChange={(next) => setRange(next)}
        />
        <PeriodFields name="B" period={b} onChange={(next) => setView({ otherPeriod: next })}>
          {(['before', 'after'] as const).map((side) => (
            <button
              key={side}
              type="button"
              className="button button--small"
              onClick={() => setView({ otherPeriod: adjacentPeriod(a, side) })}
            >
              Same length {side} A
            </button>
          ))}
        </PeriodFields>
        <button type="button" className="button button--quiet compare__close" onClick={close}>
          Close comparison
        </button>
      </header>
      {files.status !== 'success' ? (
        <p role="status">Loading the dataset…</p>
      ) : (
        <ComparisonTables data={files.data} a={a} b={b} />
      )}
    </section>
  );
}

/** A period's first and last day, as date fields; a change that would end before it starts waits. */
function PeriodFields({
  name,
  period,
  note,
  onChange,
  children,
}: {
  name: 'A' | 'B';
  period: DateRange;
  note?: string;
  onChange: (period: DateRange) => void;
  children?: ReactNode;
}) {
  const set = (next: Partial<DateRange>) => {
    const changed = { ...period, ...next };
    if (changed.from && changed.to && changed.from <= changed.to) onChange(changed);
  };
  return (
    <div className="compare__period" role="group" aria-label={`Period ${name}`}>
      <span className={`compare__tag compare__tag--${name.toLowerCase()}`}>{name}</span>
      {(['from', 'to'] as const).map((end) => (
        <label key={end}>
          {end === 'from' ? 'From' : 'to'}{' '}
          <input
            type="date"
            value={period[end]}
            aria-label={`Period ${name} ${end}`}
            onChange={(e) => set({ [end]: e.target.value })}
          />
        </label>
      ))}
      <span className="cell-meta">
        {formatRange(period)}
        {note ? ` (${note})` : ''}
      </span>
      {children}
    </div>
  );
}

function ComparisonTables({
  data,
  a,
  b,
}: {
  data: Parameters<typeof comparePeriods>[0];
  a: DateRange;
  b: DateRange;
}) {
  const c = comparePeriods(data, a, b);
  return (
    <div className="compare__grid" data-compared={`${a.from}..${a.to} ${b.from}..${b.to}`}>
      <PairTable
        caption="What each period holds"
        testId="compare-totals"
        rows={[
          ['Rounds held', c.roundsHeld],
          ['Events', c.events],
          ['Actors with a round or an event', c.activeActors],
        ]}
      />
      <PairTable
        caption="Peace process tracker: rounds held by track"
        testId="compare-tracks"
        rows={c.heldByTrack.map((t) => [trackLabels[t.track], t.held])}
      />
      <PairTable
        caption="Map: events by category"
        testId="compare-categories"
        rows={c.eventsByCategory.map((x) => [eventCategoryLabels[x.category], x.events])}
      />
      <PairTable
        caption="Map: events by governorate"
        testId="compare-governorates"
        rows={c.eventsByGovernorate.map((x) => [x.governorate, x.events])}
        empty="No event in a governorate of Syria in either period."
      />
      <table className="data-table compare__table" data-testid="compare-actors">
        <caption>Actors: the most active in each period (rounds + events)</caption>
        <thead>
          <tr>
            <th scope="col">Rank</th>
            <th scope="col">A</th>
            <th scope="col">B</th>
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: Math.max(c.mostActive.a.length, c.mostActive.b.length) }).map(
            (_, i) => (
              <tr key={i}>
                <th scope="row">{i + 1}</th>
                {[c.mostActive.a[i], c.mostActive.b[i]].map((x, side) => (
                  <td key={side}>
                    {x ? `${x.actor.name} (${formatNumber(x.meetings + x.events)})` : '–'}
                  </td>
                ))}
              </tr>
            ),
          )}
        </tbody>
      </table>
      <PaceCharts data={data} a={a} b={b} />
      <GovernorateMaps a={a} b={b} rows={c.eventsByGovernorate} />
      <table
        className="data-table compare__table compare__table--wide"
        data-testid="compare-figures"
      >
        <caption>
          Statistics: each source&apos;s figure at the end of each period (an annual total: the
          latest year meeting the period; otherwise the latest figure dated in it) and, under it,
          the one at its start with the change over the period; B − A compares the ends
        </caption>
        <PairHead first="Series" />
        <tbody>
          {c.figures.map(({ series, a: fa, b: fb, aFirst, bFirst }) => (
            <tr key={series.id} data-series={series.id}>
              <th scope="row">
                <span className="cell-title">{series.title}</span>
                <span className="cell-meta">{series.publisher}</span>
              </th>
              <FigureCell figure={fa} first={aFirst} kind={series.kind} side="a" />
              <FigureCell figure={fb} first={bFirst} kind={series.kind} side="b" />
              <td className="numeric">
                {fa && fb ? <Change pair={{ a: fa.value, b: fb.value }} /> : '–'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function PairTable({
  caption,
  testId,
  rows,
  empty,
}: {
  caption: string;
  testId: string;
  rows: readonly (readonly [ReactNode, Pair])[];
  empty?: string;
}) {
  return (
    <table className="data-table compare__table" data-testid={testId}>
      <caption>{caption}</caption>
      <PairHead />
      <tbody>
        {rows.length === 0 && empty ? (
          <tr>
            <td colSpan={4}>{empty}</td>
          </tr>
        ) : null}
        {rows.map(([label, pair], i) => (
          <tr key={i}>
            <th scope="row">{label}</th>
            <td className="numeric" data-side="a">
              {formatNumber(pair.a)}
            </td>
            <td className="numeric" data-side="b">
              {formatNumber(pair.b)}
            </td>
            <td className="numeric">
              <Change pair={pair} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The head of a table of pairs: what the rows are, then A, B and the change. */
function PairHead({ first }: { first?: string }) {
  return (
    <thead>
      <tr>
        <th scope="col">{first}</th>
        {['A', 'B', 'B − A'].map((label) => (
          <th key={label} scope="col" className="numeric">
            {label}
          </th>
        ))}
      </tr>
    </thead>
  );
}

/**
 * A series' figure at the end of a period, and under it the figure at its start (the period's
 * first, where it has two) with the change between them.
 */
function FigureCell({
  figure,
  first,
  kind,
  side,
}: {
  figure: PeriodFigure | null;
  first: PeriodFigure | null;
  kind: string;
  side: 'a' | 'b';
}) {
  if (!figure)
    return (
      <td className="numeric" data-side={side}>
        <span className="cell-meta">no figure</span>
      </td>
    );
  const when = (f: PeriodFigure) =>
    kind === 'annual-total'
      ? `in ${f.date.slice(0, 4)}`
      : f.start
        ? formatSpan(f.start, f.date)
        : formatDate(f.date);
  return (
    <td className="numeric" data-side={side}>
      <span data-end="last">{formatNumber(figure.value)}</span>
      <span className="cell-meta">
        {when(figure)} <SourceLinks ids={figure.sources} />
      </span>
      {first ? (
        <span className="cell-meta" data-end="first">
          from {formatNumber(first.value)} ({when(first)}): {changeText(first.value, figure.value)}{' '}
          <SourceLinks ids={first.sources} />
        </span>
      ) : null}
    </td>
  );
}

/** From one figure to another: "+123,316", and "+3%" (none from 0 or when equal). */
function signedChange(from: number, to: number): { amount: string; percent: string | null } {
  const { difference, share } = change({ a: from, b: to });
  const sign = difference > 0 ? '+' : difference < 0 ? '−' : '';
  return {
    amount: `${sign}${formatNumber(Math.abs(difference))}`,
    // Under 1%, one decimal: "−0.2%", not "−0%".
    percent:
      share !== null && difference !== 0
        ? `${sign}${Math.abs(share) < 0.01 ? (Math.abs(share) * 100).toFixed(1) : Math.round(Math.abs(share) * 100)}%`
        : null,
  };
}

/** "+123,316 (+3%)". */
function changeText(from: number, to: number): string {
  const { amount, percent } = signedChange(from, to);
  return percent ? `${amount} (${percent})` : amount;
}

function Change({ pair }: { pair: Pair }) {
  const { amount, percent } = signedChange(pair.a, pair.b);
  return (
    <>
      {amount}
      {percent ? <span className="cell-meta">{percent}</span> : null}
    </>
  );
}
