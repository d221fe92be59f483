import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { valueTickCount, valueTicks } from './value-ticks';

describe('valueTicks', () => {
  it('steps by 1, 2, 2.5 or 5 times a power of ten from 0 to the first tick at or above the maximum', () => {
    expect(valueTicks(123_456)).toEqual([0, 50_000, 100_000, 150_000]);
    expect(valueTicks(100)).toEqual([0, 25, 50, 75, 100]);
    expect(valueTicks(7)).toEqual([0, 2, 4, 6, 8]);
    expect(valueTicks(0.3)).toEqual([0, 0.1, 0.2, 0.3]);
    expect(valueTicks(6_700_000)).toEqual([0, 2_000_000, 4_000_000, 6_000_000, 8_000_000]);
  });

  it('gives 0 and 1 when there is nothing above zero', () => {
    expect(valueTicks(0)).toEqual([0, 1]);
    expect(valueTicks(Number.NaN)).toEqual([0, 1]);
  });

  it('always covers the maximum with evenly spaced nice ticks, at most count + 1 of them', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 1e12, noNaN: true }), (max) => {
        const ticks = valueTicks(max);
        expect(ticks[0]).toBe(0);
        expect(ticks.at(-1)!).toBeGreaterThanOrEqual(max);
        expect(ticks.length).toBeGreaterThanOrEqual(2);
        expect(ticks.length).toBeLessThanOrEqual(6);
        const step = ticks[1]!;
        const mantissa = step / 10 ** Math.floor(Math.log10(step) + 1e-9);
        expect([1, 2, 2.5, 5].some((m) => Math.abs(m - mantissa) < 1e-6)).toBe(true);
        ticks.forEach((t, i) => expect(t).toBeCloseTo(i * step, 6));
        // The top tick is the first one at or above the maximum.
        expect(ticks.at(-2)!).toBeLessThan(max);
      }),
    );
  });
});

describe('valueTickCount', () => {
  it('asks for five ticks on a chart-tall axis and fewer on a short one', () => {
    expect(valueTickCount(250, 12)).toBe(5);
    expect(valueTickCount(100, 12)).toBe(3);
    expect(valueTickCount(10, 12)).toBe(2);
  });
  it('keeps labels at least a line and a half apart, whatever the maximum', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 60, max: 1000 }),
        fc.double({ min: 1e-3, max: 1e9, noNaN: true }),
        (length, max) => {
          const ticks = valueTicks(max, valueTickCount(length, 12));
          expect(length / (ticks.length - 1)).toBeGreaterThanOrEqual(18);
        },
      ),
    );
  });
});
