import { AfterFirstPaint } from '@/components/AfterFirstPaint';
import { DatasetGate } from '@/components/DatasetGate';
import { Panel } from '@/components/Panel';
import { lazyComponent } from '@/lib/lazy-component';
import { t } from '@/i18n/t';
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
      title={t('statistics.panel.title')}
      area="statistics"
      subtitle={t('statistics.panel.subtitle', { range: formatRange(range) })}
    >
      <DatasetGate files={['statistics']}>
        {(data) => (
          <>
            <p className="summary" data-testid="statistics-summary">
              {t('statistics.panel.summary', {
                series: t('statistics.panel.series', { count: data.statistics.series.length }),
                publishers: t('statistics.panel.publishers', {
                  count: new Set(data.statistics.series.map((s) => s.publisher)).size,
                }),
              })}
            </p>
            <AfterFirstPaint rows={8} component={StatisticsCharts} props={{ data, range }} />
          </>
        )}
      </DatasetGate>
    </Panel>
  );
}
