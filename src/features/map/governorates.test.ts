import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { ownEventTable } from '@/data/own-event-table';
import type { ConflictEvent } from '@/data/schemas/events';
import { pointPlaceKinds, syrianGovernorates, type Place } from '@/data/schemas/places';
import { indexById } from '@/data/selectors';
import { readBundledDataset } from '../../../scripts/bundled-dataset';
import {
  classBreaks,
  classLabels,
  classOf,
  countByGovernorate,
  countOwnByGovernorate,
  GOVERNORATES_FILE,
  governorateAt,
  governoratesOf,
  governorateSlug,
  nearestGovernorate,
} from './governorates';

const topology = JSON.parse(
  readFileSync(join('public', 'data', GOVERNORATES_FILE), 'utf8'),
) as Topology;
const governorates = governoratesOf(topology);

describe('the bundled governorate boundaries', () => {
  it('hold the 14 governorates, each once, spelled as the places spell them', () => {
    expect(governorates.map((g) => g.name).sort()).toEqual([...syrianGovernorates].sort());
  });

  it('close every ring', () => {
    for (const g of governorates) {
      for (const polygon of g.rings) {
        for (const ring of polygon) expect(ring[0]).toEqual(ring[ring.length - 1]);
      }
    }
  });

  it('put the governorate capitals in their governorates', () => {
    expect(governorateAt(governorates, 36.2765, 33.5138)).toBe('Damascus');
    expect(governorateAt(governorates, 37.1612, 36.2021)).toBe('Aleppo');
    expect(governorateAt(governorates, 36.6339, 35.9306)).toBe('Idleb');
    // Beirut is not in Syria.
    expect(governorateAt(governorates, 35.5018, 33.8938)).toBeUndefined();
    // Rural Damascus surrounds Damascus: its hole is Damascus, not Rural Damascus.
    expect(governorateAt(governorates, 36.3, 33.51)).toBe('Damascus');
  });
});

describe('every Syrian point place', () => {
  const places = readBundledDataset().places.places;
  const points = places.filter(
    (p) => p.country === 'SY' && (pointPlaceKinds as readonly string[]).includes(p.kind),
  );
  it('exists (the check is not empty)', () => {
    expect(points.length).toBeGreaterThan(20);
  });
  it('names the governorate whose polygon holds its coordinates', () => {
    // A place on the coast or on the Turkish border (Tartus, Baniyas, Tell Abyad, Ras al-Ayn,
    // Bab al-Salama) can fall just outside the simplified outline: it must then lie within
    // 2 km of its own governorate, nearer to it than to any other.
    const disagreements = points.flatMap((p) => {
      const found = nearestGovernorate(governorates, p.lon, p.lat);
      return found !== undefined && found.name === p.governorate && found.km <= 2
        ? []
        : [`${p.id}: says ${p.governorate}, lies in ${found?.name} (${found?.km.toFixed(1)} km)`];
    });
    expect(disagreements).toEqual([]);
  });
  it('lies inside the outline, but for the few on the coast or the border', () => {
    // Today: Bab al-Salama, Baniyas, Ras al-Ayn, Tartus, Tell Abyad.
    const outside = points.filter((p) => governorateAt(governorates, p.lon, p.lat) === undefined);
    expect(outside.length).toBeLessThanOrEqual(Math.ceil(points.length / 10));
  });
});

const place = (id: string, governorate?: Place['governorate']): Place => ({
  id,
  name: id,
  nameAr: 'مكان',
  aliases: [],
  lat: 35,
  lon: 37,
  kind: 'town',
  country: governorate ? 'SY' : 'TR',
  ...(governorate ? { governorate } : {}),
  sources: ['s'],
});
const event = (id: string, placeId: string) => ({ id, placeId }) as unknown as ConflictEvent;

describe('countByGovernorate', () => {
  const places = indexById([
    place('idlib', 'Idleb'),
    place('saraqib', 'Idleb'),
    place('aleppo', 'Aleppo'),
    place('ankara'),
  ]);
  it('counts each event once, in its place’s governorate; abroad apart', () => {
    const { rows, total, elsewhere } = countByGovernorate(
      [
        event('a', 'idlib'),
        event('b', 'saraqib'),
        event('c', 'aleppo'),
        event('d', 'ankara'),
        event('e', 'nowhere'),
      ],
      places,
    );
    expect(total).toBe(3);
    expect(elsewhere).toBe(2);
    expect(rows).toHaveLength(14);
    expect(rows[0]).toEqual({ name: 'Idleb', count: 2, share: 2 / 3 });
    expect(rows[1]).toEqual({ name: 'Aleppo', count: 1, share: 1 / 3 });
    expect(rows.slice(2).every((r) => r.count === 0 && r.share === 0)).toBe(true);
  });
});

describe('class breaks', () => {
  it('splits the non-zero counts by quantiles, ending at the largest', () => {
    expect(classBreaks([0, 1, 2, 3, 4, 5, 6, 7, 8])).toEqual([2, 4, 6, 8]);
    expect(classBreaks([0, 0, 40, 1, 3])).toEqual([1, 3, 40]);
    expect(classBreaks([5, 5, 5])).toEqual([5]);
    expect(classBreaks([0, 0])).toEqual([]);
  });
  it('puts zero in class 0 and each count in the first class that holds it', () => {
    const breaks = [2, 4, 6, 8];
    expect([0, 1, 2, 3, 8].map((n) => classOf(n, breaks))).toEqual([0, 1, 1, 2, 4]);
  });
  it('labels the classes by their ranges', () => {
    expect(classLabels([1, 3, 40])).toEqual(['No events', '1', '2–3', '4–40']);
  });
  it('slugs names for class names', () => {
    expect(governorateSlug("Dar'a")).toBe('dar-a');
    expect(governorateSlug('Rural Damascus')).toBe('rural-damascus');
  });
});

describe('countOwnByGovernorate', () => {
  const own = (lon: number, lat: number, deaths: number | null, outsideSyria = false) => ({
    row: 2,
    id: `${lon},${lat}`,
    date: '2020-01-01',
    lat,
    lon,
    type: 'Battles',
    deaths,
    outsideSyria,
  });
  it('counts events by the governorate their coordinates lie in, with their deaths', () => {
    const table = ownEventTable([
      own(36.2765, 33.5138, 3), // Damascus
      own(36.3, 33.51, null), // Damascus, inside Rural Damascus's hole
      own(36.6339, 35.9306, 10), // Idlib city
      own(36.6339, 35.9306, 0),
      own(35.8663, 34.889, 1), // Tartus port: just off the simplified coast
      own(35.5018, 33.8938, 7, true), // Beirut: the file says outside Syria
      own(30, 30, 2), // in no governorate
    ]);
    const counted = countOwnByGovernorate(
      table,
      { start: 0, end: table.length, before: [] },
      governorates,
    );
    const row = (name: string) => counted.rows.find((r) => r.name === name);
    expect(row('Damascus')).toMatchObject({ count: 2, deaths: 3 });
    expect(row('Idleb')).toMatchObject({ count: 2, deaths: 10 });
    expect(row('Tartous')).toMatchObject({ count: 1, deaths: 1 });
    expect(row('Aleppo')).toMatchObject({ count: 0, deaths: null, share: 0 });
    expect(counted.total).toBe(5);
    expect(counted.elsewhere).toBe(2);
    expect(counted.rows[0]!.share).toBeCloseTo(2 / 5);
  });
});
