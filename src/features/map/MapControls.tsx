import { richMessage } from '@/i18n/rich';
import { t, type MessageKey } from '@/i18n/t';
import { formatMonth } from '@/lib/format';
import { toggledSubset } from '@/lib/subset';
import { useFiltersStore } from '@/stores/filters';
import { mapLayerIds, type MapLayer } from '@/stores/view-state';
import { GovernorateModeControl } from './GovernorateView';
import { PLAYBACK_SPEEDS, type MonthPlayback } from './use-month-playback';

const layerLabels: Record<MapLayer, MessageKey> = {
  events: 'map.layer.events',
  meetings: 'map.layer.meetings',
  zones: 'map.layer.zones',
  bases: 'map.layer.bases',
  capitals: 'map.layer.capitals',
};

/** The map's controls: its layers, online tiles, markers or governorates, and month playback. */
export function MapControls({
  layers,
  playback,
}: {
  layers: ReadonlySet<MapLayer>;
  playback: MonthPlayback;
}) {
  const setMapLayers = useFiltersStore((s) => s.setMapLayers);
  const onlineTiles = useFiltersStore((s) => s.onlineTiles);
  const setOnlineTiles = useFiltersStore((s) => s.setOnlineTiles);
  const { months, step, month, playing } = playback;
  return (
    <div className="map__controls">
      <fieldset className="map__layers">
        <legend className="field__label">{t('map.layers')}</legend>
        {mapLayerIds.map((layer) => (
          <label key={layer} className="check">
            <input
              type="checkbox"
              checked={layers.has(layer)}
              onChange={() => setMapLayers(toggledSubset(mapLayerIds, layers, layer))}
            />
            {t(layerLabels[layer])}
          </label>
        ))}
        <label className="check">
          <input
            type="checkbox"
            checked={onlineTiles}
            onChange={(e) => setOnlineTiles(e.target.checked)}
          />
          {/* One flex item: the label's gap would otherwise part the name from its brackets. */}
          <span>{richMessage('map.onlineTiles', { osm: <bdi lang="en">OpenStreetMap</bdi> })}</span>
        </label>
      </fieldset>
      <GovernorateModeControl />
      <div className="map__play" role="group" aria-label={t('map.play.group')}>
        <button
          type="button"
          className="button button--small"
          onClick={playback.toggle}
          disabled={months < 2}
        >
          {t(playing ? 'map.play.pause' : step === null ? 'map.play.play' : 'map.play.resume')}
        </button>
        <button
          type="button"
          className="button button--small"
          onClick={playback.stop}
          disabled={step === null}
        >
          {t('map.play.stop')}
        </button>
        <label className="field field--inline">
          <span className="visually-hidden">{t('map.play.speedLabel')}</span>
          <select
            value={playback.speed}
            onChange={(e) => playback.setSpeed(Number(e.target.value))}
          >
            {PLAYBACK_SPEEDS.map((ms) => (
              <option key={ms} value={ms}>
                {t('map.play.speed', { count: ms / 1000 })}
              </option>
            ))}
          </select>
        </label>
        <span className="map__step" aria-live="polite" data-testid="map-step">
          {month ? formatMonth(month.from) : ''}
        </span>
      </div>
    </div>
  );
}
