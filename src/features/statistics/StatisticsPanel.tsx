import { useMemo } from 'react';
import { DatasetGate, EmptyState } from '@/components/DatasetGate';
import { Panel } from '@/components/Panel';
import { SourceLinks } from '@/components/SourceLinks';
import type { Dataset } from '@/data/dataset-files';
import { measureLabels } from '@/data/labels';
import { measures, type StatisticPoint, type StatisticSeries } from '@/data/schemas/statistics';
import { filterPointsByRange } from '@/data/selectors';
import type { DateRange } from '@/lib/dates';
import {
  formatDate,
  formatNumber,
  formatRange,
  formatRangeInWords,
  formatSpan,
  pluralize,
} from '@/lib/format';
import { useDateRange } from '@/stores/filters';

const kindLabels: Record<StatisticSeries['kind'], string> = {
  'annual-total': 'annual totals',
  'period-total': 'total over a period',
  snapshot: 'figures as of a date',
};

/** Casualties and displacement: for each series, its latest figure in the range, with source. */
export function StatisticsPanel() {
  const range = useDateRange();
  return (
    <Panel
      title="Casualties and displacement"
      area="statistics"
      subtitle={`Figures ${formatRange(range)}`}
    >
      <DatasetGate files={['statistics']}>
        {(data) => <SeriesTable data={data} range={range} />}
      </DatasetGate>
    </Panel>
  );
}

interface SeriesInRange {
  series: StatisticSeries;
  points: StatisticPoint[];
  latest: StatisticPoint;
}

function SeriesTable({ data, range }: { data: Pick<Dataset, 'statistics'>; range: DateRange }) {
  const groups = useMemo(() => {
    const inRange: SeriesInRange[] = data.statistics.series.flatMap((series) => {
      const points = filterPointsByRange(series, range);
      const latest = points[points.length - 1];
      return latest ? [{ series, points, latest }] : [];
    });
    return measures
      .map((measure) => ({ measure, rows: inRange.filter((s) => s.series.measure === measure) }))
      .filter((g) => g.rows.length > 0);
  }, [data.statistics, range]);

  if (groups.length === 0) {
    return (
      <EmptyState>No casualty or displacement figure falls {formatRangeInWords(range)}.</EmptyState>
    );
  }
  const seriesCount = groups.reduce((n, g) => n + g.rows.length, 0);
  return (
    <>
      <p className="summary" data-testid="statistics-summary">
        {pluralize(seriesCount, 'series', 'series')} with figures in range; the latest figure of
        each, never combined across sources
      </p>
      {groups.map(({ measure, rows }) => (
        <table key={measure} className="data-table">
          <caption>{measureLabels[measure]}</caption>
          <thead>
            <tr>
              <th scope="col">Series</th>
              <th scope="col" className="numeric">
                Figure
              </th>
              <th scope="col">Date</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ series, points, latest }) => (
              <tr key={series.id}>
                <th scope="row">
                  <span className="cell-title">{series.title}</span>
                  <span className="cell-meta">
                    {series.definition} ({series.publisher}; {kindLabels[series.kind]}
                    {points.length > 1 ? `; ${points.length} points in range` : ''})
                  </span>
                  <SourceLinks ids={latest.sources ?? series.sources} />
                </th>
                <td className="numeric figure">{formatNumber(latest.value)}</td>
                <td className="nowrap">
                  {latest.start
                    ? formatSpan(latest.start, latest.date)
                    : `as of ${formatDate(latest.date)}`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </>
  );
}
