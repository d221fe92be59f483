import { lazy, Suspense } from 'react';
import { DatasetGate, Skeleton } from '@/components/DatasetGate';
import { Panel } from '@/components/Panel';
import { formatRange } from '@/lib/format';
import { useAfterFirstPaint } from '@/lib/use-after-first-paint';
import { useDateRange } from '@/stores/filters';

// Leaflet and the basemap load with the map, after the first paint of the dashboard.
const MapView = lazy(() => import('./MapView'));

function DeferredMap(props: Parameters<typeof MapView>[0]) {
  // Rendered in the same pass as the other panels on a range change. Deferring it (React's
  // useDeferredValue) cost a second render pass, layout and paint: the bench measured every
  // panel updated 30-40% later that way, for no visible gain.
  const range = props.range;
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
