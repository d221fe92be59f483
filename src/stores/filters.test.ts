import { beforeEach, describe, expect, it } from 'vitest';
import { useFiltersStore } from './filters';
import { defaultRange } from './url-state';

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
    expect(useFiltersStore.getState().range).toEqual(defaultRange());
  });
});
