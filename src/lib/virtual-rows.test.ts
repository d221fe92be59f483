import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rowWindow } from './virtual-rows';

describe('rowWindow', () => {
  it('renders the rows in view and the overscan either side', () => {
    expect(rowWindow(0, 400, 40, 1000, 5)).toEqual({ start: 0, end: 15 });
    expect(rowWindow(4000, 400, 40, 1000, 5)).toEqual({ start: 95, end: 115 });
    expect(rowWindow(39_800, 400, 40, 1000, 5)).toEqual({ start: 990, end: 1000 });
  });

  it('is empty for an empty list, and stays within the list when scrolled past its end', () => {
    expect(rowWindow(0, 400, 40, 0)).toEqual({ start: 0, end: 0 });
    expect(rowWindow(1e9, 400, 40, 10)).toEqual({ start: 10, end: 10 });
    expect(rowWindow(-50, 400, 40, 10, 0)).toEqual({ start: 0, end: 10 });
  });

  it('always covers every row that intersects the viewport, and never many more', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 200_000 }),
        fc.integer({ min: 0, max: 2000 }),
        fc.integer({ min: 1, max: 120 }),
        fc.integer({ min: 0, max: 5000 }),
        fc.integer({ min: 0, max: 20 }),
        (scrollTop, height, rowHeight, count, overscan) => {
          const { start, end } = rowWindow(scrollTop, height, rowHeight, count, overscan);
          expect(0 <= start && start <= end && end <= count).toBe(true);
          for (let i = 0; i < count; i += 1) {
            const top = i * rowHeight;
            const visible = top < scrollTop + height && top + rowHeight > scrollTop;
            if (visible) expect(i >= start && i < end).toBe(true);
          }
          expect(end - start).toBeLessThanOrEqual(Math.ceil(height / rowHeight) + 1 + 2 * overscan);
        },
      ),
      { numRuns: 300 },
    );
  });
});
