import { lazy, Suspense } from 'react';
import { DatasetGate, Skeleton } from '@/components/DatasetGate';
import { Panel } from '@/components/Panel';
import { formatRange } from '@/lib/format';
import { useAfterFirstPaint } from '@/lib/use-after-first-paint';
import { useDateRange } from '@/stores/filters';

// The charting library is loaded with the charts, after the first paint of the dashboard.
const StatisticsCharts = lazy(() => import('./StatisticsCharts'));

function DeferredCharts(props: Parameters<typeof StatisticsCharts>[0]) {
  // Rendered in the same pass as the other panels on a range change. Deferring it (React's
  // useDeferredValue) cost a second render pass, layout and paint: the bench measured every
  // panel updated 30-40% later that way, for no visible gain.
  const range = props.range;
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
