import { describe, expect, it } from 'vitest';
import {
  kindsByCount,
  ownEventTable,
  rowsInsideSyria,
  selectRows,
  type OwnEvent,
} from './own-event-table';
import { eventOfTexts, ownEventTexts, selectTexts } from './own-event-text';
import {
  buildActorIndex,
  countByMonth,
  eachPosition,
  ownRangePositions,
  ownSummary,
  ownTotals,
} from './own-events';

const event = (
  row: number,
  date: string,
  deaths: number | null,
  endDate?: string,
  type = 'Battles',
): OwnEvent => ({
  row,
  id: `e${row}`,
  date,
  ...(endDate ? { endDate } : {}),
  lat: 35,
  lon: 38,
  type,
  deaths,
  outsideSyria: false,
});

const events = [
  event(2, '2019-12-20', 4, '2020-01-03'),
  event(3, '2020-01-01', 1),
  event(4, '2020-01-31', null),
  event(5, '2020-03-15', 7),
  event(6, '2020-03-31', 0),
];
const table = ownEventTable(events);
const layerOf = (list: OwnEvent[]) => ({ table: ownEventTable(list), types: kindsByCount(list) });

const texts = ownEventTexts(events);

/** The rows of the events with a day in the range, as the positions give them. */
const rowsIn = (range: { from: string; to: string }) => {
  const rows: number[] = [];
  eachPosition(ownRangePositions(table, range), (i) => rows.push(eventOfTexts(texts, i).row));
  return rows;
};

describe('ownRangePositions', () => {
  it('takes the events with a day in the range, both ends included', () => {
    expect(rowsIn({ from: '2020-01-01', to: '2020-01-31' })).toEqual([2, 3, 4]);
    expect(rowsIn({ from: '2020-01-04', to: '2020-03-15' })).toEqual([4, 5]);
    expect(rowsIn({ from: '2020-04-01', to: '2020-12-31' })).toEqual([]);
  });
  it('gives the positions of the events starting in the range, and of those lasting into it', () => {
    expect(ownRangePositions(table, { from: '2020-01-01', to: '2020-01-31' })).toEqual({
      start: 1,
      end: 3,
      // Row 2 starts on 20 December and lasts to 3 January.
      before: [0],
    });
    expect(ownRangePositions(table, { from: '2020-01-04', to: '2020-03-15' })).toEqual({
      start: 2,
      end: 4,
      before: [],
    });
  });
});

describe('countByMonth', () => {
  it('counts events and stated deaths by month, with the empty months between', () => {
    expect(countByMonth(table)).toEqual([
      { month: '2019-12', events: 1, deaths: 4 },
      { month: '2020-01', events: 2, deaths: 1 },
      { month: '2020-02', events: 0, deaths: null },
      { month: '2020-03', events: 2, deaths: 7 },
    ]);
    expect(countByMonth(ownEventTable([]))).toEqual([]);
  });
});

describe('ownTotals', () => {
  it('counts the events with a day in the window, their stated deaths and their kinds', () => {
    const mixed = [...events, event(7, '2020-01-10', 2, undefined, 'Explosions/Remote violence')];
    const sorted = mixed.sort((a, b) => a.date.localeCompare(b.date));
    const january = ownTotals(layerOf(sorted), { from: '2020-01-01', to: '2020-01-31' });
    // Row 2 starts in December and lasts into January; row 4 states no deaths.
    expect(january.events).toBe(4);
    expect(january.deaths).toBe(4 + 1 + 2);
    expect(Object.fromEntries(january.byType)).toEqual({
      Battles: 3,
      'Explosions/Remote violence': 1,
    });
  });

  it('says no deaths, not zero, when no event of the window states any', () => {
    const february = ownTotals(layerOf(events), { from: '2020-01-31', to: '2020-02-29' });
    expect(february).toEqual({ events: 1, deaths: null, byType: new Map([['Battles', 1]]) });
    const april = ownTotals(layerOf(events), { from: '2020-04-01', to: '2020-04-30' });
    expect(april).toEqual({ events: 0, deaths: null, byType: new Map() });
  });
});

describe('ownEventTable', () => {
  const mixed = [
    event(2, '2020-01-01', 3, undefined, 'Riots'),
    { ...event(3, '2020-01-02', null, '2020-01-05', 'Battles'), actor1: 'A', actor2: 'B' },
    { ...event(4, '2020-01-02', 1), actor1: 'B', actor2: 'B', outsideSyria: true, notes: 'ş “q”' },
  ];
  const t = ownEventTable(mixed, ['Battles', 'Riots']);
  it("keeps each event's days, place, deaths (NaN for none), kind, side and actors", () => {
    expect([...t.day]).toEqual([18262, 18263, 18263]);
    expect([...t.lastDay]).toEqual([18262, 18266, 18263]);
    expect([...t.deaths]).toEqual([3, NaN, 1]);
    expect([...t.type]).toEqual([1, 0, 0]);
    expect([...t.lat]).toEqual([35, 35, 35]);
    expect([...t.lon]).toEqual([38, 38, 38]);
    expect([...t.outside]).toEqual([0, 0, 1]);
    expect(t.actors).toEqual(['A', 'B']);
    expect([...t.actor1]).toEqual([-1, 0, 1]);
    expect([...t.actor2]).toEqual([-1, 1, 1]);
  });
  it('gives each event back whole, whatever its characters', () => {
    const text = ownEventTexts(mixed);
    expect([0, 1, 2].map((i) => eventOfTexts(text, i))).toEqual(mixed);
  });
  it('drops the events outside Syria, keeping the others whole and in order', () => {
    const rows = rowsInsideSyria(t);
    const inside = selectRows(t, rows);
    const text = selectTexts(ownEventTexts(mixed), rows);
    expect(inside.length).toBe(2);
    expect([0, 1].map((i) => eventOfTexts(text, i))).toEqual(mixed.slice(0, 2));
    expect([...inside.deaths]).toEqual([3, NaN]);
    expect([...inside.day]).toEqual([18262, 18263]);
  });
  it('indexes each actor once per event, with running totals of stated deaths', () => {
    const index = buildActorIndex(t);
    expect(index.names).toEqual(['A', 'B']);
    expect([...index.offsets]).toEqual([0, 1, 3]);
    expect([...index.positions]).toEqual([1, 1, 2]);
    // B: event 1 states none, event 2 states 1.
    expect([...index.deaths.slice(2, 5)]).toEqual([0, 0, 1]);
    expect([...index.stated.slice(2, 5)]).toEqual([0, 0, 1]);
    expect(ownSummary(t).last).toBe('2020-01-05');
  });
});
