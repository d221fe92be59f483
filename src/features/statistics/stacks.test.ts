import { describe, expect, it } from 'vitest';
import { stackableRows, stackRowsWithGaps, stackTops } from './stacks';
import { snapshotLines } from './series-lines';
import { snapshot } from './test-fixtures';
import { timeOfIso } from '@/lib/dates';

describe('stackableRows', () => {
  const lines = snapshotLines(
    [
      snapshot('tr', 'refugees', { '2016-12-31': 10, '2017-12-31': 12 }, 'TR'),
      snapshot('lb', 'refugees', { '2016-12-31': 5, '2017-06-30': 6 }, 'LB'),
    ],
    () => true,
  );
  it('stacks only the dates on which every line has a figure', () => {
    expect(stackableRows(lines)).toEqual([
      { t: Date.parse('2016-12-31T00:00:00Z'), date: '2016-12-31', values: { tr: 10, lb: 5 } },
    ]);
  });
});

describe('stackTops', () => {
  it('puts each band on top of the ones under it, in the order of the lines', () => {
    const rows = [
      { t: 1, values: { tr: 10, lb: 5, jo: 2 } },
      { t: 2, values: { tr: 12, lb: 6, jo: 3 } },
    ];
    const tops = stackTops([{ id: 'tr' }, { id: 'lb' }, { id: 'jo' }], rows);
    expect([...tops.get('tr')!]).toEqual([
      [1, 10],
      [2, 12],
    ]);
    expect([...tops.get('lb')!]).toEqual([
      [1, 15],
      [2, 18],
    ]);
    expect([...tops.get('jo')!]).toEqual([
      [1, 17],
      [2, 21],
    ]);
  });
  it('has no top for a date the stack does not draw', () => {
    const tops = stackTops([{ id: 'tr' }], [{ t: 1, values: { tr: 10 } }]);
    expect(tops.get('tr')!.has(2)).toBe(false);
  });
});

describe('stackRowsWithGaps', () => {
  it('breaks the stack between dates further apart than the cadence allows', () => {
    const rows = [
      { t: timeOfIso('2016-12-31'), date: '2016-12-31', values: { a: 1 } },
      { t: timeOfIso('2017-12-31'), date: '2017-12-31', values: { a: 2 } },
      { t: timeOfIso('2020-12-31'), date: '2020-12-31', values: { a: 3 } },
    ];
    const out = stackRowsWithGaps(rows, [{ maxJoinDays: 400 }]);
    expect(out.map((r) => Object.keys(r.values).length)).toEqual([1, 1, 0, 1]);
    expect(stackRowsWithGaps(rows, [{ maxJoinDays: 400 }, { maxJoinDays: 0 }]).length).toBe(5);
  });
});
