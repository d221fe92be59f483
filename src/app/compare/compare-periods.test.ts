import { describe, expect, it } from 'vitest';
import type { StatisticSeries } from '@/data/schemas/statistics';
import { adjacentPeriod, change, figureFor } from './compare-periods';

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
