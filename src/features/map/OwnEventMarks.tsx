import { divIcon, type DivIcon } from 'leaflet';
import { useEffect, useMemo } from 'react';
import { Popup, useMap } from 'react-leaflet';
import { ownEventsInRange, type OwnEvent, type OwnLayer } from '@/data/own-events';
import type { DateRange } from '@/lib/dates';
import { formatDate, formatNumber, formatSpan, pluralize } from '@/lib/format';
import { MAX_ZOOM } from '@/stores/view-state';
import { light, OWN_TYPE_COLOURS, ownTypeToken } from '@/styles/colours';
import { ownCountLabel, type OwnMark } from './export-map';
import { latLng } from './icons';
import {
  dominantSlot,
  OWN_SIZES,
  ownEventIndex,
  sizeClass,
  type OwnPointProperties,
} from './own-event-marks';
import { TitledMarker } from './TitledMarker';
import { useZoom } from './use-zoom';

const icons = new Map<string, DivIcon>();
/** A ring in the colour of a kind, sized by deaths; with the count inside for a cluster. */
function ownIcon(slot: number, size: number, count: number): DivIcon {
  const key = `${slot}:${size}:${count}`;
  let icon = icons.get(key);
  if (!icon) {
    const px = OWN_SIZES[size]!;
    icon = divIcon({
      className: `map-own map-own--s${size} own-t${slot}`,
      html: count > 1 ? `<span aria-hidden="true">${ownCountLabel(count)}</span>` : '',
      iconSize: [px, px],
    });
    icons.set(key, icon);
  }
  return icon;
}

/** What a cluster or event of the index is drawn as: its kind's slot, size class and count. */
function looks(props: OwnPointProperties & { cluster?: boolean; point_count?: number }) {
  const count = props.cluster ? (props.point_count ?? 1) : 1;
  const slot = dominantSlot(props.kinds);
  return { count, slot, size: Math.max(sizeClass(props.deaths), count > 1 ? 2 : 0) };
}

/**
 * The analyst's events in the window on the map, clustered; a click tells what a mark holds.
 * `onShown` is told what is drawn after each render, for the export.
 */
export function OwnEventMarks({
  layer,
  window,
  onShown,
}: {
  layer: OwnLayer;
  window: DateRange;
  onShown: (marks: OwnMark[]) => void;
}) {
  const map = useMap();
  const zoom = useZoom();
  const events = useMemo(() => ownEventsInRange(layer.events, window), [layer, window]);
  const index = useMemo(() => ownEventIndex(events, layer.types), [events, layer.types]);
  const clusters = useMemo(() => index.getClusters([-180, -85, 180, 85], zoom), [index, zoom]);
  const typeName = (slot: number) => (slot < OWN_TYPE_COLOURS ? layer.types[slot]! : 'other kinds');
  useEffect(() => {
    onShown(
      clusters.map((c) => {
        const { count, slot, size } = looks(c.properties);
        const [lng, lat] = c.geometry.coordinates as [number, number];
        return { lat, lng, count, diameter: OWN_SIZES[size]!, color: light(ownTypeToken(slot)) };
      }),
    );
  });

  return clusters.map((c) => {
    const [lng, lat] = c.geometry.coordinates as [number, number];
    const props = c.properties;
    const { count, slot, size } = looks(props);
    const icon = ownIcon(slot, size, count);
    if (count > 1) {
      const clusterId = (props as { cluster_id: number }).cluster_id;
      const title = `Your events: ${formatNumber(count)} events, ${formatNumber(props.deaths)} deaths reported (mostly ${typeName(slot)})`;
      return (
        <TitledMarker
          key={`own-cluster:${clusterId}`}
          position={latLng(lat, lng)}
          title={title}
          placeIds={[]}
          icon={icon}
          zIndexOffset={-1000}
        >
          <Popup maxWidth={320}>
            <div className="own-popup" data-own-cluster={clusterId}>
              <p className="own-popup__title">
                <strong>Your events</strong>: {formatNumber(count)} events,{' '}
                {formatNumber(props.deaths)} deaths reported
              </p>
              <ul>
                {props.kinds.map((n, i) =>
                  n > 0 ? (
                    <li key={i}>
                      <span className={`own-popup__swatch own-t${i}`} aria-hidden="true" />
                      {typeName(i)}: {formatNumber(n)}
                    </li>
                  ) : null,
                )}
              </ul>
              <button
                type="button"
                className="button button--small"
                onClick={() => {
                  map.closePopup();
                  map.setView(
                    [lat, lng],
                    Math.min(index.getClusterExpansionZoom(clusterId), MAX_ZOOM),
                  );
                }}
              >
                Zoom in
              </button>
            </div>
          </Popup>
        </TitledMarker>
      );
    }
    const event = events[props.index]!;
    return (
      <TitledMarker
        key={`own:${event.row}`}
        position={latLng(lat, lng)}
        title={`Your event: ${formatDate(event.date)}, ${event.type}${event.deaths !== null ? `, ${pluralize(event.deaths, 'death')}` : ''}`}
        placeIds={[]}
        icon={icon}
        zIndexOffset={-1000}
      >
        <Popup maxWidth={340}>
          <OwnEventPopup event={event} layer={layer} />
        </Popup>
      </TitledMarker>
    );
  });
}

function OwnEventPopup({ event, layer }: { event: OwnEvent; layer: OwnLayer }) {
  const actors = [event.actor1, event.actor2].filter(Boolean).join(' – ');
  return (
    <div className="own-popup">
      <p className="own-popup__title">
        <strong>
          {event.endDate ? formatSpan(event.date, event.endDate) : formatDate(event.date)}
        </strong>
        : {event.type}
        {event.subType ? ` (${event.subType})` : ''}
      </p>
      {actors ? <p>{actors}</p> : null}
      <p>
        {event.deaths === null
          ? 'Deaths not stated'
          : `${pluralize(event.deaths, 'death')} reported`}
        {event.location ? ` · ${event.location}` : ''}
        {event.admin1 ? `, ${event.admin1}` : ''}
      </p>
      {event.notes ? <p className="own-popup__notes">{event.notes}</p> : null}
      {event.source ? (
        <p className="own-popup__source">Source (as in the file): {event.source}</p>
      ) : null}
      <p className="own-popup__file">
        Your file {layer.fileName}, row {formatNumber(event.row)}
        {event.id !== `row ${event.row}` ? ` (id ${event.id})` : ''}
      </p>
    </div>
  );
}
