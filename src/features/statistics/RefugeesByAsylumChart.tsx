import { useMemo } from 'react';
import type { StatisticSeries } from '@/data/schemas/statistics';
import { indexById } from '@/data/selectors';
import { currentLocale } from '@/i18n/language';
import { t } from '@/i18n/t';
import { formatDate, formatNumber, formatYear } from '@/lib/format';
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

let regionNames: { locale: string; names: Intl.DisplayNames } | undefined;

/** A host country's name in the language shown (its ISO code where Intl has no name for it). */
function hostName(series: StatisticSeries | undefined): string {
  if (!series?.hostCountry) return '';
  const locale = currentLocale();
  if (regionNames?.locale !== locale)
    regionNames = { locale, names: new Intl.DisplayNames([locale], { type: 'region' }) };
  return regionNames.names.of(series.hostCountry) ?? series.hostCountry;
}

/** Hosts that held this many refugees from Syria in some year are in the dataset. */
const HOST_THRESHOLD = 10_000;

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
      title={t('statistics.asylum.title')}
      fileName="refugees-by-country-of-asylum"
      allLines={allLines}
      note={t('statistics.asylum.note', {
        hosts: t('statistics.asylum.hosts', { count: hosts.length }),
        threshold: formatNumber(HOST_THRESHOLD),
      })}
      above={
        <div className="annotation-toggles" role="group" aria-label={t('statistics.asylum.group')}>
          <span className="field__label">{t('statistics.asylum.label')}</span>
          <button
            type="button"
            className="chip chip--light"
            aria-pressed={picked === null}
            onClick={() => setPicked(null)}
          >
            {t('statistics.asylum.largest', { count: DEFAULT_HOSTS, date: formatDate(range.to) })}
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
                    ? t('statistics.asylum.noFigure', { date: formatDate(range.to) })
                    : t('statistics.asylum.figure', {
                        value: formatNumber(value),
                        year: formatYear(Number(date.slice(0, 4))),
                      })
                }
                onClick={() => toggle(line.id)}
              >
                {hostName(byId.get(line.id))}
              </button>
            );
          })}
          <span className="cell-meta">{t('statistics.asylum.limit', { count: MAX_HOSTS })}</span>
        </div>
      }
    />
  );
}
