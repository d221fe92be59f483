import { memo, useCallback, useMemo, useState, type RefObject } from 'react';
import { indexById } from '@/data/selectors';
import { titleOf } from '@/i18n/data-names';
import type { DateRange } from '@/lib/dates';
import { BaseMarkers } from './BaseMarkers';
import { Clusters } from './Clusters';
import type { MapMarks, OwnMark } from './export-map';
import type { Placement } from './label-placement';
import { OwnEventMarks } from './OwnEventMarks';
import { PlaceMarks } from './PlaceMarks';
import type { LabelObstacles } from './use-place-labels';
import {
  useByGovernorate,
  useMapLayers,
  useRingsLayer,
  type MapContent,
  type MapData,
} from './use-map-marks';
import { VenueMarkers } from './VenueMarkers';
import { ZoneLayer } from './ZoneLayer';

/** What the layers drew last, worked out as they drew it: the export draws the same. */
export interface ShownMarks {
  events: MapMarks['events'];
  /** The analyst's rings (their diameters worked out in a worker). */
  rings: readonly OwnMark[];
  /** Where each place's name was put. */
  placements: ReadonlyMap<string, Placement>;
}

const NO_RINGS: readonly OwnMark[] = [];

/**
 * The marks a range draws on the map: zones, place names, bases, events, the analyst's rings,
 * venues. Rendered again only when what it draws changes (the marks of a window, the layers
 * on, the analyst's layer): while the map holds a range's marks back (none in view), a range
 * change renders the toolbar and the legend anew but none of the markers. Zoom reaches the
 * layers that follow it through their own hooks. What they drew is left in `shown`.
 */
export const MarkLayers = memo(function MarkLayers({
  drawn: { content, window },
  data,
  shown,
}: {
  /** The marks to draw and the window they are for (held back while none is in view). */
  drawn: { content: MapContent; window: DateRange };
  data: MapData;
  shown: RefObject<ShownMarks>;
}) {
  const layers = useMapLayers();
  const byGovernorate = useByGovernorate();
  const ringsLayer = useRingsLayer();
  const meetings = indexById(data.meetings.meetings);
  const meetingTitle = (id: string) => {
    const meeting = meetings.get(id);
    return meeting ? titleOf(meeting) : undefined;
  };
  const onEventsShown = useCallback(
    (marks: MapMarks['events']) => {
      shown.current.events = marks;
    },
    [shown],
  );
  const onPlaced = useCallback(
    (placements: ReadonlyMap<string, Placement>) => {
      shown.current.placements = placements;
    },
    [shown],
  );
  // The rings as drawn: the place names keep clear of them.
  const [rings, setRings] = useState(NO_RINGS);
  const onRingsShown = useCallback(
    (drawnRings: readonly OwnMark[]) => {
      shown.current.rings = drawnRings;
      setRings(drawnRings);
    },
    [shown],
  );
  const eventsDrawn = layers.has('events') && !byGovernorate;
  const obstacles: LabelObstacles = useMemo(
    () => ({
      clusters: eventsDrawn ? content.clusterIndex : null,
      venues: layers.has('meetings') ? content.venues.map((v) => v.place) : [],
      bases: layers.has('bases') ? content.bases : [],
      rings: ringsLayer ? rings : NO_RINGS,
    }),
    [eventsDrawn, layers, content.clusterIndex, content.venues, content.bases, ringsLayer, rings],
  );
  return (
    <>
      {layers.has('zones')
        ? content.zones.map((zone) => (
            <ZoneLayer
              key={zone.id}
              zone={zone}
              meetingTitle={zone.establishedBy ? meetingTitle(zone.establishedBy) : undefined}
            />
          ))
        : null}
      {layers.has('capitals') ? (
        <PlaceMarks named={content.named} obstacles={obstacles} onPlaced={onPlaced} />
      ) : null}
      {layers.has('bases') ? <BaseMarkers bases={content.bases} /> : null}
      {eventsDrawn ? (
        <Clusters
          index={content.clusterIndex}
          eventsAt={content.eventsAt}
          actorPlaces={content.actorPlaces}
          data={data}
          onShown={onEventsShown}
        />
      ) : null}
      {ringsLayer ? (
        <OwnEventMarks layer={ringsLayer} window={window} onShown={onRingsShown} />
      ) : null}
      {layers.has('meetings') ? (
        <VenueMarkers
          venues={content.venues}
          openRound={content.openRound}
          openRoundVenueId={content.openRoundVenueId}
        />
      ) : null}
    </>
  );
});
