import { describe, expect, it } from 'vitest';
import { ownEventIndex, ownMarksAt, type ClusterColumns } from './own-event-marks';

/** Columns of events at (lon, lat) with deaths (NaN: not stated) and kinds. */
const columnsOf = (events: [number, number, number, number][]): ClusterColumns => ({
  lon: Float64Array.from(events.map((e) => e[0])),
  lat: Float64Array.from(events.map((e) => e[1])),
  deaths: Float64Array.from(events.map((e) => e[2])),
  type: Uint16Array.from(events.map((e) => e[3])),
});

const all = (n: number) => ({ start: 0, end: n, before: [] });

describe('ownEventIndex', () => {
  const columns = columnsOf([
    [37.1343, 36.2021, 3, 0], // Aleppo
    [37.1343, 36.2021, NaN, 1], // Aleppo, deaths not stated
    [37.1343, 36.2021, 4, 1], // Aleppo
    [36.6339, 35.9306, 2, 0], // Idlib, alone
    [39.0079, 35.9528, 1, 2], // Raqqa, alone
  ]);

  it('makes the events at one place one mark at any zoom, with their count, deaths and kinds', () => {
    const marks = ownMarksAt(ownEventIndex(columns, all(5)), 16);
    const aleppo = marks.find((m) => Math.abs(m.lng - 37.1343) < 1e-4)!;
    expect(aleppo).toMatchObject({
      count: 3,
      deaths: 7,
      index: -1,
      key: 'at:0',
      expansionZoom: 16,
    });
    expect(aleppo.kinds.slice(0, 3)).toEqual([1, 2, 0]);
    const idlib = marks.find((m) => Math.abs(m.lng - 36.6339) < 1e-4)!;
    expect(idlib).toMatchObject({ count: 1, deaths: 2, index: 3, key: 'at:3' });
    expect(marks.reduce((n, m) => n + m.count, 0)).toBe(5);
  });

  it('clusters places close at a low zoom, summing what they hold; the zoom that splits them', () => {
    const marks = ownMarksAt(ownEventIndex(columns, all(5)), 3);
    expect(marks.reduce((n, m) => n + m.count, 0)).toBe(5);
    expect(marks.reduce((n, m) => n + m.deaths, 0)).toBe(10);
    const cluster = marks.find((m) => m.key.startsWith('cluster:'))!;
    expect(cluster.count).toBeGreaterThan(3);
    expect(cluster.expansionZoom).toBeGreaterThan(3);
  });

  it('draws only the window asked for', () => {
    const marks = ownMarksAt(ownEventIndex(columns, { start: 3, end: 5, before: [1] }), 16);
    expect(marks.map((m) => [m.key, m.count, m.index]).sort()).toEqual([
      ['at:1', 1, 1],
      ['at:3', 1, 3],
      ['at:4', 1, 4],
    ]);
  });
});
