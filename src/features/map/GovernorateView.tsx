import { useEffect } from 'react';
import { Pane, Polygon, Tooltip, useMap } from 'react-leaflet';
import { formatNumber, pluralize } from '@/lib/format';
import { useFiltersStore } from '@/stores/filters';
import type { MapMode } from '@/stores/view-state';
import { GOVERNORATES_ATTRIBUTION, governorateSlug, type Governorate } from './governorates';
import { GOVERNORATE_FILLS, GOVERNORATE_LINE } from './map-style';
import { formatShare, governorateLegend, type GovernorateCounts } from './use-governorates';

const FILL_OPACITY = 0.8;

type Counts = GovernorateCounts;

/** The shaded governorates, drawn on the map (inside MapContainer). */
export function GovernorateShading({
  governorates,
  counts,
}: {
  governorates: readonly Governorate[];
  counts: Counts;
}) {
  const map = useMap();
  const selected = useFiltersStore((s) => s.governorate);
  const selectGovernorate = useFiltersStore((s) => s.selectGovernorate);
  useEffect(() => {
    const control = map.attributionControl;
    control?.addAttribution(GOVERNORATES_ATTRIBUTION);
    return () => void control?.removeAttribution(GOVERNORATES_ATTRIBUTION);
  }, [map]);
  const rows = new Map(counts.rows.map((r) => [r.name, r]));
  return (
    <Pane name="governorates" style={{ zIndex: 380 }}>
      {governorates.map((g) => {
        const row = rows.get(g.name);
        const k = counts.classes.get(g.name) ?? 0;
        const isSelected = selected === g.name;
        const className = `map-gov map-gov--c${k} map-gov-${governorateSlug(g.name)}${isSelected ? ' is-selected' : ''}`;
        return (
          <Polygon
            // A new class name needs a new path: Leaflet sets it only when it creates one.
            key={className}
            positions={g.polygons}
            className={className}
            pathOptions={{
              fillColor: k === 0 ? 'transparent' : GOVERNORATE_FILLS[k],
              fillOpacity: k === 0 ? 0 : FILL_OPACITY,
              color: GOVERNORATE_LINE,
              weight: isSelected ? 3 : 1,
            }}
            eventHandlers={{ click: () => selectGovernorate(isSelected ? null : g.name) }}
          >
            <Tooltip sticky className="map-gov-tooltip">
              <span data-testid="governorate-tooltip" data-governorate={g.name}>
                {g.name}: {pluralize(row?.count ?? 0, 'event')} in range
                {row && counts.total > 0 ? ` (${formatShare(row.share)})` : ''}
                {isSelected ? ' · selected' : ''}
              </span>
            </Tooltip>
          </Polygon>
        );
      })}
    </Pane>
  );
}

/** The legend and the table of the governorate view (under the map). */
export function GovernoratePanel({ counts, error }: { counts: Counts; error?: Error | null }) {
  const selected = useFiltersStore((s) => s.governorate);
  const selectGovernorate = useFiltersStore((s) => s.selectGovernorate);
  const legend = governorateLegend(counts.breaks);
  return (
    <section className="map-gov-panel" aria-label="Events per governorate">
      {error ? (
        <p className="state state--error" role="alert">
          {error.message}
        </p>
      ) : null}
      <ul className="map-gov-legend" aria-label="Shading: events in range per governorate">
        {legend.map((item, i) => (
          <li key={item.label} data-testid="governorate-class">
            <span className={`map-gov-swatch map-gov-swatch--c${i}`} aria-hidden="true" />
            {item.label.replace('Governorate: ', '')}
          </li>
        ))}
      </ul>
      <table className="data-table map-gov-table" data-testid="governorate-table">
        <caption>
          Events in range per governorate ({formatNumber(counts.total)} in Syria
          {counts.elsewhere > 0 ? `; ${formatNumber(counts.elsewhere)} abroad or without one` : ''}
          ). Choose a governorate to show only its events.
        </caption>
        <thead>
          <tr>
            <th scope="col">Governorate</th>
            <th scope="col">Events in range</th>
            <th scope="col">Share</th>
          </tr>
        </thead>
        <tbody>
          {counts.rows.map((row) => (
            <tr
              key={row.name}
              data-governorate={row.name}
              className={selected === row.name ? 'is-selected' : undefined}
            >
              <th scope="row">
                <button
                  type="button"
                  className="link-button"
                  aria-pressed={selected === row.name}
                  onClick={() => selectGovernorate(selected === row.name ? null : row.name)}
                >
                  {row.name}
                </button>
              </th>
              <td data-testid="governorate-count">{formatNumber(row.count)}</td>
              <td>{counts.total > 0 ? formatShare(row.share) : '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

const modeLabels: Record<MapMode, string> = {
  markers: 'Markers',
  governorates: 'Governorates shaded by events',
};

/** Chooses how the map shows the events (beside the layer controls). */
export function GovernorateModeControl() {
  const mode = useFiltersStore((s) => s.mapMode);
  const setMapMode = useFiltersStore((s) => s.setMapMode);
  return (
    <fieldset className="map__layers map__mode">
      <legend className="field__label">Events as</legend>
      {(Object.keys(modeLabels) as MapMode[]).map((m) => (
        <label key={m} className="check">
          <input
            type="radio"
            name="map-mode"
            value={m}
            checked={mode === m}
            onChange={() => setMapMode(m)}
          />
          {modeLabels[m]}
        </label>
      ))}
    </fieldset>
  );
}
