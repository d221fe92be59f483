import { describe, expect, it } from 'vitest';
import {
  countByMonth,
  ownColumns,
  ownEventsInRange,
  ownRangePositions,
  ownTotals,
  type OwnEvent,
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

describe('ownEventsInRange', () => {
  it('takes the events with a day in the range, both ends included', () => {
    expect(
      ownEventsInRange(events, { from: '2020-01-01', to: '2020-01-31' }).map((e) => e.row),
    ).toEqual([2, 3, 4]);
    expect(
      ownEventsInRange(events, { from: '2020-01-04', to: '2020-03-15' }).map((e) => e.row),
    ).toEqual([4, 5]);
    expect(ownEventsInRange(events, { from: '2020-04-01', to: '2020-12-31' })).toEqual([]);
  });
});

describe('countByMonth', () => {
  it('counts events and stated deaths by month, with the empty months between', () => {
    expect(countByMonth(events)).toEqual([
      { month: '2019-12', events: 1, deaths: 4 },
      { month: '2020-01', events: 2, deaths: 1 },
      { month: '2020-02', events: 0, deaths: null },
      { month: '2020-03', events: 2, deaths: 7 },
    ]);
    expect(countByMonth([])).toEqual([]);
  });
});

describe('ownTotals', () => {
  it('counts the events with a day in the window, their stated deaths and their kinds', () => {
    const mixed = [...events, event(7, '2020-01-10', 2, undefined, 'Explosions/Remote violence')];
    const sorted = mixed.sort((a, b) => a.date.localeCompare(b.date));
    const january = ownTotals(sorted, { from: '2020-01-01', to: '2020-01-31' });
    // Row 2 starts in December and lasts into January; row 4 states no deaths.
    expect(january.events).toBe(4);
    expect(january.deaths).toBe(4 + 1 + 2);
    expect(Object.fromEntries(january.byType)).toEqual({
      Battles: 3,
      'Explosions/Remote violence': 1,
    });
  });

  it('says no deaths, not zero, when no event of the window states any', () => {
    const february = ownTotals(events, { from: '2020-01-31', to: '2020-02-29' });
    expect(february).toEqual({ events: 1, deaths: null, byType: new Map([['Battles', 1]]) });
    const april = ownTotals(events, { from: '2020-04-01', to: '2020-04-30' });
    expect(april).toEqual({ events: 0, deaths: null, byType: new Map() });
  });
});

describe('ownRangePositions', () => {
  it('gives the positions of the events starting in the range, and of those lasting into it', () => {
    expect(ownRangePositions(events, { from: '2020-01-01', to: '2020-01-31' })).toEqual({
      start: 1,
      end: 3,
      // Row 2 starts on 20 December and lasts to 3 January.
      before: [0],
    });
    expect(ownRangePositions(events, { from: '2020-01-04', to: '2020-03-15' })).toEqual({
      start: 2,
      end: 4,
      before: [],
    });
  });
});

describe('ownColumns', () => {
  it("keeps each event's position, place, deaths (0 for none) and kind", () => {
    const mixed = [
      event(2, '2020-01-01', 3, undefined, 'Riots'),
      event(3, '2020-01-02', null, undefined, 'Battles'),
    ];
    const columns = ownColumns(mixed, ['Battles', 'Riots']);
    expect([...columns.deaths]).toEqual([3, 0]);
    expect([...columns.type]).toEqual([1, 0]);
    expect([...columns.lat]).toEqual([35, 35]);
    expect([...columns.lon]).toEqual([38, 38]);
  });
});
