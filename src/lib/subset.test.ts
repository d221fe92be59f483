import { describe, expect, it } from 'vitest';
import { toggledSubset } from './subset';

const order = ['a', 'b', 'c', 'd'] as const;

describe('toggledSubset', () => {
  it('adds a missing item in its declared place and removes a present one', () => {
    expect(toggledSubset(order, ['d', 'a'], 'c')).toEqual(['a', 'c', 'd']);
    expect(toggledSubset(order, new Set(['a', 'c']), 'a')).toEqual(['c']);
  });
  it('sets an item on or off when told, whatever it was', () => {
    expect(toggledSubset(order, ['b'], 'b', true)).toEqual(['b']);
    expect(toggledSubset(order, ['b'], 'c', false)).toEqual(['b']);
    expect(toggledSubset(order, ['b'], 'b', false)).toEqual([]);
  });
  it('leaves out what the order does not know', () => {
    expect(toggledSubset(order, ['x' as 'a', 'a'], 'b')).toEqual(['a', 'b']);
  });
});
