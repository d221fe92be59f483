import { describe, expect, it } from 'vitest';
import {
  boxContains,
  boxesMeet,
  boxOfRing,
  grownBox,
  polygonsMeeting,
  type LatLngBox,
} from './basemap-area';

const box = (south: number, west: number, north: number, east: number): LatLngBox => ({
  south,
  west,
  north,
  east,
});

describe('the basemap area', () => {
  it('boxes a ring of [lat, lng] points by latitude and longitude, not the other way round', () => {
    // The corners of Syria's north-east, latitudes 35-37 and longitudes 38-42, as a closed list.
    const corners: [number, number][] = [35, 37].flatMap((lat) =>
      [38, 42].map((lng): [number, number] => [lat, lng]),
    );
    const ring = [...corners, corners[0]!];
    expect(boxOfRing(ring)).toEqual(box(35, 38, 37, 42));
  });

  it('finds boxes that meet, touch or hold each other, and not those apart on either axis', () => {
    const syria = box(32.3, 35.7, 37.3, 42.4);
    expect(boxesMeet(syria, box(36, 26, 42, 45))).toBe(true); // Türkiye's box overlaps
    expect(boxesMeet(syria, box(30, 42.4, 31, 50))).toBe(false); // east of it, but further south
    expect(boxesMeet(syria, box(37.3, 30, 40, 36))).toBe(true); // touching edges
    expect(boxesMeet(syria, box(33, 36, 34, 37))).toBe(true); // inside it
    expect(boxesMeet(box(33, 36, 34, 37), syria)).toBe(true); // around it
    expect(boxesMeet(syria, box(45, 36, 50, 40))).toBe(false); // north of it
    expect(boxesMeet(syria, box(33, 10, 35, 20))).toBe(false); // west of it
  });

  it('grows a view by its own size on every side, and stops at the poles', () => {
    expect(grownBox(box(30, 30, 40, 50), 1)).toEqual(box(20, 10, 50, 70));
    expect(grownBox(box(-60, -100, 60, 100), 1)).toEqual(box(-90, -300, 90, 300));
    expect(boxContains(grownBox(box(30, 30, 40, 50), 1), box(30, 30, 40, 50))).toBe(true);
    expect(boxContains(box(30, 30, 40, 50), box(29, 30, 40, 50))).toBe(false);
    expect(boxContains(box(30, 30, 40, 50), box(30, 30, 40, 51))).toBe(false);
  });

  it('keeps, in order, the polygons whose boxes meet the area', () => {
    const cyprus = box(34.6, 32.3, 35.7, 34.6);
    const mainland = box(36, 26, 42, 45);
    const faraway = box(-10, 100, 0, 120);
    expect(polygonsMeeting([faraway, mainland, cyprus], box(30, 30, 40, 50))).toEqual([1, 2]);
    expect(polygonsMeeting([faraway], box(30, 30, 40, 50))).toEqual([]);
  });
});
