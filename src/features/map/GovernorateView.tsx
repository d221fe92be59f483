import { useEffect } from 'react';
import { Pane, Polygon, Tooltip, useMap } from 'react-leaflet';
import { formatNumber } from '@/lib/format';
import { useFiltersStore } from '@/stores/filters';
import type { MapMode } from '@/stores/view-state';
import { GOVERNORATES_ATTRIBUTION, governorateSlug, type Governorate } from './governorates';
import { GOVERNORATE_FILLS, GOVERNORATE_LINE } from './map-style';
import {
  countedEvents,
  formatShare,
  governorateLegend,
  type GovernorateCounts,
  type OwnGovernorateCounts,
  type ShadingOf,
} from './use-governorates';

const FILL_OPACITY = 0.8;

type Counts = GovernorateCounts;

/** The shaded governorates, drawn on the map (inside MapContainer). */
export function GovernorateShading({
  governorates,
  counts,
  of,
}: {
  governorates: readonly Governorate[];
  /** The counts the shading draws: the dashboard's events, or the analyst's (`of`). */
  counts: Counts;
  of: ShadingOf;
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
                {g.name}: {countedEvents(row?.count ?? 0, of)} in range
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

/**
 * The legend and the table of the governorate view (under the map): the dashboard's events per
 * governorate and, while the analyst's file is shown, theirs beside them, with the choice of
 * which the map shades.
 */
export function GovernoratePanel({
  counts,
  own,
  of,
  error,
}: {
  counts: Counts;
  /** The analyst's events per governorate, while their file is shown; else null. */
  own: OwnGovernorateCounts | null;
  of: ShadingOf;
  error?: Error | null;
}) {
  const selected = useFiltersStore((s) => s.governorate);
  const selectGovernorate = useFiltersStore((s) => s.selectGovernorate);
  const setView = useFiltersStore((s) => s.setView);
  const shaded = of === 'own' && own ? own : counts;
  const legend = governorateLegend(shaded.breaks, of);
  const ownRows = new Map(own?.rows.map((r) => [r.name, r]));
  return (
    <section className="map-gov-panel" aria-label="Events per governorate">
      {error ? (
        <p className="state state--error" role="alert">
          {error.message}
        </p>
      ) : null}
      {own ? (
        <RadioFieldset
          legend="Shade by"
          name="governorate-shading"
          options={shadingLabels}
          value={of}
          onChange={(governorateShading) => setView({ governorateShading })}
          testId="governorate-shading"
        />
      ) : null}
      <ul
        className="map-gov-legend"
        aria-label={`Shading: ${of === 'own' ? 'your events' : 'events'} in range per governorate`}
      >
        {legend.map((item, i) => (
          <li key={item.label} data-testid="governorate-class">
            <span className={`map-gov-swatch map-gov-swatch--c${i}`} aria-hidden="true" />
            {item.label.replace('Governorate: ', '')}
          </li>
        ))}
      </ul>
      <div className="table-scroll">
        <table className="data-table map-gov-table" data-testid="governorate-table">
          <caption>
            Events in range per governorate ({formatNumber(counts.total)} in Syria
            {counts.elsewhere > 0
              ? `; ${formatNumber(counts.elsewhere)} abroad or without one`
              : ''}
            )
            {own
              ? `; your events by where their coordinates lie (${formatNumber(own.total)} in Syria${own.elsewhere > 0 ? `; ${formatNumber(own.elsewhere)} outside it` : ''})`
              : ''}
            . Choose a governorate to show only the dashboard’s events there.
          </caption>
          <thead>
            <tr>
              <th scope="col">Governorate</th>
              <th scope="col">{own ? 'Dashboard events in range' : 'Events in range'}</th>
              <th scope="col">Share</th>
              {own ? (
                <>
                  <th scope="col">Your events</th>
                  <th scope="col">Your share</th>
                  <th scope="col">Deaths your file reports</th>
                </>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {shaded.rows.map(({ name }) => {
              const row = counts.rows.find((r) => r.name === name)!;
              const mine = ownRows.get(name);
              return (
                <tr
                  key={name}
                  data-governorate={name}
                  className={selected === name ? 'is-selected' : undefined}
                >
                  <th scope="row">
                    <button
                      type="button"
                      className="link-button"
                      aria-pressed={selected === name}
                      onClick={() => selectGovernorate(selected === name ? null : name)}
                    >
                      {name}
                    </button>
                  </th>
                  <td data-testid="governorate-count">{formatNumber(row.count)}</td>
                  <td>{counts.total > 0 ? formatShare(row.share) : '–'}</td>
                  {own && mine ? (
                    <>
                      <td data-testid="governorate-own-count">{formatNumber(mine.count)}</td>
                      <td>{own.total > 0 ? formatShare(mine.share) : '–'}</td>
                      <td data-testid="governorate-own-deaths">
                        {mine.deaths === null ? '–' : formatNumber(mine.deaths)}
                      </td>
                    </>
                  ) : null}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}

const modeLabels: Record<MapMode, string> = {
  markers: 'Markers',
  governorates: 'Governorates shaded by events',
};

const shadingLabels: Record<ShadingOf, string> = {
  dataset: "The dashboard's events",
  own: 'Your events',
};

/** Chooses how the map shows the events (beside the layer controls). */
export function GovernorateModeControl() {
  const mode = useFiltersStore((s) => s.mapMode);
  const setMapMode = useFiltersStore((s) => s.setMapMode);
  return (
    <RadioFieldset
      legend="Events as"
      name="map-mode"
      options={modeLabels}
      value={mode}
      onChange={setMapMode}
    />
  );
}

/** One choice among a few, as radio buttons in a fieldset with its legend. */
function RadioFieldset<V extends string>({
  legend,
  name,
  options,
  value,
  onChange,
  testId,
}: {
  legend: string;
  name: string;
  options: Record<V, string>;
  value: V;
  onChange: (value: V) => void;
  testId?: string;
}) {
  return (
    <fieldset className="map__layers map__mode" data-testid={testId}>
      <legend className="field__label">{legend}</legend>
      {(Object.keys(options) as V[]).map((option) => (
        <label key={option} className="check">
          <input
            type="radio"
            name={name}
            value={option}
            checked={value === option}
            onChange={() => onChange(option)}
          />
          {options[option]}
        </label>
      ))}
    </fieldset>
  );
}
