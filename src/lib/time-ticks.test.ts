import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, type DateRange } from './dates';
import { labelExtent, timeTicks, type TickSpace } from './time-ticks';

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

describe('timeTicks fitted to an axis', () => {
  const chart = (width: number): TickSpace => ({
    width,
    fontSize: 12,
    anchor: 'middle',
    overhangLeft: 30,
    overhangRight: 18,
  });
  const labels = (range: DateRange, space: TickSpace) =>
    timeTicks(range, space).map((t) => t.label);

  it('keeps the usual ticks where they fit', () => {
    const range = { from: '2011-03-15', to: '2026-11-23' };
    expect(labels(range, chart(1200))).toEqual(timeTicks(range).map((t) => t.label));
  });
  it('on a phone, thins the years since 2015 to every other and then every fifth', () => {
    const range = { from: '2015-09-30', to: '2025-12-31' };
    expect(labels(range, chart(280))).toEqual(['2016', '2018', '2020', '2022', '2024']);
    expect(labels(range, chart(150))).toEqual(['2020', '2025']);
  });
  it('thins quarters to half years and keeps them on the calendar', () => {
    expect(labels({ from: '2020-07-01', to: '2022-06-30' }, chart(300))).toEqual([
      'Jul 2020',
      '2021',
      'Jul 2021',
      '2022',
    ]);
  });
  it('leaves out a label that would run off the end of the axis', () => {
    const range = { from: '2012-01-01', to: '2024-03-31' };
    const start: TickSpace = {
      width: 400,
      fontSize: 11,
      anchor: 'start',
      offset: 3,
      overhangRight: 0,
    };
    const ticks = timeTicks(range, start);
    expect(ticks.at(-1)!.label).toBe('2022');
    expect(labelExtent(ticks.at(-1)!, range, start).right).toBeLessThanOrEqual(400);
  });
  it('never lets two labels come closer than a gap, or leave the axis, at any width', () => {
    const day = fc.integer({ min: 0, max: 365 * 15 }).map((n) => addDays('2011-03-15', n));
    fc.assert(
      fc.property(
        day,
        day,
        fc.integer({ min: 60, max: 2000 }),
        fc.constantFrom<'middle' | 'start'>('middle', 'start'),
        (a, b, width, anchor) => {
          const range = a <= b ? { from: a, to: b } : { from: b, to: a };
          const space: TickSpace = { width, fontSize: 12, anchor, offset: 3, overhangLeft: 20 };
          const extents = timeTicks(range, space).map((t) => labelExtent(t, range, space));
          extents.forEach((e, i) => {
            expect(e.left).toBeGreaterThanOrEqual(-20);
            expect(e.right).toBeLessThanOrEqual(width);
            if (i > 0) expect(e.left - extents[i - 1]!.right).toBeGreaterThanOrEqual(8);
          });
        },
      ),
    );
  });
});
