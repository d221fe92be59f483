import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, spanOverlapsRange } from '@/lib/dates';
import {
  buildKeyedRangeCounts,
  buildRangeIndex,
  dayKey,
  lowerBound,
  sortByDate,
  upperBound,
} from './range-index';

interface Item {
  id: string;
  start: string;
  end: string;
}
const index = (items: Item[]) =>
  buildRangeIndex(
    items,
    (i) => i.start,
    (i) => i.end,
  );
const naive = (items: Item[], range: { from: string; to: string }) =>
  items
    .filter((i) => spanOverlapsRange(i.start, i.end, range))
    // Array sort is stable: records of one day stay in the order given, as the index keeps them.
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));

describe('binary search bounds', () => {
  const values = ['2011-03-15', '2012-06-30', '2012-06-30', '2015-09-30'];
  it('finds the first value at or after a key, and the first after it', () => {
    expect(lowerBound(values, '2012-06-30')).toBe(1);
    expect(upperBound(values, '2012-06-30')).toBe(3);
    expect(lowerBound(values, '2000-01-01')).toBe(0);
    expect(upperBound(values, '2030-01-01')).toBe(4);
    expect(lowerBound([], '2012-06-30')).toBe(0);
  });
});

describe('buildRangeIndex', () => {
  const items: Item[] = [
    { id: 'a', start: '2020-01-10', end: '2020-01-10' },
    { id: 'b', start: '2019-12-20', end: '2020-01-05' },
    { id: 'c', start: '2020-02-01', end: '2020-02-03' },
  ];
  it('includes both ends of the range', () => {
    expect(
      index(items)
        .query({ from: '2020-01-10', to: '2020-02-01' })
        .map((i) => i.id),
    ).toEqual(['a', 'c']);
  });
  it('catches a long record that began before the range', () => {
    expect(
      index(items)
        .query({ from: '2020-01-05', to: '2020-01-06' })
        .map((i) => i.id),
    ).toEqual(['b']);
  });
  it('returns nothing for an empty or reversed range, or an empty list', () => {
    expect(index(items).query({ from: '2021-01-01', to: '2021-12-31' })).toEqual([]);
    expect(index(items).query({ from: '2020-02-01', to: '2020-01-01' })).toEqual([]);
    expect(index([]).query({ from: '2020-01-01', to: '2020-12-31' })).toEqual([]);
  });

  it('agrees with a plain filter on random records and ranges', () => {
    const day = fc.integer({ min: 0, max: 400 }).map((n) => addDays('2019-06-01', n));
    const item = fc
      .record({ id: fc.uuid(), start: day, length: fc.integer({ min: 0, max: 60 }) })
      .map(({ id, start, length }) => ({ id, start, end: addDays(start, length) }));
    const range = fc
      .tuple(day, day)
      .map(([a, b]) => (a <= b ? { from: a, to: b } : { from: b, to: a }));
    fc.assert(
      fc.property(fc.array(item, { maxLength: 80 }), range, (records, r) => {
        expect(index(records).query(r)).toEqual(naive(records, r));
      }),
      { numRuns: 400 },
    );
  });
});

describe('sortByDate', () => {
  interface Dated {
    id: string;
    date: string;
    /** Position in the input, to see that equal records keep their order. */
    at: number;
  }
  // A stable sort by comparing dates.
  const byComparison = (records: Dated[]) =>
    [...records].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const sort = (records: Dated[]) => sortByDate(records, (r) => r.date);
  const two = (max: number) => fc.integer({ min: 0, max }).map((n) => String(n).padStart(2, '0'));
  // Any string of the date form, real or not (month 00-12, day 00-31), across four centuries.
  const dateForm = fc
    .tuple(fc.integer({ min: 1800, max: 2200 }), two(12), two(31))
    .map(([y, m, d]) => `${y}-${m}-${d}`);
  const near = fc.integer({ min: 0, max: 60 }).map((n) => addDays('2019-12-20', n));
  const records = (date: fc.Arbitrary<string>) =>
    fc
      .array(fc.record({ id: fc.constantFrom('a', 'b', 'c', 'a-1', 'b2', 'z'), date }), {
        maxLength: 120,
      })
      .map((list) => list.map((r, at) => ({ ...r, at })));

  it('orders as comparing dates would, and keeps the records of a day in their order', () => {
    fc.assert(
      fc.property(records(fc.oneof(near, near, dateForm)), (list) => {
        expect(sort(list)).toEqual(byComparison(list));
      }),
      { numRuns: 400 },
    );
  });

  it('compares instead when a date is not of the form YYYY-MM-DD, or the days are far apart', () => {
    const odd = fc.constantFrom(
      '2020-1-5',
      '',
      'someday',
      '2020-13-01',
      '2020-01-32',
      '２０２０-01-01',
    );
    fc.assert(
      fc.property(records(fc.oneof(near, odd)), (list) => {
        expect(sort(list)).toEqual(byComparison(list));
      }),
      { numRuns: 200 },
    );
    const far = [
      { id: 'b', date: '9999-12-31', at: 0 },
      { id: 'a', date: '0001-01-01', at: 1 },
      { id: 'a', date: '9999-12-31', at: 2 },
    ];
    expect(sort(far).map((r) => r.at)).toEqual([1, 0, 2]);
    expect(sort([])).toEqual([]);
  });

  it('numbers dates in the order of the strings, and refuses other strings', () => {
    // Few years, so that the ends of one year and the start of the next meet often.
    const close = fc
      .tuple(fc.integer({ min: 2019, max: 2021 }), two(12), two(31))
      .map(([y, m, d]) => `${y}-${m}-${d}`);
    fc.assert(
      fc.property(close, close, (a, b) => {
        expect(Math.sign(dayKey(a) - dayKey(b))).toBe(a < b ? -1 : a > b ? 1 : 0);
      }),
      { numRuns: 1000 },
    );
    // Where months and years meet, with the largest and smallest month and day of the form.
    const edges = ['2019-12-31', '2020-00-00', '2020-01-01', '2020-01-31', '2020-02-00'];
    for (let i = 1; i < edges.length; i += 1)
      expect(dayKey(edges[i - 1]!)).toBeLessThan(dayKey(edges[i]!));
    for (const bad of ['2020-1-05', '2020-13-01', '2020-01-32', '2020/01/01', 'abcd-ef-gh', ''])
      expect(dayKey(bad)).toBe(-1);
  });
});

