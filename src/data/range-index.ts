import { addDays, daysBetween, type DateRange } from '@/lib/dates';

/**
 * Records sorted once by start date, so that the records overlapping a range are found by
 * binary search instead of a scan of the whole list on every range change. A record spans
 * start..end (inclusive); to catch long records that began before the range, the search
 * starts `maxSpanDays` before it.
 */
export interface RangeIndex<T> {
  /** All records, by start date (then by id). */
  readonly sorted: readonly T[];
  /** The records on at least one day of the range, in the same order; do not modify the result. */
  query(range: DateRange): T[];
}

export function buildRangeIndex<T extends { id: string }>(
  records: readonly T[],
  startOf: (record: T) => string,
  endOf: (record: T) => string,
): RangeIndex<T> {
  const sorted = [...records].sort(
    (a, b) => startOf(a).localeCompare(startOf(b)) || a.id.localeCompare(b.id),
  );
  const starts = sorted.map(startOf);
  const ends = sorted.map(endOf);
  const maxSpanDays = starts.reduce(
    (max, start, i) => Math.max(max, daysBetween(start, ends[i]!)),
    0,
  );

  // Several panels ask for the same range in one change: the last answer is kept.
  let last: { from: string; to: string; result: T[] } | undefined;
  return {
    sorted,
    query(range) {
      if (last && last.from === range.from && last.to === range.to) return last.result;
      const result = search(range);
      last = { from: range.from, to: range.to, result };
      return result;
    },
  };

  function search(range: DateRange): T[] {
    {
      if (range.from > range.to) return [];
      const lo = lowerBound(
        starts,
        maxSpanDays > 0 ? addDays(range.from, -maxSpanDays) : range.from,
      );
      const hi = upperBound(starts, range.to);
      const result: T[] = [];
      for (let i = lo; i < hi; i += 1) {
        if (ends[i]! >= range.from) result.push(sorted[i]!);
      }
      return result;
    }
  }
}

/** The first index whose value is >= key. */
export function lowerBound(values: readonly string[], key: string): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first index whose value is > key. */
export function upperBound(values: readonly string[], key: string): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! <= key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const indexes = new WeakMap<object, RangeIndex<{ id: string }>>();

/**
 * The range index of a list, built on first use and kept while the list lives: the dataset's
 * arrays never change, so each is sorted once per page load.
 */
export function cachedRangeIndex<T extends { id: string }>(
  records: readonly T[],
  startOf: (record: T) => string,
  endOf: (record: T) => string,
): RangeIndex<T> {
  let index = indexes.get(records) as RangeIndex<T> | undefined;
  if (!index) {
    index = buildRangeIndex(records, startOf, endOf);
    indexes.set(records, index as unknown as RangeIndex<{ id: string }>);
  }
  return index;
}
