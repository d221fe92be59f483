import { describe, expect, it } from 'vitest';
import type { StatisticSeries } from '@/data/schemas/statistics';
import {
  adjacentPeriod,
  change,
  figureFor,
  monthlyFigures,
  paceSteps,
  periodPace,
} from './compare-periods';

const series = (kind: StatisticSeries['kind'], points: StatisticSeries['points']) =>
  ({ id: 's', kind, points, sources: ['s-source'] }) as unknown as StatisticSeries;

describe('adjacentPeriod', () => {
  it('gives the same number of days just before or just after, across a leap day', () => {
    const a = { from: '2017-01-23', to: '2017-12-22' };
    expect(adjacentPeriod(a, 'before')).toEqual({ from: '2016-02-24', to: '2017-01-22' });
    expect(adjacentPeriod(a, 'after')).toEqual({ from: '2017-12-23', to: '2018-11-21' });
    expect(adjacentPeriod({ from: '2024-12-08', to: '2024-12-08' }, 'before')).toEqual({
      from: '2024-12-07',
      to: '2024-12-07',
    });
  });
});

describe('change', () => {
  it('is B − A, and its share of A unless A is 0', () => {
    expect(change({ a: 8, b: 12 })).toEqual({ difference: 4, share: 0.5 });
    expect(change({ a: 5, b: 0 })).toEqual({ difference: -5, share: -1 });
    expect(change({ a: 0, b: 6 })).toEqual({ difference: 6, share: null });
  });
});

describe('figureFor', () => {
  const annual = series('annual-total', [
    { date: '2017-12-31', start: '2017-01-01', value: 33_425, sources: ['y2017'] },
    { date: '2018-12-31', start: '2018-01-01', value: 19_666, sources: ['y2018'] },
  ]);
  it('takes an annual total for the latest year that meets the period, and none for a year without one', () => {
    expect(figureFor(annual, { from: '2017-06-01', to: '2018-02-01' })).toEqual({
      value: 19_666,
      date: '2018-12-31',
      start: '2018-01-01',
      sources: ['y2018'],
    });
    expect(figureFor(annual, { from: '2017-06-01', to: '2019-03-01' })?.value).toBe(19_666);
    expect(figureFor(annual, { from: '2020-01-01', to: '2020-12-31' })).toBeNull();
  });
  it('takes a snapshot only when it is dated inside the period, with the series sources by default', () => {
    const snapshots = series('snapshot', [
      { date: '2018-06-30', value: 976_065 },
      { date: '2019-01-31', value: 950_000, sources: ['jan'] },
    ]);
    expect(figureFor(snapshots, { from: '2018-01-01', to: '2018-12-31' })).toEqual({
      value: 976_065,
      date: '2018-06-30',
      sources: ['s-source'],
    });
    expect(figureFor(snapshots, { from: '2018-07-01', to: '2018-12-31' })).toBeNull();
  });
});

describe('paceSteps', () => {
  it('gives the count on day 0, on each day it changes and on the last day', () => {
    expect(paceSteps([0, 3, 3, 9], 30)).toEqual([
      { day: 0, count: 1 },
      { day: 3, count: 3 },
      { day: 9, count: 4 },
      { day: 29, count: 4 },
    ]);
    expect(paceSteps([], 10)).toEqual([
      { day: 0, count: 0 },
      { day: 9, count: 0 },
    ]);
    expect(paceSteps([4], 5)).toEqual([
      { day: 0, count: 0 },
      { day: 4, count: 1 },
    ]);
  });
});

describe('periodPace', () => {
  it('places each round held and each event at its day of the period, from its first day', () => {
    const data = {
      meetings: {
        meetings: [
          { id: 'm1', start: '2019-12-30', end: '2020-01-02', status: 'held' },
          { id: 'm2', start: '2020-01-10', end: '2020-01-10', status: 'held' },
          { id: 'm3', start: '2020-01-12', end: '2020-01-12', status: 'postponed' },
          { id: 'm4', start: '2020-02-12', end: '2020-02-12', status: 'held' },
        ],
      },
      events: {
        events: [
          { id: 'e1', date: '2020-01-31' },
          { id: 'e2', date: '2020-01-01' },
        ],
      },
    } as unknown as Parameters<typeof periodPace>[0];
    expect(periodPace(data, { from: '2020-01-01', to: '2020-01-31' })).toEqual({
      days: 31,
      rounds: [0, 9],
      events: [0, 30],
    });
  });
});

describe('figureFor, first', () => {
  it("gives the period's earliest figure, or none when it is also the latest", () => {
    const s = series('snapshot', [
      { date: '2019-12-31', value: 1 },
      { date: '2020-03-31', value: 2 },
      { date: '2020-06-30', value: null },
      { date: '2020-09-30', value: 4 },
    ] as StatisticSeries['points']);
    expect(figureFor(s, { from: '2020-01-01', to: '2020-12-31' }, 'first')?.value).toBe(2);
    expect(figureFor(s, { from: '2020-01-01', to: '2020-12-31' })?.value).toBe(4);
    expect(figureFor(s, { from: '2020-06-01', to: '2020-12-31' }, 'first')).toBeNull();
    expect(figureFor(s, { from: '2020-06-01', to: '2020-08-31' }, 'first')).toBeNull();
  });
});

describe('monthlyFigures', () => {
  it('gives each month the period meets its figure, null where none was published', () => {
    const s = series('period-total', [
      { start: '2019-12-01', date: '2019-12-31', value: 5 },
      { start: '2020-01-01', date: '2020-01-31', value: 7 },
      { start: '2020-03-01', date: '2020-03-31', value: 9 },
    ] as StatisticSeries['points']);
    expect(monthlyFigures(s, { from: '2019-12-20', to: '2020-04-02' })).toEqual([
      5,
      7,
      null,
      9,
      null,
    ]);
    expect(monthlyFigures(s, { from: '2020-01-31', to: '2020-01-31' })).toEqual([7]);
  });
});
