import { ExportMenu } from '@/components/ExportMenu';
import type { OwnLayer } from '@/data/own-events';
import { titleOf } from '@/i18n/data-names';
import { t } from '@/i18n/t';
import type { DateRange } from '@/lib/dates';
import { formatMonth } from '@/lib/format';
import { useFiltersStore } from '@/stores/filters';
import type { MapLayer } from '@/stores/view-state';
import { governoratesAttribution } from './governorates';
import { mapLegendFor } from './map-legend';
import { ownLegendItems } from './own-event-legend';
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
  const shownEvents = eventCount - unplaced;
  const round = openRound ? titleOf(openRound) : '';
  return (
    <div className="panel__toolbar">
      <p className="summary" data-testid="map-summary" aria-live="polite">
        {month
          ? t('map.summary.eventsInMonth', { count: shownEvents, month: formatMonth(shown.from) })
          : t('map.summary.events', { count: shownEvents })}
        {unplaced > 0 ? ` ${t('map.summary.unplaced', { count: unplaced })}` : ''} ·{' '}
        {t('map.count.venues', { count: venues.length })}
        {openRound
          ? ` · ${
              openRoundVenueId
                ? t('map.summary.openRoundRinged')
                : layers.has('meetings')
                  ? t('map.summary.openRoundNotInRange', { round })
                  : t('map.summary.openRoundVenuesHidden', { round })
            }`
          : ''}
        {layers.has('zones') ? ` · ${t('map.count.zones', { count: zones.length })}` : ''}
      </p>
      <div className="map__actions">
        <button
          type="button"
          className="button button--small"
          onClick={onFitVenues}
          disabled={venues.length === 0}
        >
          {t('map.showAllVenues')}
        </button>
        <button type="button" className="button button--small" onClick={onBackToSyria}>
          {t('map.backToSyria')}
        </button>
        {openRoundVenueId ? (
          <button
            type="button"
            className="button button--small"
            onClick={() => focusPlace(openRoundVenueId)}
          >
            {t('map.showOpenRoundVenue')}
          </button>
        ) : null}
        <ExportMenu
          title={t('map.export.title')}
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
                ? t(
                    openRoundVenueId ? 'map.export.openRoundRinged' : 'map.export.openRoundAbsent',
                    {
                      round,
                    },
                  )
                : '',
              ownLayer
                ? t('map.export.ownEvents', { file: ownLayer.fileName, format: ownLayer.format })
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
          note={[
            t('map.export.boundaries', {
              naturalEarth: 'Natural Earth',
              worldAtlas: 'world-atlas',
            }),
            governorateCounts ? `${governoratesAttribution()}.` : '',
            t('map.export.zonesApproximate'),
            onlineTiles ? t('map.export.onlineTiles') : '',
            ownLayer ? t('map.export.ownCitation', { citation: ownLayer.citation }) : '',
          ]
            .filter(Boolean)
            .join(' ')}
        />
      </div>
    </div>
  );
}