describe('repeated queries', () => {
  it('answers the same range with the same array, so panels share one search', () => {
    const idx = index([{ id: 'a', start: '2020-01-10', end: '2020-01-10' }]);
    const range = { from: '2020-01-01', to: '2020-12-31' };
    expect(idx.query(range)).toBe(idx.query({ ...range }));
    expect(idx.query({ from: '2020-01-11', to: '2020-12-31' })).toEqual([]);
  });
});

describe('buildKeyedRangeCounts', () => {
  interface Tagged extends Item {
    keys: string[];
  }
  const day = fc.integer({ min: 0, max: 400 }).map((n) => addDays('2019-06-01', n));
  const tagged = fc
    .record({
      id: fc.uuid(),
      start: day,
      length: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 90 })),
      keys: fc.array(fc.constantFrom('a', 'b', 'c', 'd'), { maxLength: 3 }),
    })
    .map(({ id, start, length, keys }) => ({ id, start, end: addDays(start, length), keys }));
  const range = fc
    .tuple(day, day)
    .map(([a, b]) => (a <= b ? { from: a, to: b } : { from: b, to: a }));
  const counter = (records: Tagged[]) =>
    buildKeyedRangeCounts(
      buildRangeIndex(
        records,
        (r) => r.start,
        (r) => r.end,
      ),
      (r) => r.keys,
    );

  it('counts each key once per record, over both ends of the range, and skips empty keys', () => {
    const records: Tagged[] = [
      { id: '1', start: '2020-01-01', end: '2020-01-01', keys: ['a', 'a'] },
      { id: '2', start: '2019-12-01', end: '2020-01-05', keys: ['a', 'b'] },
      { id: '3', start: '2020-01-31', end: '2020-01-31', keys: ['b'] },
      { id: '4', start: '2020-02-01', end: '2020-02-01', keys: ['c'] },
    ];
    const counts = counter(records).counts({ from: '2020-01-01', to: '2020-01-31' });
    expect(Object.fromEntries(counts)).toEqual({ a: 2, b: 2 });
    expect(counter(records).counts({ from: '2020-03-01', to: '2020-02-01' }).size).toBe(0);
  });

  it('agrees with counting a plain filter, and lists the same records (property)', () => {
    fc.assert(
      fc.property(fc.array(tagged, { maxLength: 80 }), range, (records, r) => {
        const keyed = counter(records);
        const inRange = naive(records, r) as Tagged[];
        const expected = new Map<string, number>();
        for (const record of inRange)
          for (const key of new Set(record.keys)) expected.set(key, (expected.get(key) ?? 0) + 1);
        expect(new Map(keyed.counts(r))).toEqual(expected);
        const sorted = naive(records, { from: '0001-01-01', to: '9999-12-31' }) as Tagged[];
        for (const key of ['a', 'b', 'c', 'd', 'none']) {
          expect(keyed.recordsOf(key, r)).toEqual(inRange.filter((x) => x.keys.includes(key)));
          expect(keyed.allOf(key)).toEqual(sorted.filter((x) => x.keys.includes(key)));
        }
      }),
      { numRuns: 400 },
    );
  });
});
