import { lazy } from 'react';
import { AfterFirstPaint } from '@/components/AfterFirstPaint';
import { DatasetGate } from '@/components/DatasetGate';
import { Panel } from '@/components/Panel';
import { formatRange } from '@/lib/format';
import { useDateRange } from '@/stores/filters';

// Leaflet and the basemap load with the map, after the first paint of the dashboard.
const MapView = lazy(() => import('./MapView'));

/** Map: events, talks venues, de-escalation zones and bases, offline by default. */
export function MapPanel() {
  const range = useDateRange();
  return (
    <Panel
      title="Map"
      area="map"
      subtitle={`Events, talks venues and zones, ${formatRange(range)}`}
    >
      <DatasetGate files={['places', 'events', 'meetings', 'actors']}>
        {(data) => (
          <AfterFirstPaint rows={10}>
            <MapView data={data} range={range} />
          </AfterFirstPaint>
        )}
      </DatasetGate>
    </Panel>
  );
}
