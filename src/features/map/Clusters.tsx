import { useEffect, useMemo } from 'react';
import { Popup, useMap } from 'react-leaflet';
import type { ConflictEvent } from '@/data/schemas/events';
import { indexById } from '@/data/selectors';
import { nameOf } from '@/i18n/data-names';
import { t } from '@/i18n/t';
import { formatDate } from '@/lib/format';
import { MAX_ZOOM } from '@/stores/view-state';
import { ClusterSummary } from './ClusterSummary';
import type { MapMarks } from './export-map';
import { countIcon, eventIcon, latLng } from './icons';
import { useZoom } from './use-zoom';
import type { PlacePointProperties } from './map-data';
import { categoryColor, VENUE } from './map-style';
import { EventPopup, PlaceEvents } from './popups';
import { TitledMarker } from './TitledMarker';
import { clustersAt, type ClusterIndex, type MapData } from './use-map-marks';

interface ClustersProps {
  index: ClusterIndex;
  /** The events at a place in the range, looked up only for the markers that need them. */
  eventsAt: (placeId: string) => readonly ConflictEvent[];
  /** Places where the selected actor has events in the range. */
  actorPlaces: ReadonlySet<string>;
  data: MapData;
  /** Told what is drawn after each render, for the export. */
  onShown: (marks: MapMarks['events']) => void;
}

/**
 * The events of the view: clusters of places (a click summarises them and offers to zoom in), a
 * place with several events (a click lists them, newest first) or a single event (a click opens
 * it).
 */
export function Clusters({ index, eventsAt, actorPlaces, data, onShown }: ClustersProps) {
  const map = useMap();
  const zoom = useZoom();
  // The clusters of the whole map at this zoom, not only those in view: the points are places,
  // not events, so they stay few, and panning then never adds or removes a marker. (Culling
  // to the view removed the marker that had keyboard focus when Tab panned the map to it
  // while an earlier pan was still settling.)
  const clusters = clustersAt(index, zoom);
  const involves = (placeIds: readonly string[]) => placeIds.some((id) => actorPlaces.has(id));
  const placesById = useMemo(() => indexById(data.places.places), [data.places]);
  const placeName = (id: string) => {
    const place = placesById.get(id);
    return place ? nameOf(place) : id;
  };

  const marks = clusters.map((c) => {
    const [lng, lat] = c.geometry.coordinates as [number, number];
    const { count, category } = c.properties as {
      count: number;
      category?: ConflictEvent['category'];
    };
    return {
      lat,
      lng,
      count,
      color: count === 1 && category ? categoryColor(category) : VENUE,
    };
  });
  useEffect(() => {
    onShown(marks);
  });

  return clusters.map((c, i) => {
    const mark = marks[i]!;
    if ('cluster' in c.properties && c.properties.cluster) {
      const clusterId = c.properties.cluster_id as number;
      const placeIds = index.getLeaves(clusterId, Infinity).map((leaf) => leaf.properties.placeId);
      const expansion = Math.min(index.getClusterExpansionZoom(clusterId), MAX_ZOOM);
      const zoomIn = () => {
        map.closePopup();
        map.setView([mark.lat, mark.lng], expansion);
      };
      return (
        <TitledMarker
          // Named by its first place, not by supercluster's id, which changes with the counts:
          // a range change then moves and relabels the marker instead of replacing it. (A place
          // is in one cluster only, so the key is unique.)
          key={`cluster:${placeIds.reduce((a, b) => (b < a ? b : a))}`}
          position={latLng(mark.lat, mark.lng)}
          title={t('map.cluster.title', {
            events: t('map.count.events', { count: mark.count }),
            places: t('map.count.places', { count: placeIds.length }),
          })}
          placeIds={placeIds}
          icon={countIcon(mark.count, involves(placeIds))}
        >
          <Popup maxWidth={320}>
            <ClusterSummary
              places={() =>
                placeIds.map((id) => ({
                  name: placeName(id),
                  events: eventsAt(id),
                }))
              }
              onZoomIn={zoomIn}
            />
          </Popup>
        </TitledMarker>
      );
    }
    const { placeId, count } = c.properties as PlacePointProperties;
    const name = placeName(placeId);
    const only = count === 1 ? eventsAt(placeId)[0] : undefined;
    if (only) {
      return (
        <TitledMarker
          key={placeId}
          position={latLng(mark.lat, mark.lng)}
          title={t('map.event.markerTitle', { date: formatDate(only.date), title: only.title })}
          placeIds={[placeId]}
          icon={eventIcon(only.category, involves([placeId]))}
        >
          <Popup maxWidth={320}>
            <EventPopup event={only} data={data} />
          </Popup>
        </TitledMarker>
      );
    }
    return (
      <TitledMarker
        key={placeId}
        position={latLng(mark.lat, mark.lng)}
        title={t('map.placeEvents.title', { count, place: name })}
        placeIds={[placeId]}
        icon={countIcon(count, involves([placeId]))}
      >
        <Popup maxHeight={320} maxWidth={340}>
          <PlaceEvents placeName={name} events={() => eventsAt(placeId)} data={data} />
        </Popup>
      </TitledMarker>
    );
  });
}
