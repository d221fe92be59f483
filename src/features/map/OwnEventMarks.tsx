import { useEffect, useState } from 'react';
import { Popup, useMap } from 'react-leaflet';
import type { OwnEvent } from '@/data/own-event-table';
import type { OwnLayer } from '@/data/own-events';
import { t } from '@/i18n/t';
import { isoOfDayNumber, type DateRange } from '@/lib/dates';
import { formatDate, formatNumber, formatSpan } from '@/lib/format';
import { MAX_ZOOM } from '@/stores/view-state';
import { OWN_TYPE_COLOURS } from '@/styles/colours';
import type { OwnMark } from './export-map';
import { latLng, ownEventIcon } from './icons';
import { useOwnClusters } from './use-own-clusters';
import { TitledMarker } from './TitledMarker';
import { useZoom } from './use-zoom';
import { withSlots } from '@/i18n/rich';
import { OwnType } from '@/components/OwnType';
import { ownTypeName } from '@/i18n/data-names';

/**
 * The analyst's events in the window on the map, clustered; a click tells what a mark holds.
 * `onShown` is told what is drawn after each render (the same array until it changes), for the
 * export and the place names.
 */
export function OwnEventMarks({
  layer,
  window,
  onShown,
}: {
  layer: OwnLayer;
  window: DateRange;
  onShown: (marks: readonly OwnMark[]) => void;
}) {
  const map = useMap();
  const zoom = useZoom();
  // What each cluster is drawn as, worked out once (in a worker) for the screen and the export.
  const { marks, current } = useOwnClusters(layer, window, zoom);
  const typeName = (slot: number) =>
    slot < OWN_TYPE_COLOURS ? ownTypeName(layer.types[slot]!) : t('data.otherKinds');
  useEffect(() => {
    onShown(marks);
  });
  // Says on the map which window its rings are drawn for, once they are (the clustering is
  // done in a worker, a moment after the range changes).
  useEffect(() => {
    const container = map.getContainer();
    if (current) container.dataset.ownRange = `${window.from}..${window.to}`;
    else delete container.dataset.ownRange;
    return () => void delete container.dataset.ownRange;
  }, [map, current, window]);

  return marks.map((mark) => {
    const { lat, lng, count, slot, key, deaths, kinds, expansionZoom } = mark;
    const icon = ownEventIcon(slot, mark.size, count);
    if (count > 1) {
      const counts = t('map.own.clusterCounts', {
        events: t('map.count.events', { count }),
        count: deaths,
      });
      const title = t('map.own.clusterTitle', { counts, kind: typeName(slot) });
      return (
        <TitledMarker
          key={`own:${key}`}
          position={latLng(lat, lng)}
          title={title}
          placeIds={[]}
          icon={icon}
          zIndexOffset={-1000}
        >
          <Popup maxWidth={320}>
            <div className="own-popup">
              <p className="own-popup__title">
                <strong>{t('map.own.yourEvents')}</strong>: {counts}
              </p>
              <ul>
                {kinds.map((n, i) =>
                  n > 0 ? (
                    <li key={i}>
                      <span className={`own-popup__swatch own-t${i}`} aria-hidden="true" />
                      {i < OWN_TYPE_COLOURS ? (
                        <OwnType type={layer.types[i]!} />
                      ) : (
                        typeName(i)
                      )}: {formatNumber(n)}
                    </li>
                  ) : null,
                )}
              </ul>
              {expansionZoom > zoom ? (
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => {
                    map.closePopup();
                    map.setView([lat, lng], Math.min(expansionZoom, MAX_ZOOM));
                  }}
                >
                  {t('map.zoomIn')}
                </button>
              ) : (
                <p>{t('map.own.sameCoordinates')}</p>
              )}
            </div>
          </Popup>
        </TitledMarker>
      );
    }
    // The title from the layer's columns; the event whole is asked for when its popup opens.
    const { table } = layer;
    const at = mark.index;
    const stated = table.deaths[at]!;
    const date = formatDate(isoOfDayNumber(table.day[at]!));
    const type = layer.types[table.type[at]!];
    const kind = type === undefined ? t('data.otherKinds') : ownTypeName(type);
    const title = Number.isNaN(stated)
      ? t('map.own.eventTitle', { date, kind })
      : t('map.own.eventTitleDeaths', {
          date,
          kind,
          deaths: t('map.count.deaths', { count: stated }),
        });
    return (
      <TitledMarker
        key={`own:${key}`}
        position={latLng(lat, lng)}
        title={title}
        placeIds={[]}
        icon={icon}
        zIndexOffset={-1000}
      >
        <Popup maxWidth={340}>
          <OwnEventPopup index={at} layer={layer} />
        </Popup>
      </TitledMarker>
    );
  });
}

/** A popup's event, asked of the layer's text worker when the popup first opens. */
function OwnEventPopup({ index, layer }: { index: number; layer: OwnLayer }) {
  const [read, setRead] = useState<{
    layer: OwnLayer;
    index: number;
    event: OwnEvent | null;
  } | null>(null);
  useEffect(() => {
    let current = true;
    void layer.text.eventAt(index).then((event) => {
      if (current) setRead({ layer, index, event });
    });
    return () => {
      current = false;
    };
  }, [layer, index]);
  if (read?.index !== index || read.layer !== layer)
    return <p className="own-popup">{t('map.own.reading')}</p>;
  if (!read.event) return <p className="own-popup">{t('map.own.unreadable')}</p>;
  return <OwnEventDetails event={read.event} layer={layer} />;
}

function OwnEventDetails({ event, layer }: { event: OwnEvent; layer: OwnLayer }) {
  const actors = [event.actor1, event.actor2].filter(Boolean).join(' – ');
  // What the file says (kinds, actors, places, notes, its name) is the analyst's own text, in
  // elements marked translate="no"; the words around it are the interface's.
  return (
    <div className="own-popup">
      <p className="own-popup__title">
        <strong>
          {event.endDate ? formatSpan(event.date, event.endDate) : formatDate(event.date)}
        </strong>
        : <OwnType type={event.type} />
        {event.subType ? <span translate="no"> ({event.subType})</span> : null}
      </p>
      {actors ? <p translate="no">{actors}</p> : null}
      <p>
        {event.deaths === null
          ? t('map.own.deathsNotStated')
          : t('map.own.deathsReported', { count: event.deaths })}
        {event.location ? (
          <>
            {' · '}
            <span translate="no">{event.location}</span>
          </>
        ) : null}
        {event.admin1 ? (
          <>
            {t('common.listSeparator')}
            <span translate="no">{event.admin1}</span>
          </>
        ) : null}
      </p>
      {event.notes ? (
        <p className="own-popup__notes" translate="no">
          {event.notes}
        </p>
      ) : null}
      {event.source ? (
        <p className="own-popup__source">
          {withSlots(t('map.own.source'), { source: <span translate="no">{event.source}</span> })}
        </p>
      ) : null}
      <p className="own-popup__file">
        {withSlots(
          t(event.id !== `row ${event.row}` ? 'map.own.fileRowId' : 'map.own.fileRow', {
            row: event.row,
          }),
          {
            file: <span translate="no">{layer.fileName}</span>,
            id: <span translate="no">{event.id}</span>,
          },
        )}
      </p>
    </div>
  );
}
