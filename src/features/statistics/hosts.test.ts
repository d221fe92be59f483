import { describe, expect, it } from 'vitest';
import { DEFAULT_HOSTS, MAX_HOSTS, rankAtRangeEnd, shownHosts } from './hosts';
import type { ChartLine } from './series';

const t = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
/** A yearly host line with a figure at the end of each given year. */
function host(id: string, byYear: Record<number, number>): ChartLine {
  const points = Object.entries(byYear).map(([year, value]) => ({
    t: t(`${year}-12-31`),
    date: `${year}-12-31`,
    value,
    sources: ['s'],
  }));
  return {
    id,
    label: id,
    definition: '',
    publisher: 'UNHCR',
    points,
    allPoints: points,
    shape: 'points',
    maxJoinDays: 400,
  };
}

const a = host('a', { 2013: 10, 2016: 700, 2020: 300 });
const b = host('b', { 2013: 200, 2016: 400, 2020: 600 });
const c = host('c', { 2018: 50 });

describe('rankAtRangeEnd', () => {
  it('ranks by the latest figure on or before the last day, not the largest ever', () => {
    const ranked = rankAtRangeEnd([a, b, c], { from: '2019-01-01', to: '2021-06-30' });
    expect(ranked.map((r) => [r.line.id, r.value, r.date])).toEqual([
      ['b', 600, '2020-12-31'],
      ['a', 300, '2020-12-31'],
      ['c', 50, '2018-12-31'],
    ]);
  });

  it('uses the figure of the last day itself, and none after it', () => {
    const ranked = rankAtRangeEnd([a, b, c], { from: '2016-01-01', to: '2016-12-31' });
    expect(ranked.map((r) => [r.line.id, r.value])).toEqual([
      ['a', 700],
      ['b', 400],
      ['c', null],
    ]);
  });

  it('puts hosts without a figure by then last, in their given order', () => {
    const ranked = rankAtRangeEnd([c, a, b], { from: '2011-01-01', to: '2012-06-30' });
    expect(ranked.map((r) => [r.line.id, r.value])).toEqual([
      ['c', null],
      ['a', null],
      ['b', null],
    ]);
  });
});

describe('shownHosts', () => {
  const many = Array.from({ length: 12 }, (_, i) => host(`h${i}`, { 2015: 100 + i }));
  const ranked = rankAtRangeEnd(many, { from: '2015-01-01', to: '2015-12-31' });

  it('draws the largest at the range end by default', () => {
    expect(shownHosts(ranked, null).map((l) => l.id)).toEqual(
      ['h11', 'h10', 'h9', 'h8', 'h7', 'h6'].slice(0, DEFAULT_HOSTS),
    );
  });

  it('leaves out hosts with no figure by the range end', () => {
    const early = rankAtRangeEnd([a, b, c], { from: '2014-01-01', to: '2014-06-30' });
    expect(shownHosts(early, null).map((l) => l.id)).toEqual(['b', 'a']);
  });

  it('draws the picked hosts in rank order, at most one per colour', () => {
    expect(shownHosts(ranked, new Set(['h0', 'h5', 'h3'])).map((l) => l.id)).toEqual([
      'h5',
      'h3',
      'h0',
    ]);
    const all = new Set(many.map((l) => l.id));
    expect(shownHosts(ranked, all)).toHaveLength(MAX_HOSTS);
    expect(shownHosts(ranked, new Set())).toEqual([]);
  });
});
