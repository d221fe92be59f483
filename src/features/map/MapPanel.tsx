import { lazy, Suspense, useDeferredValue } from 'react';
import { DatasetGate, Skeleton } from '@/components/DatasetGate';
import { Panel } from '@/components/Panel';
import { formatRange } from '@/lib/format';
import { useAfterFirstPaint } from '@/lib/use-after-first-paint';
import { useDateRange } from '@/stores/filters';

// Leaflet and the basemap load with the map, after the first paint of the dashboard.
const MapView = lazy(() => import('./MapView'));

function DeferredMap(props: Parameters<typeof MapView>[0]) {
  // A heavy range change redraws the map after the lighter panels have painted.
  const range = useDeferredValue(props.range);
  return useAfterFirstPaint() ? (
    <Suspense fallback={<Skeleton rows={10} />}>
      <MapView data={props.data} range={range} />
    </Suspense>
  ) : (
    <Skeleton rows={10} />
  );
}

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
        {(data) => <DeferredMap data={data} range={range} />}
      </DatasetGate>
    </Panel>
  );
}
