import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dotsPath, linePath } from './line-path';

/** A point of a line in pixels, or a gap (no figure). */
const point = fc.record({
  x: fc.double({ min: 0, max: 1000, noNaN: true }),
  y: fc.option(fc.double({ min: 0, max: 1000, noNaN: true }), { nil: null }),
});

describe('linePath', () => {
  it('draws through the points, breaking at a missing figure', () => {
    expect(
      linePath([
        { x: 0, y: 10 },
        { x: 5.123, y: 20 },
        { x: 10, y: null },
        { x: 15, y: 30 },
        { x: 20, y: 40 },
      ]),
    ).toBe('M0,10L5.12,20M15,30L20,40');
  });

  it('is empty without points, and moves to a lone point without drawing from elsewhere', () => {
    expect(linePath([])).toBe('');
    expect(linePath([{ x: 1, y: null }])).toBe('');
    expect(linePath([{ x: 3, y: 4 }])).toBe('M3,4');
  });

  it('starts a new segment exactly after each gap (property)', () => {
    fc.assert(
      fc.property(fc.array(point, { maxLength: 40 }), (points) => {
        const d = linePath(points);
        // One "M" per run of figures, one "L" per figure that follows another.
        let runs = 0;
        let joins = 0;
        points.forEach((p, i) => {
          if (p.y === null) return;
          if (i > 0 && points[i - 1]!.y !== null) joins += 1;
          else runs += 1;
        });
        expect(d.split('M').length - 1).toBe(runs);
        expect(d.split('L').length - 1).toBe(joins);
      }),
    );
  });
});

describe('dotsPath', () => {
  it('draws a circle at each point with a figure, lone points too, and none at a gap', () => {
    expect(
      dotsPath(
        [
          { x: 10, y: 20 },
          { x: 15, y: null },
          { x: 20.004, y: 30 },
        ],
        3,
      ),
    ).toBe('M7,20a3,3 0 1,0 6,0a3,3 0 1,0 -6,0M17,30a3,3 0 1,0 6,0a3,3 0 1,0 -6,0');
    expect(dotsPath([], 3)).toBe('');
    expect(dotsPath([{ x: Number.NaN, y: 1 }], 3)).toBe('');
  });

  it('gives one dot per figure (property)', () => {
    fc.assert(
      fc.property(fc.array(point, { maxLength: 40 }), (points) => {
        const d = dotsPath(points, 3);
        expect(d.split('M').length - 1).toBe(points.filter((p) => p.y !== null).length);
      }),
    );
  });
});
