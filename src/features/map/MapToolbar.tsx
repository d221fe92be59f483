import { ExportMenu } from '@/components/ExportMenu';
import type { OwnLayer } from '@/data/own-events';
import type { DateRange } from '@/lib/dates';
import { formatMonth, pluralize } from '@/lib/format';
import { useFiltersStore } from '@/stores/filters';
import type { MapLayer } from '@/stores/view-state';
import { GOVERNORATES_ATTRIBUTION } from './governorates';
import { mapLegendFor } from './map-legend';
import { ownLegendItems } from './own-event-marks';
import { governorateLegend, type GovernorateCounts, type ShadingOf } from './use-governorates';
import type { MapContent } from './use-map-marks';

/**
 * The line under the map's controls: what the map shows in words, and its actions (all talks
 * venues, back to Syria, the open round's venue, export).
 */
export function MapToolbar({
  content,
  window: shown,
  month,
  layers,
  governorateCounts,
  governorateShading,
  onFitVenues,
  onBackToSyria,
  getChart,
  ownLayer,
}: {
  content: MapContent;
  window: DateRange;
  /** Whether a month of the range is played. */
  month: boolean;
  layers: ReadonlySet<MapLayer>;
  /** The governorate shading's counts, in the governorate view. */
  governorateCounts: GovernorateCounts | null;
  /** Whose events the governorates are shaded by. */
  governorateShading: ShadingOf;
  onFitVenues: () => void;
  onBackToSyria: () => void;
  getChart: () => SVGSVGElement | null;
  /**
   * The analyst's events drawn on the map, as rings or as the governorate shading, if any: in
   * the export's legend (the rings), note and details.
   */
  ownLayer: OwnLayer | null;
}) {
  const focusPlace = useFiltersStore((s) => s.focusPlace);
  const onlineTiles = useFiltersStore((s) => s.onlineTiles);
  const { eventCount, unplaced, venues, openRound, openRoundVenueId, zones } = content;
  const legend = [
    ...mapLegendFor(content.legendContext),
    // In the governorate view the layer is the shading, not rings.
    ...(ownLayer && !governorateCounts ? ownLegendItems(ownLayer) : []),
  ];
  return (
    <div className="panel__toolbar">
      <p className="summary" data-testid="map-summary" aria-live="polite">
        {pluralize(eventCount - unplaced, 'event')}{' '}
        {month ? `in ${formatMonth(shown.from)}` : 'in range'} on the map
        {unplaced > 0 ? ` (${unplaced} without a known place not shown)` : ''} ·{' '}
        {pluralize(venues.length, 'talks venue')}
        {openRound
          ? openRoundVenueId
            ? ` · the open round's venue is ringed`
            : ` · the open round (${openRound.title}) is not on the map${layers.has('meetings') ? ' in this range' : ': talks venues are hidden'}`
          : ''}
        {layers.has('zones') ? ` · ${pluralize(zones.length, 'zone')}` : ''}
      </p>
      <div className="map__actions">
        <button
          type="button"
          className="button button--small"
          onClick={onFitVenues}
          disabled={venues.length === 0}
        >
          Show all talks venues
        </button>
        <button type="button" className="button button--small" onClick={onBackToSyria}>
          Back to Syria
        </button>
        {openRoundVenueId ? (
          <button
            type="button"
            className="button button--small"
            onClick={() => focusPlace(openRoundVenueId)}
          >
            Show the open round&apos;s venue
          </button>
        ) : null}
        <ExportMenu
          title="Map: events, talks venues and de-escalation zones"
          fileName="map"
          getChart={getChart}
          legend={
            governorateCounts
              ? [...governorateLegend(governorateCounts.breaks, governorateShading), ...legend]
              : legend
          }
          details={() =>
            [
              openRound
                ? `Open round: ${openRound.title}${openRoundVenueId ? ' (its venue is ringed)' : ' (not on the map in this range)'}`
                : '',
              ownLayer
                ? `Includes your events from ${ownLayer.fileName} (${ownLayer.format}), not part of the dashboard's dataset`
                : '',
            ]
              .filter(Boolean)
              .join('. ') || undefined
          }
          sourceIds={() => [
            ...new Set([
              ...content.eventsInWindow.flatMap((e) => e.sources),
              ...content.meetings.flatMap((m) => m.sources),
              ...zones.flatMap((z) => z.sources),
            ]),
          ]}
          note={`Boundaries: Natural Earth (public domain), via world-atlas.${governorateCounts ? ` ${GOVERNORATES_ATTRIBUTION}.` : ''} Zone outlines are approximate.${onlineTiles ? ' Online tiles are not part of the export.' : ''}${ownLayer ? ` Your events: ${ownLayer.citation}` : ''}`}
        />
      </div>
    </div>
  );
}
