import { useMemo } from 'react';
import type { StatisticSeries } from '@/data/schemas/statistics';
import { indexById } from '@/data/selectors';
import { formatDate, formatNumber } from '@/lib/format';
import { toggledSubset } from '@/lib/subset';
import { useFiltersStore } from '@/stores/filters';
import { DEFAULT_HOSTS, MAX_HOSTS, rankAtRangeEnd, shownHosts } from './hosts';
import { withColors } from './series';
import { snapshotLines } from './series-lines';
import { TimeChart, type TimeChartProps } from './TimeChart';

type SharedProps = Pick<
  TimeChartProps,
  'range' | 'windows' | 'annotations' | 'onPickAnnotation' | 'onBrush' | 'catalogue'
>;

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });
const hostName = (series: StatisticSeries | undefined) =>
  series?.hostCountry ? (regionNames.of(series.hostCountry) ?? series.hostCountry) : '';

/**
 * UNHCR's year-end figures of refugees from Syria by country of asylum, one line per host:
 * the largest hosts at the range's end by default, or the hosts the reader picks.
 */
export function RefugeesByAsylumChart({
  series,
  ...shared
}: SharedProps & { series: readonly StatisticSeries[] }) {
  const { range } = shared;
  const hosts = useMemo(
    () => series.filter((s) => s.group === 'refugees-year-end-by-asylum'),
    [series],
  );
  const byId = useMemo(() => new Map(hosts.map((s) => [s.id, s])), [hosts]);
  const allHostLines = useMemo(() => snapshotLines(hosts, () => true), [hosts]);
  // null: the largest hosts at the range's end; a set: the hosts the reader picked (in the link).
  const pickedIds = useFiltersStore((s) => s.asylumHosts);
  const setView = useFiltersStore((s) => s.setView);
  const picked = useMemo(() => (pickedIds ? new Set(pickedIds) : null), [pickedIds]);
  const hostIds = useMemo(() => hosts.map((s) => s.id), [hosts]);
  // Unpicking the last host goes back to the largest ones, as a link without hosts does.
  const setPicked = (ids: string[] | null) =>
    setView({ asylumHosts: ids && ids.length > 0 ? ids : null });
  const ranked = useMemo(() => rankAtRangeEnd(allHostLines, range), [allHostLines, range]);
  const shownIds = shownHosts(ranked, picked)
    .map((l) => l.id)
    .join(' ');
  // Coloured in rank order; the same array while the same hosts are drawn.
  const allLines = useMemo(
    () =>
      withColors(shownIds ? shownIds.split(' ').map((id) => indexById(allHostLines).get(id)!) : []),
    [shownIds, allHostLines],
  );
  const shown = new Set(allLines.map((l) => l.id));

  const toggle = (id: string) => setPicked(toggledSubset(hostIds, shown, id));

  return (
    <TimeChart
      {...shared}
      title="Refugees from Syria by country of asylum, year-end"
      fileName="refugees-by-country-of-asylum"
      allLines={allLines}
      note={`Refugees from Syria under UNHCR's mandate at the end of each year, by country of asylum (UNHCR statistics, ${hosts.length} hosts that held 10,000 or more in some year); not the registered figures of the chart above. Year-end figures of one host are joined year to year.`}
      above={
        <div className="annotation-toggles" role="group" aria-label="Host countries drawn">
          <span className="field__label">Hosts:</span>
          <button
            type="button"
            className="chip chip--light"
            aria-pressed={picked === null}
            onClick={() => setPicked(null)}
          >
            Largest {DEFAULT_HOSTS} on {formatDate(range.to)}
          </button>
          {ranked.map(({ line, value, date }) => {
            const on = shown.has(line.id);
            return (
              <button
                key={line.id}
                data-series-id={line.id}
                type="button"
                className="chip chip--light"
                aria-pressed={on}
                disabled={!on && shown.size >= MAX_HOSTS}
                title={
                  value === null || date === null
                    ? `No year-end figure by ${formatDate(range.to)}`
                    : `${formatNumber(value)} at the end of ${date.slice(0, 4)}`
                }
                onClick={() => toggle(line.id)}
              >
                {hostName(byId.get(line.id))}
              </button>
            );
          })}
          <span className="cell-meta">up to {MAX_HOSTS} at once, each in its own colour</span>
        </div>
      }
    />
  );
}
