import { formatMonth } from '@/lib/format';
import { toggledSubset } from '@/lib/subset';
import { useFiltersStore } from '@/stores/filters';
import { mapLayerIds, type MapLayer } from '@/stores/view-state';
import { GovernorateModeControl } from './GovernorateView';
import { PLAYBACK_SPEEDS, type MonthPlayback } from './use-month-playback';

const layerLabels: Record<MapLayer, string> = {
  events: 'Events',
  meetings: 'Talks venues',
  zones: 'De-escalation zones',
  bases: 'Military bases',
  capitals: 'Cities, towns and crossings',
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
  const { steps, step, playing } = playback;
  return (
    <div className="map__controls">
      <fieldset className="map__layers">
        <legend className="field__label">Layers</legend>
        {mapLayerIds.map((layer) => (
          <label key={layer} className="check">
            <input
              type="checkbox"
              checked={layers.has(layer)}
              onChange={() => setMapLayers(toggledSubset(mapLayerIds, layers, layer))}
            />
            {layerLabels[layer]}
          </label>
        ))}
        <label className="check">
          <input
            type="checkbox"
            checked={onlineTiles}
            onChange={(e) => setOnlineTiles(e.target.checked)}
          />
          Online map tiles (OpenStreetMap; needs internet)
        </label>
      </fieldset>
      <GovernorateModeControl />
      <div className="map__play" role="group" aria-label="Play the range month by month">
        <button
          type="button"
          className="button button--small"
          onClick={playback.toggle}
          disabled={steps.length < 2}
        >
          {playing ? 'Pause' : step === null ? 'Play by month' : 'Resume'}
        </button>
        <button
          type="button"
          className="button button--small"
          onClick={playback.stop}
          disabled={step === null}
        >
          Stop
        </button>
        <label className="field field--inline">
          <span className="visually-hidden">Speed</span>
          <select
            value={playback.speed}
            onChange={(e) => playback.setSpeed(Number(e.target.value))}
          >
            {PLAYBACK_SPEEDS.map((s) => (
              <option key={s.ms} value={s.ms}>
                {s.label}
              </option>
            ))}
          </select>
        </label>
        <span className="map__step" aria-live="polite" data-testid="map-step">
          {step !== null && steps[step] ? formatMonth(steps[step].from) : ''}
        </span>
      </div>
    </div>
  );
}
