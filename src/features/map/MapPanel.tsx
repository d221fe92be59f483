import { useMemo } from 'react';
import { DatasetGate, EmptyState } from '@/components/DatasetGate';
import { ActivityTable } from '@/components/ActivityTable';
import { Panel } from '@/components/Panel';
import type { Dataset } from '@/data/dataset-files';
import { placeKindLabels } from '@/data/labels';
import { filterEventsByRange, filterMeetingsByRange, rankPlacesByActivity } from '@/data/selectors';
import type { DateRange } from '@/lib/dates';
import { formatRange, formatRangeInWords, pluralize } from '@/lib/format';
import { useDateRange } from '@/stores/filters';

/** Map: where the meetings and events of the range took place (the places, with coordinates). */
export function MapPanel() {
  const range = useDateRange();
  return (
    <Panel title="Map" area="map" subtitle={`Places of meetings and events ${formatRange(range)}`}>
      <DatasetGate files={['places', 'meetings', 'events']}>
        {(data) => <PlaceTable data={data} range={range} />}
      </DatasetGate>
    </Panel>
  );
}

function PlaceTable({
  data,
  range,
}: {
  data: Pick<Dataset, 'places' | 'meetings' | 'events'>;
  range: DateRange;
}) {
  const ranked = useMemo(
    () =>
      rankPlacesByActivity(
        data.places.places,
        filterMeetingsByRange(data.meetings.meetings, range),
        filterEventsByRange(data.events.events, range),
      ),
    [data, range],
  );
  if (ranked.length === 0) {
    return <EmptyState>No meeting or event took place {formatRangeInWords(range)}.</EmptyState>;
  }
  return (
    <>
      <p className="summary" data-testid="map-summary">
        {pluralize(ranked.length, 'place')} with meetings or events in range
      </p>
      <ActivityTable
        caption={`Places by activity, ${formatRange(range)}`}
        nameHeading="Place"
        rows={ranked.map(({ place, meetings, events }) => ({
          id: place.id,
          name: place.name,
          nameAr: place.nameAr,
          detail: (
            <>
              {placeKindLabels[place.kind]} · {place.country} ·{' '}
              <span className="nowrap tabular">
                {formatCoordinate(place.lat, 'N', 'S')}, {formatCoordinate(place.lon, 'E', 'W')}
              </span>
            </>
          ),
          meetings,
          events,
        }))}
      />
    </>
  );
}

function formatCoordinate(value: number, positive: string, negative: string): string {
  return `${Math.abs(value).toFixed(2)}° ${value >= 0 ? positive : negative}`;
}
