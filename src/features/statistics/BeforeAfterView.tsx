import { useMemo } from 'react';
import { ownTotals, type OwnLayer } from '@/data/own-events';
import { formatDate, formatNumber, formatSpan } from '@/lib/format';
import { MAX_COMPARE_MONTHS } from '@/stores/view-state';
import { type ChartLine, type ChartPoint } from './series';
import { beforeAfter, type ComparisonWindows } from './before-after';

interface BeforeAfterProps {
  lines: readonly ChartLine[];
  candidates: readonly { id: string; title: string; start: string }[];
  picked?: { id: string; title: string; start: string; end: string };
  windows?: ComparisonWindows;
  onPick: (id: string | null) => void;
  windowMonths: number;
  onWindowMonths: (months: number) => void;
  /** The analyst's loaded events, counted in the two windows; null when none are shown. */
  ownLayer?: OwnLayer | null;
}

/** How many of the layer's kinds of event get a row of their own (the most frequent). */
const OWN_TYPES_LISTED = 6;

/**
 * The figures in a window before a round or agreement against those in a window after it,
 * with the change: figures dated inside the windows only, annual totals by the years either
 * side. The windows are drawn on the charts.
 */
export function BeforeAfterView({
  lines,
  candidates,
  picked,
  windows,
  onPick,
  windowMonths,
  onWindowMonths,
  ownLayer = null,
}: BeforeAfterProps) {
  const results = useMemo(() => (windows ? beforeAfter(lines, windows) : []), [lines, windows]);
  const ownRows = useMemo(
    () => (windows && ownLayer ? ownWindowRows(ownLayer, windows) : []),
    [ownLayer, windows],
  );
  const comparable = results.filter((r) => r.change !== undefined);
  const describe = (p: ChartPoint | undefined) =>
    p && p.value !== null
      ? `${formatNumber(p.value)} (${p.start && p.end ? formatSpan(p.start, p.end) : `as of ${formatDate(p.date)}`})`
      : null;
  const missing = (before?: ChartPoint, after?: ChartPoint) =>
    !before && !after
      ? 'no figure on either side'
      : !before
        ? 'no figure before'
        : 'no figure after';
  return (
    <section className="before-after" aria-labelledby="before-after-heading">
      <h3 id="before-after-heading" className="chart__title">
        Before and after
      </h3>
      <div className="toolbar">
        <label className="field field--grow">
          <span className="field__label">Round or agreement (or click a mark on a chart)</span>
          <select value={picked?.id ?? ''} onChange={(e) => onPick(e.target.value || null)}>
            <option value="">Choose…</option>
            {picked && !candidates.some((c) => c.id === picked.id) ? (
              <option value={picked.id}>{picked.title}</option>
            ) : null}
            {candidates.map((c) => (
              <option key={c.id} value={c.id}>
                {formatDate(c.start)}: {c.title}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field__label">Window (months)</span>
          <input
            type="number"
            min={1}
            max={MAX_COMPARE_MONTHS}
            value={windowMonths}
            onChange={(e) =>
              onWindowMonths(
                Math.min(Math.max(Math.round(Number(e.target.value)) || 1, 1), MAX_COMPARE_MONTHS),
              )
            }
          />
        </label>
      </div>
      {picked && windows ? (
        <>
          <p className="summary" data-testid="before-after-summary">
            {picked.title}, {formatSpan(picked.start, picked.end)}: the last figure of{' '}
            {formatSpan(windows.before.from, windows.before.to)} against the last of{' '}
            {formatSpan(windows.after.from, windows.after.to)}; annual totals {windows.yearBefore}{' '}
            against {windows.yearAfter}. {comparable.length} of {results.length} series have a
            figure on both sides.
            {ownRows.length > 0
              ? ` Your events (${ownLayer?.fileName}) are totalled in each window, first in the table.`
              : ''}
          </p>
          <div className="table-scroll">
            <table className="data-table data-table--cards" data-testid="before-after-table">
              <thead>
                <tr>
                  <th scope="col">Series</th>
                  <th scope="col">Before</th>
                  <th scope="col">After</th>
                  <th scope="col" className="numeric">
                    Change
                  </th>
                </tr>
              </thead>
              <tbody>
                {ownRows.map((row) => (
                  <tr key={row.id} data-own-row={row.id} data-basis="totals">
                    <th scope="row">
                      <span className="cell-title">{row.label}</span>
                      <span className="cell-meta">
                        your data: {ownLayer?.fileName} · total in each {windowMonths}-month window
                      </span>
                    </th>
                    <td data-label="Before">
                      {row.before === null ? '–' : formatNumber(row.before)}
                    </td>
                    <td data-label="After">{row.after === null ? '–' : formatNumber(row.after)}</td>
                    <td className="numeric" data-label="Change">
                      {row.before === null || row.after === null ? (
                        <span className="cell-meta">
                          no deaths stated in{' '}
                          {row.before === null && row.after === null
                            ? 'either window'
                            : row.before === null
                              ? 'the window before'
                              : 'the window after'}
                        </span>
                      ) : (
                        signedChange(row.after - row.before, row.before)
                      )}
                    </td>
                  </tr>
                ))}
                {results.map(({ line, basis, before, after, change, relative }) => (
                  <tr key={line.id} data-series-id={line.id} data-basis={basis}>
                    <th scope="row">
                      <span className="cell-title">{line.label}</span>
                      <span className="cell-meta">
                        {line.publisher}
                        {basis === 'years'
                          ? ` · annual totals, ${windows.yearBefore} against ${windows.yearAfter}`
                          : ` · last figure in each ${windowMonths}-month window`}
                      </span>
                    </th>
                    <td data-label="Before">{describe(before) ?? '–'}</td>
                    <td data-label="After">{describe(after) ?? '–'}</td>
                    <td className="numeric" data-label="Change">
                      {change === undefined || before?.value == null ? (
                        <span className="cell-meta">{missing(before, after)}</span>
                      ) : (
                        signedChange(change, before.value, relative)
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : (
        <p className="cell-meta">Pick a round or an agreement to compare the figures around it.</p>
      )}
    </section>
  );
}

/** A change with its sign, and as a share of the value before when that is not zero. */
function signedChange(
  change: number,
  before: number,
  relative = before === 0 ? undefined : change / before,
): string {
  const sign = change > 0 ? '+' : '';
  const share = relative === undefined ? '' : ` (${sign}${(relative * 100).toFixed(1)}%)`;
  return `${sign}${formatNumber(change)}${share}`;
}

interface OwnRow {
  id: string;
  label: string;
  before: number | null;
  after: number | null;
}

/** The layer's events, deaths and most frequent kinds, totalled in each window. */
function ownWindowRows(layer: OwnLayer, windows: ComparisonWindows): OwnRow[] {
  const before = ownTotals(layer, windows.before);
  const after = ownTotals(layer, windows.after);
  return [
    { id: 'events', label: 'Your events', before: before.events, after: after.events },
    { id: 'deaths', label: 'Deaths your file reports', before: before.deaths, after: after.deaths },
    ...layer.types.slice(0, OWN_TYPES_LISTED).map((type) => ({
      id: `type:${type}`,
      label: `Your events: ${type}`,
      before: before.byType.get(type) ?? 0,
      after: after.byType.get(type) ?? 0,
    })),
  ];
}
