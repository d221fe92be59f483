import { AfterFirstPaint } from '@/components/AfterFirstPaint';
import { DatasetGate } from '@/components/DatasetGate';
import { Panel } from '@/components/Panel';
import { t } from '@/i18n/t';
import { lazyComponent } from '@/lib/lazy-component';
import { formatRange } from '@/lib/format';
import { useDateRange } from '@/stores/filters';
import './map.css';

// Leaflet and the basemap load with the map, after the first paint of the dashboard.
const MapView = lazyComponent(() => import('./MapView'));

/** Map: events, talks venues, de-escalation zones and bases, offline by default. */
export function MapPanel() {
  const range = useDateRange();
  return (
    <Panel
      title={t('map.title')}
      area="map"
      subtitle={t('map.subtitle', { range: formatRange(range) })}
    >
      <DatasetGate files={['places', 'events', 'meetings', 'actors']}>
        {(data) => <AfterFirstPaint rows={10} component={MapView} props={{ data, range }} />}
      </DatasetGate>
    </Panel>
  );
}
