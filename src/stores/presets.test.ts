import { describe, expect, it } from 'vitest';
import type { Meeting } from '@/data/schemas/meetings';
import { buildProcessPresets, buildRangePresets, findActivePreset } from './presets';

describe('buildRangePresets', () => {
  const defaults = { from: '2011-03-15', to: '2026-11-23' };
  it('anchors the event presets to their dates and runs them to the end of the default range', () => {
    const presets = buildRangePresets(defaults);
    const byId = Object.fromEntries(presets.map((p) => [p.id, p.range]));
    expect(byId['whole-conflict']).toEqual({ from: '2011-03-15', to: '2026-11-23' });
    expect(byId['since-russian-intervention']).toEqual({ from: '2015-09-30', to: '2026-11-23' });
    expect(byId['since-sochi-memorandum']).toEqual({ from: '2018-09-17', to: '2026-11-23' });
    expect(byId['since-fall-of-assad']).toEqual({ from: '2024-12-08', to: '2026-11-23' });
  });

  it('offers "last 12 months of data", ending at the as-of date, once that is known', () => {
    expect(buildRangePresets(defaults).some((p) => p.id === 'last-12-months-of-data')).toBe(false);
    const last = buildRangePresets(defaults, '2025-06-30').find(
      (p) => p.id === 'last-12-months-of-data',
    );
    expect(last?.range).toEqual({ from: '2024-07-01', to: '2025-06-30' });
  });

  it('finds the preset matching the current range', () => {
    const presets = buildRangePresets(defaults);
    expect(findActivePreset(presets, { from: '2015-09-30', to: '2026-11-23' })?.id).toBe(
      'since-russian-intervention',
    );
    expect(findActivePreset(presets, { from: '2015-09-30', to: '2026-11-22' })).toBeUndefined();
  });
});

describe('buildProcessPresets', () => {
  const meeting = (
    id: string,
    track: Meeting['track'],
    round: number | null,
    start: string,
    end = start,
    status: Meeting['status'] = 'held',
  ): Meeting => ({
    id,
    track,
    kind: track === 'constitutional-committee' ? 'session' : 'round',
    round,
    title: id,
    titleAr: 'اجتماع',
    start,
    end,
    placeId: 'p',
    status,
    participants: [],
    outcome: 'o',
    sources: ['s'],
  });

  it('spans the numbered rounds of each process, from the data', () => {
    const presets = buildProcessPresets([
      meeting('a1', 'astana', 1, '2017-01-23', '2017-01-24'),
      meeting('a22', 'astana', 22, '2024-11-11', '2024-11-12'),
      meeting('a-summit', 'astana', null, '2025-01-01'),
      meeting('cc1', 'constitutional-committee', 1, '2019-10-30', '2019-11-01'),
      meeting('cc8', 'constitutional-committee', 8, '2022-05-30', '2022-06-03'),
      meeting('cc9', 'constitutional-committee', 9, '2022-07-25', '2022-07-29', 'cancelled'),
      meeting('g3', 'geneva', 3, '2016-04-13', '2016-04-27'),
      meeting('g4', 'geneva', 4, '2017-02-23', '2017-03-03'),
      meeting('g8', 'geneva', 8, '2017-11-28', '2017-12-14'),
    ]);
    expect(presets.map((p) => [p.label, p.range.from, p.range.to])).toEqual([
      ['Astana 1–22', '2017-01-23', '2024-11-12'],
      ['Constitutional Committee sessions', '2019-10-30', '2022-06-03'],
      ['Geneva IV–VIII', '2017-02-23', '2017-12-14'],
    ]);
  });

  it('offers nothing for a process without rounds', () => {
    expect(buildProcessPresets([])).toEqual([]);
  });
});
