import { describe, expect, it } from 'vitest';
import { mapLayerIds, type MapLayer } from '@/stores/view-state';
import { mapLegendFor, mapLegendItems } from './map-legend';
import { GOVERNORATE_FILLS, GOVERNORATE_LINE } from './map-style';
import { governorateLegend } from './use-governorates';

const all = new Set<MapLayer>(mapLayerIds);
const labels = (items: readonly { label: string }[]) => items.map((i) => i.label);

describe('the map legend lists what the map draws', () => {
  const everything = {
    layers: all,
    eventMarkers: true,
    holders: new Set(['russia', 'united-states', 'turkey', 'syrian-government']),
    openRoundDrawn: false,
  };

  it('with every layer on and bases of each holder drawn, every item in the shared order', () => {
    expect(labels(mapLegendFor(everything))).toEqual(
      labels(mapLegendItems.filter((i) => i.holder !== 'other')),
    );
  });

  it('leaves out the items of a layer switched off', () => {
    const layers = new Set<MapLayer>(mapLayerIds.filter((l) => l !== 'zones' && l !== 'capitals'));
    const shown = mapLegendFor({ ...everything, layers });
    expect(shown.some((i) => i.layer === 'zones' || i.layer === 'capitals')).toBe(false);
    expect(labels(shown)).toContain('Talks venue (meetings in range)');
  });

  it('leaves out event markers where the governorate view shades instead', () => {
    const shown = mapLegendFor({ ...everything, eventMarkers: false });
    expect(labels(shown).filter((l) => / event|events \(/.test(l))).toEqual([]);
    expect(labels(shown)).toContain('Military base held by Russia');
  });

  it('names only the holders whose bases are drawn, and "other" for a holder without a style', () => {
    const shown = labels(mapLegendFor({ ...everything, holders: new Set(['turkey', 'wagner']) }));
    expect(shown.filter((l) => l.startsWith('Military base'))).toEqual([
      'Military base held by Turkey',
      'Military base, other holder',
    ]);
  });

  it("adds the open round's ring only when its venue is drawn", () => {
    expect(labels(mapLegendFor({ ...everything, openRoundDrawn: true })).at(-1)).toBe(
      "Open round's venue (ringed)",
    );
  });
});

describe('the governorate shading legend', () => {
  it('draws each class as the map shades it: its fill inside the governorate outline', () => {
    const items = governorateLegend([2, 5, 9, 14]);
    expect(items.map((i) => i.symbol)).toEqual(items.map(() => 'swatch'));
    expect(items.map((i) => i.color)).toEqual([...GOVERNORATE_FILLS]);
    expect(items.every((i) => i.outline === GOVERNORATE_LINE)).toBe(true);
  });

  it('says "1 event", not "1 events", for a class of one', () => {
    expect(governorateLegend([1, 3, 5, 9]).map((i) => i.label)).toContain('Governorate: 1 event');
  });
});
