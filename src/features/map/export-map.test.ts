import type { Map as LeafletMap } from 'leaflet';
import { describe, expect, it } from 'vitest';
import { buildMapSvg, type MapMarks } from './export-map';
import { GOVERNORATE_FILLS } from './map-style';

/** A map stand-in: 1 degree = 10 px, north up, origin at 30°N 30°E. */
const map = {
  getSize: () => ({ x: 200, y: 200 }),
  latLngToContainerPoint: ([lat, lng]: [number, number]) => ({
    x: (lng - 30) * 10,
    y: (50 - lat) * 10,
  }),
  getBounds: () => ({
    pad: () => ({ getSouth: () => 30, getNorth: () => 50, getWest: () => 30, getEast: () => 50 }),
  }),
} as unknown as LeafletMap;

const empty: MapMarks = {
  countries: [],
  zones: [],
  capitals: [],
  towns: [],
  crossings: [],
  labels: [],
  events: [],
  venues: [],
  openRoundVenueId: null,
  bases: [],
};

describe('the map export draws the governorate view', () => {
  it('shades each governorate with its class fill, where the map projects it', () => {
    const square: [number, number][] = [
      [40, 35],
      [40, 36],
      [39, 36],
      [39, 35],
      [40, 35],
    ];
    const svg = buildMapSvg(map, {
      ...empty,
      governorates: [
        { polygons: [[square]], fillClass: 3 },
        {
          polygons: [[square.map(([lat, lng]) => [lat - 2, lng] as [number, number])]],
          fillClass: 0,
        },
      ],
    });
    const paths = [...svg.querySelectorAll('path[data-governorate-class]')];
    expect(paths.map((p) => p.getAttribute('fill'))).toEqual([GOVERNORATE_FILLS[3], 'none']);
    expect(paths[0]!.getAttribute('d')).toBe(
      'M50.0,100.0L60.0,100.0L60.0,110.0L50.0,110.0L50.0,100.0Z',
    );
  });
  it('draws none outside the governorate view', () => {
    expect(buildMapSvg(map, empty).querySelectorAll('path[data-governorate-class]')).toHaveLength(
      0,
    );
  });
});
