import { describe, expect, it } from 'vitest';
import { timeTicks } from './time-ticks';

describe('timeTicks', () => {
  it('uses every other year over the whole conflict', () => {
    expect(timeTicks({ from: '2011-03-15', to: '2026-11-23' }).map((t) => t.label)).toEqual([
      '2012',
      '2014',
      '2016',
      '2018',
      '2020',
      '2022',
      '2024',
      '2026',
    ]);
  });
  it('uses years over a few years and quarters over two', () => {
    expect(timeTicks({ from: '2018-09-17', to: '2022-06-30' }).map((t) => t.label)).toEqual([
      '2019',
      '2020',
      '2021',
      '2022',
    ]);
    expect(timeTicks({ from: '2021-01-01', to: '2022-06-30' }).map((t) => t.label)).toEqual([
      '2021',
      'Apr 2021',
      'Jul 2021',
      'Oct 2021',
      '2022',
      'Apr 2022',
    ]);
  });
  it('uses weeks over a few weeks', () => {
    expect(timeTicks({ from: '2021-10-01', to: '2021-10-31' }).map((t) => t.label)).toEqual([
      '1 Oct',
      '8 Oct',
      '15 Oct',
      '22 Oct',
      '29 Oct',
    ]);
  });
});
