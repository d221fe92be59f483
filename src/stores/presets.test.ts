import { describe, expect, it } from 'vitest';
import { buildRangePresets, findActivePreset } from './presets';

describe('buildRangePresets', () => {
  it('anchors the event presets to their dates and runs them to today', () => {
    const presets = buildRangePresets('2026-11-23');
    const byId = Object.fromEntries(presets.map((p) => [p.id, p.range]));
    expect(byId['whole-conflict']).toEqual({ from: '2011-03-15', to: '2026-11-23' });
    expect(byId['since-russian-intervention']).toEqual({ from: '2015-09-30', to: '2026-11-23' });
    expect(byId['since-sochi-memorandum']).toEqual({ from: '2018-09-17', to: '2026-11-23' });
    expect(byId['since-fall-of-assad']).toEqual({ from: '2024-12-08', to: '2026-11-23' });
  });

  it('offers "last 12 months of data" only once the latest data date is known', () => {
    expect(buildRangePresets('2026-11-23').some((p) => p.id === 'last-12-months-of-data')).toBe(
      false,
    );
    const last = buildRangePresets('2026-11-23', '2025-06-30').find(
      (p) => p.id === 'last-12-months-of-data',
    );
    expect(last?.range).toEqual({ from: '2024-07-01', to: '2025-06-30' });
  });

  it('finds the preset matching the current range', () => {
    const presets = buildRangePresets('2026-11-23');
    expect(findActivePreset(presets, { from: '2015-09-30', to: '2026-11-23' })?.id).toBe(
      'since-russian-intervention',
    );
    expect(findActivePreset(presets, { from: '2015-09-30', to: '2026-11-22' })).toBeUndefined();
  });
});
