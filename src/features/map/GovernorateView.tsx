import { governorateLabels } from '@/data/labels';
import { useEffect } from 'react';
import { Pane, Polygon, Tooltip, useMap } from 'react-leaflet';
import { t, type MessageKey } from '@/i18n/t';
import { formatNumber } from '@/lib/format';
import { useFiltersStore } from '@/stores/filters';
import type { MapMode } from '@/stores/view-state';
import { governoratesAttribution, governorateSlug, type Governorate } from './governorates';
import { GOVERNORATE_FILLS, GOVERNORATE_LINE } from './map-style';
import {
  countedEvents,
  formatShare,
  governorateClassLabels,
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
    // Leaflet's credits are HTML: the dataset's Latin name is marked as such.
    const attribution = governoratesAttribution('<span lang="en">geoBoundaries SYR ADM1</span>');
    control?.addAttribution(attribution);
    return () => void control?.removeAttribution(attribution);
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
                {t('map.gov.tooltip', {
                  governorate: governorateLabels[g.name],
                  counted: countedEvents(row?.count ?? 0, of),
                })}
                {row && counts.total > 0 ? ` (${formatShare(row.share)})` : ''}
                {isSelected ? ` · ${t('map.gov.selected')}` : ''}
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
  const legend = governorateClassLabels(shaded.breaks, of);
  const ownRows = new Map(own?.rows.map((r) => [r.name, r]));
  return (
    <section className="map-gov-panel" aria-label={t('map.gov.panelLabel')}>
      {error ? (
        <p className="state state--error" role="alert">
          {error.message}
        </p>
      ) : null}
      {own ? (
        <RadioFieldset
          legend={t('map.gov.shadeBy')}
          name="governorate-shading"
          options={shadingLabels}
          value={of}
          onChange={(governorateShading) => setView({ governorateShading })}
          testId="governorate-shading"
        />
      ) : null}
      <ul
        className="map-gov-legend"
        aria-label={t(of === 'own' ? 'map.gov.legendLabelOwn' : 'map.gov.legendLabel')}
      >
        {legend.map((label, i) => (
          <li key={label} data-testid="governorate-class">
            <span className={`map-gov-swatch map-gov-swatch--c${i}`} aria-hidden="true" />
            {label}
          </li>
        ))}
      </ul>
      <div className="table-scroll">
        <table className="data-table map-gov-table" data-testid="governorate-table">
          <caption>
            {own
              ? t('map.gov.captionWithOwn', {
                  counts: inSyria(counts, 'map.gov.inSyriaAbroad'),
                  ownCounts: inSyria(own, 'map.gov.inSyriaOutside'),
                })
              : t('map.gov.caption', { counts: inSyria(counts, 'map.gov.inSyriaAbroad') })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('map.gov.colGovernorate')}</th>
              <th scope="col">{t(own ? 'map.gov.colDashboardEvents' : 'map.gov.colEvents')}</th>
              <th scope="col">{t('map.gov.colShare')}</th>
              {own ? (
                <>
                  <th scope="col">{t('map.gov.colOwnEvents')}</th>
                  <th scope="col">{t('map.gov.colOwnShare')}</th>
                  <th scope="col">{t('map.gov.colOwnDeaths')}</th>
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
                      {governorateLabels[name]}
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

/** "350 in Syria", and how many are elsewhere ("; 2 abroad or without one") when any are. */
function inSyria(
  counted: { total: number; elsewhere: number },
  elsewhere: 'map.gov.inSyriaAbroad' | 'map.gov.inSyriaOutside',
): string {
  return counted.elsewhere > 0
    ? t(elsewhere, { total: counted.total, elsewhere: counted.elsewhere })
    : t('map.gov.inSyria', { total: counted.total });
}

const modeLabels: Record<MapMode, MessageKey> = {
  markers: 'map.mode.markers',
  governorates: 'map.mode.governorates',
};

const shadingLabels: Record<ShadingOf, MessageKey> = {
  dataset: 'map.gov.shadeDataset',
  own: 'map.gov.shadeOwn',
};

/** Chooses how the map shows the events (beside the layer controls). */
export function GovernorateModeControl() {
  const mode = useFiltersStore((s) => s.mapMode);
  const setMapMode = useFiltersStore((s) => s.setMapMode);
  return (
    <RadioFieldset
      legend={t('map.mode.legend')}
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
  /** Each option's label, as a message. */
  options: Record<V, MessageKey>;
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
          {t(options[option])}
        </label>
      ))}
    </fieldset>
  );
}
