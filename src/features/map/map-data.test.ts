import { describe, expect, it } from 'vitest';
import type { ConflictEvent } from '@/data/schemas/events';
import type { Place } from '@/data/schemas/places';
import { eventsByPlace, indexById } from '@/data/selectors';
import { fixtureDataset } from '@/test/fixture-dataset';
import {
  countryRings,
  placePoints,
  monthCount,
  monthStep,
  unwrapRing,
  venuesOf,
  zonesInRange,
} from './map-data';

const data = fixtureDataset();
const places = indexById(data.places.places);

describe('placePoints (clustering input)', () => {
  const all = { from: '1900-01-01', to: '2100-12-31' };
  const pointsOf = (events: ConflictEvent[]) => {
    const byPlace = eventsByPlace(events);
    return placePoints(
      byPlace.counts(all),
      places,
      (id) => byPlace.recordsOf(id, all)[0]?.category,
    );
  };
  it('puts one [lon, lat] point per place, counting its events', () => {
    const { points, unplaced } = pointsOf(data.events.events);
    expect(unplaced).toBe(0);
    expect(points).toEqual([
      {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [36.2, 35.1] },
        properties: { placeId: 'city-p', count: 2 },
      },
    ]);
  });
  it('keeps the category of a place with a single event, for its colour', () => {
    const { points } = pointsOf(data.events.events.slice(0, 1));
    expect(points[0]?.properties).toEqual({ placeId: 'city-p', count: 1, category: 'military' });
  });
  it('leaves out and counts events whose place is unknown', () => {
    const events = [{ ...data.events.events[0]!, placeId: 'nowhere' }];
    expect(pointsOf(events)).toEqual({ points: [], unplaced: 1 });
  });
});

describe('zonesInRange', () => {
  const zone = (id: string, validFrom?: string, validTo?: string): Place => ({
    id,
    name: id,
    nameAr: 'منطقة',
    aliases: [],
    lat: 35,
    lon: 36,
    kind: 'zone',
    country: 'SY',
    area: {
      rings: [
        [
          [36, 35],
          [37, 35],
          [37, 36],
          [36, 35],
        ],
      ],
      approximate: true,
    },
    validFrom,
    validTo,
    sources: ['s'],
  });
  const zones = [
    zone('ghouta', '2017-05-04', '2018-04-14'),
    zone('idlib', '2017-05-04', '2024-12-08'),
    zone('open'),
  ];
  it('shows a zone only in ranges that overlap the time it existed', () => {
    expect(zonesInRange(zones, { from: '2016-01-01', to: '2017-05-03' }).map((z) => z.id)).toEqual([
      'open',
    ]);
    expect(zonesInRange(zones, { from: '2018-04-14', to: '2018-12-31' }).map((z) => z.id)).toEqual([
      'ghouta',
      'idlib',
      'open',
    ]);
    expect(zonesInRange(zones, { from: '2018-04-15', to: '2025-01-01' }).map((z) => z.id)).toEqual([
      'idlib',
      'open',
    ]);
  });
  it('ignores places that are not zones with an outline', () => {
    expect(zonesInRange(data.places.places, { from: '2011-01-01', to: '2030-01-01' })).toEqual([]);
  });
});

describe('venuesOf', () => {
  it('groups the meetings by venue, busiest first', () => {
    expect(
      venuesOf(data.meetings.meetings, places).map((v) => [v.place.id, v.meetings.length]),
    ).toEqual([['venue-q', 4]]);
  });
});

describe('monthCount and monthStep', () => {
  const steps = (range: { from: string; to: string }) =>
    Array.from({ length: monthCount(range) }, (_, i) => monthStep(range, i));
  it('step through the calendar months of the range, clipped to it', () => {
    expect(steps({ from: '2019-11-15', to: '2020-02-10' })).toEqual([
      { from: '2019-11-15', to: '2019-11-30' },
      { from: '2019-12-01', to: '2019-12-31' },
      { from: '2020-01-01', to: '2020-01-31' },
      { from: '2020-02-01', to: '2020-02-10' },
    ]);
    expect(steps({ from: '2020-02-01', to: '2020-02-29' })).toEqual([
      { from: '2020-02-01', to: '2020-02-29' },
    ]);
    expect(steps({ from: '2015-12-31', to: '2016-01-01' })).toEqual([
      { from: '2015-12-31', to: '2015-12-31' },
      { from: '2016-01-01', to: '2016-01-01' },
    ]);
  });
  it('count every month of a long range, and no month outside it', () => {
    const range = { from: '2011-03-15', to: '2026-01-18' };
    expect(monthCount(range)).toBe(179);
    expect(monthStep(range, 178)).toEqual({ from: '2026-01-01', to: '2026-01-18' });
    expect(monthStep(range, 10)).toEqual({ from: '2012-01-01', to: '2012-01-31' });
    expect(monthStep(range, 179)).toBeUndefined();
    expect(monthStep(range, -1)).toBeUndefined();
    expect(monthCount({ from: '2020-05-01', to: '2020-04-30' })).toBe(0);
  });
});

describe('antimeridian', () => {
  it('unwraps a ring that crosses 180°', () => {
    expect(
      unwrapRing([
        [179, 65],
        [-179, 66],
        [-178, 64],
        [179, 65],
      ]),
    ).toEqual([
      [179, 65],
      [181, 66],
      [182, 64],
      [179, 65],
    ]);
  });
  it('returns [lat, lng] rings for Leaflet', () => {
    expect(
      countryRings({
        type: 'Polygon',
        coordinates: [
          [
            [36, 35],
            [37, 35],
            [37, 36],
            [36, 35],
          ],
        ],
      }),
    ).toEqual([
      [
        [
          [35, 36],
          [35, 37],
          [36, 37],
          [35, 36],
        ],
      ],
    ]);
  });
});
