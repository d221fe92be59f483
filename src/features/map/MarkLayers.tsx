import { memo } from 'react';
import type { Meeting } from '@/data/schemas/meetings';
import { titleOf } from '@/i18n/data-names';
import type { DateRange } from '@/lib/dates';
import type { OwnLayer } from '@/data/own-events';
import type { MapLayer } from '@/stores/view-state';
import { BaseMarkers } from './BaseMarkers';
import { Clusters } from './Clusters';
import type { MapMarks, OwnMark } from './export-map';
import type { Placement } from './label-placement';
import { OwnEventMarks } from './OwnEventMarks';
import { PlaceMarks } from './PlaceMarks';
import type { LabelObstacles } from './use-place-labels';
import type { MapContent, MapData } from './use-map-marks';
import { VenueMarkers } from './VenueMarkers';
import { ZoneLayer } from './ZoneLayer';

export interface MarkLayersProps {
  /** The marks to draw and the window they are for (held back while none is in view). */
  drawn: { content: MapContent; window: DateRange };
  data: MapData;
  layers: ReadonlySet<MapLayer>;
  byGovernorate: boolean;
  ownLayer: OwnLayer | null;
  obstacles: LabelObstacles;
  meetings: ReadonlyMap<string, Meeting>;
  onPlaced: (placements: ReadonlyMap<string, Placement>) => void;
  onEventsShown: (marks: MapMarks['events']) => void;
  onRingsShown: (rings: readonly OwnMark[]) => void;
}

/**
 * The marks a range draws on the map: zones, place names, bases, events, the analyst's rings,
 * venues. Rendered again only when one of its props changes: while the map holds a range's
 * marks back (none in view), a range change renders the toolbar and the legend anew but none
 * of the markers. Zoom reaches the layers that follow it through their own hooks.
 */
export const MarkLayers = memo(function MarkLayers({
  drawn,
  data,
  layers,
  byGovernorate,
  ownLayer,
  obstacles,
  meetings,
  onPlaced,
  onEventsShown,
  onRingsShown,
}: MarkLayersProps) {
  const { content, window } = drawn;
  const meetingTitle = (id: string) => {
    const meeting = meetings.get(id);
    return meeting ? titleOf(meeting) : undefined;
  };
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
        <PlaceMarks
          capitals={content.capitals}
          towns={content.towns}
          crossings={content.crossings}
          obstacles={obstacles}
          onPlaced={onPlaced}
        />
      ) : null}
      {layers.has('bases') ? <BaseMarkers bases={content.bases} /> : null}
      {layers.has('events') && !byGovernorate ? (
        <Clusters
          index={content.clusterIndex}
          eventsAt={content.eventsAt}
          actorPlaces={content.actorPlaces}
          data={data}
          onShown={onEventsShown}
        />
      ) : null}
      {ownLayer && !byGovernorate ? (
        <OwnEventMarks layer={ownLayer} window={window} onShown={onRingsShown} />
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
