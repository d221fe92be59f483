import { useRef } from 'react';
import { EmptyState } from '@/components/DatasetGate';
import { SourceLinks } from '@/components/SourceLinks';
import { WindowedScroller } from '@/components/WindowedScroller';
import { eventCategoryLabels } from '@/data/labels';
import type { ConflictEvent } from '@/data/schemas/events';
import type { Place } from '@/data/schemas/places';
import { formatDate, formatNumber, formatRange } from '@/lib/format';
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
  // The frame is there whether or not there are rows, so that its width is known from the
  // start; it is also the box whose width `.data-table--cards` goes by.
  return (
    <div ref={frameRef} className="table-scroll">
      {events.length === 0 ? (
        <EmptyState>No event in this range.</EmptyState>
      ) : (
        <WindowedScroller
          count={events.length}
          rowHeight={rowHeight}
          className="virtual-table"
          label={`Events on the map, ${formatNumber(events.length)} rows: scroll for more`}
        >
          {(rows) => (
            <table
              className="data-table data-table--fixed data-table--cards"
              data-testid="map-table"
              aria-rowcount={events.length + 1}
            >
              <caption className="visually-hidden">
                Events on the map, {formatRange({ from: events[0]!.date, to: events.at(-1)!.date })}
              </caption>
              <colgroup>
                <col className="data-table__date" />
                <col />
                <col className="data-table__place" />
                <col className="data-table__source" />
              </colgroup>
              <thead>
                <tr aria-rowindex={1}>
                  <th scope="col">Date</th>
                  <th scope="col">Event</th>
                  <th scope="col">Place</th>
                  <th scope="col">Source</th>
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
                    <td className="nowrap" data-label="Date">
                      {formatDate(e.date)}
                    </td>
                    <th scope="row">
                      <span className="cell-title cell-clip" title={e.title}>
                        {e.title}
                      </span>
                      <span className="cell-meta">{eventCategoryLabels[e.category]}</span>
                    </th>
                    <td data-label="Place">
                      <span className="cell-clip">{places.get(e.placeId)?.name ?? e.placeId}</span>
                    </td>
                    <td data-label="Source">
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
