import { useRef } from 'react';
import { EmptyState } from '@/components/DatasetGate';
import { EnglishText } from '@/components/EnglishText';
import { SourceLinks } from '@/components/SourceLinks';
import { WindowedScroller } from '@/components/WindowedScroller';
import { eventCategoryLabels } from '@/data/labels';
import type { ConflictEvent } from '@/data/schemas/events';
import type { Place } from '@/data/schemas/places';
import { nameOf } from '@/i18n/data-names';
import { t } from '@/i18n/t';
import { formatDate, formatRange } from '@/lib/format';
import { useElementWidth } from '@/lib/use-element-width';

/** Every row is this tall (px), its text clipped to fit, so that the list can be windowed. */
const ROW_HEIGHT = 76;
/** A row drawn as a card (a narrow table, see `.data-table--cards`) is this tall. */
const CARD_HEIGHT = 168;
/** The width (px) at or below which a table is drawn as cards: the 34rem of `.data-table--cards`. */
const CARDS_AT_MOST = 34 * 16;

/**
 * The events on the map as a table: every event of the range, however many, in one scrolling
 * list that renders only the rows in view (a range of 100,000 events is a few dozen rows in the
 * page). Screen readers are told the full row count and each row's place in it.
 */
export function EventTable({
  events,
  places,
}: {
  events: readonly ConflictEvent[];
  places: ReadonlyMap<string, Place>;
}) {
  const frameRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(frameRef);
  const rowHeight = width > 0 && width <= CARDS_AT_MOST ? CARD_HEIGHT : ROW_HEIGHT;
  const placeName = (id: string) => {
    const place = places.get(id);
    return place ? nameOf(place) : id;
  };
  // The frame is there whether or not there are rows, so that its width is known from the
  // start; it is also the box whose width `.data-table--cards` goes by.
  return (
    <div ref={frameRef} className="table-scroll">
      {events.length === 0 ? (
        <EmptyState>{t('map.table.empty')}</EmptyState>
      ) : (
        <WindowedScroller
          count={events.length}
          rowHeight={rowHeight}
          className="virtual-table"
          label={t('map.table.label', { count: events.length })}
        >
          {(rows) => (
            <table
              className="data-table data-table--fixed data-table--cards"
              data-testid="map-table"
              aria-rowcount={events.length + 1}
            >
              <caption className="visually-hidden">
                {t('map.table.caption', {
                  range: formatRange({ from: events[0]!.date, to: events.at(-1)!.date }),
                })}
              </caption>
              <colgroup>
                <col className="data-table__date" />
                <col />
                <col className="data-table__place" />
                <col className="data-table__source" />
              </colgroup>
              <thead>
                <tr aria-rowindex={1}>
                  <th scope="col">{t('map.table.date')}</th>
                  <th scope="col">{t('map.table.event')}</th>
                  <th scope="col">{t('map.table.place')}</th>
                  <th scope="col">{t('map.table.source')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.spaceBefore > 0 ? (
                  <tr aria-hidden="true" style={{ height: rows.spaceBefore }}>
                    <td colSpan={4} />
                  </tr>
                ) : null}
                {events.slice(rows.start, rows.end).map((e, k) => (
                  <tr key={e.id} aria-rowindex={rows.start + k + 2} style={{ height: rowHeight }}>
                    <td className="nowrap" data-label={t('map.table.date')}>
                      {formatDate(e.date)}
                    </td>
                    <th scope="row">
                      {/* The dataset tells its events in English only. */}
                      <span className="cell-title cell-clip" title={e.title} lang="en">
                        <EnglishText>{e.title}</EnglishText>
                      </span>
                      <span className="cell-meta">{eventCategoryLabels[e.category]}</span>
                    </th>
                    <td data-label={t('map.table.place')}>
                      <span className="cell-clip">{placeName(e.placeId)}</span>
                    </td>
                    <td data-label={t('map.table.source')}>
                      <span className="cell-clip">
                        <SourceLinks ids={e.sources} />
                      </span>
                    </td>
                  </tr>
                ))}
                {rows.spaceAfter > 0 ? (
                  <tr aria-hidden="true" style={{ height: rows.spaceAfter }}>
                    <td colSpan={4} />
                  </tr>
                ) : null}
              </tbody>
            </table>
          )}
        </WindowedScroller>
      )}
    </div>
  );
}
