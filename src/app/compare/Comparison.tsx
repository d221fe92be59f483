import { useRef, type ReactNode } from 'react';
import { useModalLayer } from '@/lib/use-modal-layer';
import { EnglishText } from '@/components/EnglishText';
import { Publisher } from '@/components/Publisher';
import { SourceLinks } from '@/components/SourceLinks';
import { eventCategoryLabels, trackLabels } from '@/data/labels';
import { useDatasetFiles } from '@/data/queries';
import { governorateLabels } from '@/data/labels';
import { nameOf } from '@/i18n/data-names';
import { t } from '@/i18n/t';
import type { DateRange } from '@/lib/dates';
import {
  formatDate,
  formatNumber,
  formatPercent,
  formatRange,
  formatSpan,
  formatYear,
} from '@/lib/format';
import { useDateRange, useFiltersStore } from '@/stores/filters';
import {
  adjacentPeriod,
  change,
  comparePeriods,
  periodName,
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
    <section ref={layer} className="compare" aria-label={t('compare.title')} data-testid="compare">
      <header className="compare__header">
        <h2 className="compare__title">{t('compare.title')}</h2>
        <PeriodFields side="a" period={a} ofDashboard onChange={(next) => setRange(next)} />
        <PeriodFields side="b" period={b} onChange={(next) => setView({ otherPeriod: next })}>
          {(['before', 'after'] as const).map((side) => (
            <button
              key={side}
              type="button"
              className="button button--small"
              onClick={() => setView({ otherPeriod: adjacentPeriod(a, side) })}
            >
              {t(side === 'before' ? 'compare.sameBefore' : 'compare.sameAfter')}
            </button>
          ))}
        </PeriodFields>
        <button type="button" className="button button--quiet compare__close" onClick={close}>
          {t('compare.close')}
        </button>
      </header>
      {files.status !== 'success' ? (
        <p role="status">{t('compare.loading')}</p>
      ) : (
        <ComparisonTables data={files.data} a={a} b={b} />
      )}
    </section>
  );
}

/** A period's first and last day, as date fields; a change that would end before it starts waits. */
function PeriodFields({
  side,
  period,
  ofDashboard = false,
  onChange,
  children,
}: {
  side: 'a' | 'b';
  period: DateRange;
  /** Period A: the dashboard's range. */
  ofDashboard?: boolean;
  onChange: (period: DateRange) => void;
  children?: ReactNode;
}) {
  const name = periodName(side);
  const set = (next: Partial<DateRange>) => {
    const changed = { ...period, ...next };
    if (changed.from && changed.to && changed.from <= changed.to) onChange(changed);
  };
  return (
    <div className="compare__period" role="group" aria-label={t('compare.period', { name })}>
      <span className={`compare__tag compare__tag--${side}`}>{name}</span>
      {(['from', 'to'] as const).map((end) => (
        <label key={end}>
          {t(end === 'from' ? 'compare.from' : 'compare.to')}{' '}
          <input
            type="date"
            value={period[end]}
            aria-label={t(end === 'from' ? 'compare.periodFrom' : 'compare.periodTo', { name })}
            onChange={(e) => set({ [end]: e.target.value })}
          />
        </label>
      ))}
      <span className="cell-meta">
        {ofDashboard
          ? t('compare.dashboardRange', { range: formatRange(period) })
          : formatRange(period)}
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
        caption={t('compare.totals.caption')}
        testId="compare-totals"
        rows={[
          [t('compare.totals.rounds'), c.roundsHeld],
          [t('compare.totals.events'), c.events],
          [t('compare.totals.actors'), c.activeActors],
        ]}
      />
      <PairTable
        caption={t('compare.tracks.caption')}
        testId="compare-tracks"
        rows={c.heldByTrack.map((x) => [trackLabels[x.track], x.held])}
      />
      <PairTable
        caption={t('compare.categories.caption')}
        testId="compare-categories"
        rows={c.eventsByCategory.map((x) => [eventCategoryLabels[x.category], x.events])}
      />
      <PairTable
        caption={t('compare.governorates.caption')}
        testId="compare-governorates"
        rows={c.eventsByGovernorate.map((x) => [governorateLabels[x.governorate], x.events])}
        empty={t('compare.governorates.empty')}
      />
      <table className="data-table compare__table" data-testid="compare-actors">
        <caption>{t('compare.actors.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('compare.actors.rank')}</th>
            <th scope="col">{periodName('a')}</th>
            <th scope="col">{periodName('b')}</th>
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: Math.max(c.mostActive.a.length, c.mostActive.b.length) }).map(
            (_, i) => (
              <tr key={i}>
                <th scope="row">{formatNumber(i + 1)}</th>
                {[c.mostActive.a[i], c.mostActive.b[i]].map((x, side) => (
                  <td key={side}>
                    {x ? `${nameOf(x.actor)} (${formatNumber(x.meetings + x.events)})` : '–'}
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
        <caption>{t('compare.figures.caption')}</caption>
        <PairHead first={t('compare.figures.series')} />
        <tbody>
          {c.figures.map(({ series, a: fa, b: fb, aFirst, bFirst }) => (
            <tr key={series.id} data-series={series.id}>
              <th scope="row">
                <EnglishText className="cell-title">{series.title}</EnglishText>
                <span className="cell-meta">
                  <Publisher name={series.publisher} />
                </span>
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
        {[periodName('a'), periodName('b'), t('compare.difference')].map((label) => (
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
        <span className="cell-meta">{t('compare.noFigure')}</span>
      </td>
    );
  const when = (f: PeriodFigure) =>
    kind === 'annual-total'
      ? t('compare.inYear', { year: formatYear(Number(f.date.slice(0, 4))) })
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
          {t('compare.fromFigure', {
            value: formatNumber(first.value),
            when: when(first),
            change: changeText(first.value, figure.value),
          })}{' '}
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
    // Whole per cents; under 1%, one decimal: "−0.2%", not "−0%". The minus as the amount's.
    percent:
      share !== null && difference !== 0
        ? formatPercent(
            Math.abs(share) < 0.01
              ? Math.round(share * 1000) / 1000
              : Math.round(share * 100) / 100,
          ).replace('-', '−')
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
