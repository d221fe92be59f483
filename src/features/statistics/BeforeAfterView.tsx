import { useMemo, type ReactNode } from 'react';
import { EnglishText } from '@/components/EnglishText';
import { ownTotals, type OwnLayer } from '@/data/own-events';
import { t } from '@/i18n/t';
import { formatDate, formatNumber, formatPercent, formatSpan, formatYear } from '@/lib/format';
import { MAX_COMPARE_MONTHS } from '@/stores/view-state';
import { type ChartLine, type ChartPoint } from './series';
import { beforeAfter, type ComparisonWindows } from './before-after';
import { Publisher } from '@/components/Publisher';
import { LineName } from './dataset-text';
import { richMessage } from '@/i18n/rich';
import { OwnType } from '@/components/OwnType';

interface BeforeAfterProps {
  lines: readonly ChartLine[];
  candidates: readonly { id: string; title: string; start: string }[];
  /** `english`: the title is the dataset's English (an event's). */
  picked?: { id: string; title: string; english?: boolean; start: string; end: string };
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
      ? t('statistics.compare.valueAt', {
          value: formatNumber(p.value),
          when:
            p.start && p.end
              ? formatSpan(p.start, p.end)
              : t('statistics.chart.asOf', { date: formatDate(p.date) }),
        })
      : null;
  const missing = (before?: ChartPoint, after?: ChartPoint) =>
    t(
      !before && !after
        ? 'statistics.compare.noFigureEither'
        : !before
          ? 'statistics.compare.noFigureBefore'
          : 'statistics.compare.noFigureAfter',
    );
  const pickedTitle = picked?.english ? <EnglishText>{picked.title}</EnglishText> : picked?.title;
  const fileName = <span translate="no">{ownLayer?.fileName}</span>;
  return (
    <section className="before-after" aria-labelledby="before-after-heading">
      <h3 id="before-after-heading" className="chart__title">
        {t('statistics.compare.heading')}
      </h3>
      <div className="toolbar">
        <label className="field field--grow">
          <span className="field__label">{t('statistics.compare.pick')}</span>
          <select value={picked?.id ?? ''} onChange={(e) => onPick(e.target.value || null)}>
            <option value="">{t('statistics.compare.choose')}</option>
            {picked && !candidates.some((c) => c.id === picked.id) ? (
              <option value={picked.id} lang={picked.english ? 'en' : undefined}>
                {picked.title}
              </option>
            ) : null}
            {candidates.map((c) => (
              <option key={c.id} value={c.id}>
                {t('statistics.compare.option', { date: formatDate(c.start), title: c.title })}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field__label">{t('statistics.compare.months')}</span>
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
            {richMessage('statistics.compare.summary', {
              title: pickedTitle,
              dates: formatSpan(picked.start, picked.end),
              before: formatSpan(windows.before.from, windows.before.to),
              after: formatSpan(windows.after.from, windows.after.to),
              yearBefore: formatYear(windows.yearBefore),
              yearAfter: formatYear(windows.yearAfter),
              comparable: comparable.length,
              total: results.length,
            })}
            {ownRows.length > 0 ? (
              <> {richMessage('statistics.compare.ownSummary', { file: fileName })}</>
            ) : null}
          </p>
          <div className="table-scroll">
            <table className="data-table data-table--cards" data-testid="before-after-table">
              <thead>
                <tr>
                  <th scope="col">{t('statistics.compare.series')}</th>
                  <th scope="col">{t('statistics.compare.before')}</th>
                  <th scope="col">{t('statistics.compare.after')}</th>
                  <th scope="col" className="numeric">
                    {t('statistics.compare.change')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {ownRows.map((row) => (
                  <tr key={row.id} data-own-row={row.id} data-basis="totals">
                    <th scope="row">
                      <span className="cell-title">{row.label}</span>
                      <span className="cell-meta">
                        {richMessage('statistics.compare.ownMeta', {
                          file: fileName,
                          count: windowMonths,
                        })}
                      </span>
                    </th>
                    <td data-label={t('statistics.compare.before')}>
                      {row.before === null ? '–' : formatNumber(row.before)}
                    </td>
                    <td data-label={t('statistics.compare.after')}>
                      {row.after === null ? '–' : formatNumber(row.after)}
                    </td>
                    <td className="numeric" data-label={t('statistics.compare.change')}>
                      {row.before === null || row.after === null ? (
                        <span className="cell-meta">
                          {t(
                            row.before === null && row.after === null
                              ? 'statistics.compare.noDeathsEither'
                              : row.before === null
                                ? 'statistics.compare.noDeathsBefore'
                                : 'statistics.compare.noDeathsAfter',
                          )}
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
                      <span className="cell-title">
                        <LineName line={line} />
                      </span>
                      <span className="cell-meta">
                        {line.dataset ? <Publisher name={line.publisher} /> : line.publisher}
                        {' · '}
                        {basis === 'years'
                          ? t('statistics.compare.years', {
                              yearBefore: formatYear(windows.yearBefore),
                              yearAfter: formatYear(windows.yearAfter),
                            })
                          : t('statistics.compare.lastInWindow', { count: windowMonths })}
                      </span>
                    </th>
                    <td data-label={t('statistics.compare.before')}>{describe(before) ?? '–'}</td>
                    <td data-label={t('statistics.compare.after')}>{describe(after) ?? '–'}</td>
                    <td className="numeric" data-label={t('statistics.compare.change')}>
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
        <p className="cell-meta">{t('statistics.compare.empty')}</p>
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
  const amount =
    change > 0
      ? t('statistics.compare.increase', { value: formatNumber(change) })
      : formatNumber(change);
  return relative === undefined
    ? amount
    : t('statistics.compare.changeWithShare', { change: amount, share: formatPercent(relative) });
}

interface OwnRow {
  id: string;
  label: ReactNode;
  before: number | null;
  after: number | null;
}

/** The layer's events, deaths and most frequent kinds, totalled in each window. */
function ownWindowRows(layer: OwnLayer, windows: ComparisonWindows): OwnRow[] {
  const before = ownTotals(layer, windows.before);
  const after = ownTotals(layer, windows.after);
  return [
    {
      id: 'events',
      label: t('statistics.compare.ownEvents'),
      before: before.events,
      after: after.events,
    },
    {
      id: 'deaths',
      label: t('statistics.compare.ownDeaths'),
      before: before.deaths,
      after: after.deaths,
    },
    ...layer.types.slice(0, OWN_TYPES_LISTED).map((type) => ({
      id: `type:${type}`,
      // The kinds are the file's own words.
      label: richMessage('statistics.compare.ownType', {
        type: <OwnType type={type} />,
      }),
      before: before.byType.get(type) ?? 0,
      after: after.byType.get(type) ?? 0,
    })),
  ];
}
