import { lazy, Suspense, useDeferredValue } from 'react';
import { DatasetGate, Skeleton } from '@/components/DatasetGate';
import { Panel } from '@/components/Panel';
import { formatRange } from '@/lib/format';
import { useAfterFirstPaint } from '@/lib/use-after-first-paint';
import { useDateRange } from '@/stores/filters';

// The charting library is loaded with the charts, after the first paint of the dashboard.
const StatisticsCharts = lazy(() => import('./StatisticsCharts'));

function DeferredCharts(props: Parameters<typeof StatisticsCharts>[0]) {
  // A heavy range change renders the charts after the lighter panels have painted.
  const range = useDeferredValue(props.range);
  return useAfterFirstPaint() ? (
    <Suspense fallback={<Skeleton rows={8} />}>
      <StatisticsCharts data={props.data} range={range} />
    </Suspense>
  ) : (
    <Skeleton rows={8} />
  );
}

/** Casualties and displacement: deaths by source, refugees by host country, displacement. */
export function StatisticsPanel() {
  const range = useDateRange();
  return (
    <Panel
      title="Casualties and displacement"
      area="statistics"
      subtitle={`Figures by source, ${formatRange(range)}`}
    >
      <DatasetGate files={['statistics']}>
        {(data) => (
          <>
            <p className="summary" data-testid="statistics-summary">
              {data.statistics.series.length} series from{' '}
              {new Set(data.statistics.series.map((s) => s.publisher)).size} publishers; each source
              shown apart with its own definition
            </p>
            <DeferredCharts data={data} range={range} />
          </>
        )}
      </DatasetGate>
    </Panel>
  );
}
