import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, spanOverlapsRange } from '@/lib/dates';
import { buildKeyedRangeCounts, buildRangeIndex, lowerBound, upperBound } from './range-index';

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
    .sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id));

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
