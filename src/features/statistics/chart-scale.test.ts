import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chartScale } from './chart-scale';

const plot = { x: 68, y: 16, width: 600, height: 250 };
const day = 86_400_000;
const from = Date.parse('2016-01-01T00:00:00Z');
const to = Date.parse('2022-01-01T00:00:00Z');

describe('chartScale', () => {
  it('puts the range on the plot edge to edge, and 0 and the top tick on its bottom and top', () => {
    const scale = chartScale(plot, [from, to], 6_000_000);
    expect(scale.x(from)).toBe(68);
    expect(scale.x(to)).toBeCloseTo(668, 9);
    expect(scale.x(Date.parse('2019-01-01T00:00:00Z'))).toBeCloseTo(
      68 + (600 * (Date.parse('2019-01-01') - from)) / (to - from),
      9,
    );
    expect(scale.y(0)).toBe(266);
    expect(scale.y(6_000_000)).toBeCloseTo(16, 9);
    expect(scale.y(3_000_000)).toBeCloseTo(141, 9);
  });

  it('places times outside the range beyond the plot, where the clip cuts them', () => {
    const scale = chartScale(plot, [from, to], 10);
    expect(scale.x(from - day)).toBeLessThan(68);
    expect(scale.x(to + day)).toBeGreaterThan(668);
  });

  it('inverts x back to the time, for any range and pixel', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 20_000 }),
        fc.integer({ min: 1, max: 5_000 }),
        fc.double({ min: -100, max: 800, noNaN: true }),
        (startDay, days, px) => {
          const scale = chartScale(plot, [startDay * day, (startDay + days) * day], 1);
          expect(scale.x(scale.invertX(px))).toBeCloseTo(px, 6);
        },
      ),
    );
  });

  it('keeps an empty range and a zero top on the edges instead of dividing by zero', () => {
    const scale = chartScale(plot, [from, from], 0);
    expect(scale.x(to)).toBe(68);
    expect(scale.y(5)).toBe(266);
    expect(scale.invertX(400)).toBe(from);
  });
});
