import { beforeEach, describe, expect, it } from 'vitest';
import { useFiltersStore } from './filters';

beforeEach(() =>
  useFiltersStore.setState({ range: { from: '2018-01-01', to: '2019-01-01' }, urlProblems: [] }),
);

describe('filters store', () => {
  it('moves To along when From is set after it', () => {
    useFiltersStore.getState().setFrom('2019-06-01');
    expect(useFiltersStore.getState().range).toEqual({ from: '2019-06-01', to: '2019-06-01' });
  });
  it('moves From back when To is set before it', () => {
    useFiltersStore.getState().setTo('2017-06-01');
    expect(useFiltersStore.getState().range).toEqual({ from: '2017-06-01', to: '2017-06-01' });
  });
  it('orders a reversed range instead of storing it', () => {
    useFiltersStore.getState().setRange({ from: '2020-01-01', to: '2015-01-01' });
    expect(useFiltersStore.getState().range).toEqual({ from: '2015-01-01', to: '2020-01-01' });
  });
  it('keeps the same object when the range does not change, so nothing re-renders', () => {
    const before = useFiltersStore.getState().range;
    useFiltersStore.getState().setRange({ ...before });
    expect(useFiltersStore.getState().range).toBe(before);
  });
  it('resets to the default range', () => {
    useFiltersStore.getState().resetRange();
    expect(useFiltersStore.getState().range).toEqual(useFiltersStore.getState().defaultRange);
  });
  it('holds the default range as no choice, and follows the default once the data says it', () => {
    useFiltersStore.getState().resetRange();
    expect(useFiltersStore.getState().rangeChoice).toEqual({});
    useFiltersStore.getState().setDefaultRange({ from: '2011-03-15', to: '2026-01-18' });
    expect(useFiltersStore.getState().range).toEqual({ from: '2011-03-15', to: '2026-01-18' });
    // Choosing the default range by hand is choosing the default, not a fixed pair of dates.
    useFiltersStore.getState().setRange({ from: '2015-01-01', to: '2016-01-01' });
    useFiltersStore.getState().setRange({ from: '2011-03-15', to: '2026-01-18' });
    expect(useFiltersStore.getState().rangeChoice).toEqual({});
  });
});
