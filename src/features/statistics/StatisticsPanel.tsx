import { AfterFirstPaint } from '@/components/AfterFirstPaint';
import { DatasetGate } from '@/components/DatasetGate';
import { Panel } from '@/components/Panel';
import { lazyComponent } from '@/lib/lazy-component';
import { formatRange } from '@/lib/format';
import { useDateRange } from '@/stores/filters';
import './statistics.css';

// The charting library is loaded with the charts, after the first paint of the dashboard.
const StatisticsCharts = lazyComponent(() => import('./StatisticsCharts'));

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
            <AfterFirstPaint rows={8} component={StatisticsCharts} props={{ data, range }} />
          </>
        )}
      </DatasetGate>
    </Panel>
  );
}
