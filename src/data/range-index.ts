import { addDays, daysBetween, isoDateDigits, type DateRange } from '@/lib/dates';
import { memoOnInputs } from '@/lib/memo';

/**
 * Records sorted once by start date, so that the records overlapping a range are found by
 * binary search instead of a scan of the whole list on every range change. A record spans
 * start..end (inclusive); to catch long records that began before the range, the search
 * starts `maxSpanDays` before it.
 */
export interface RangeIndex<T> {
  /** All records, by start date (those of one day in the order of the list given). */
  readonly sorted: readonly T[];
  /** The records on at least one day of the range, in the same order. */
  query(range: DateRange): readonly T[];
  /**
   * Where the records of a range lie in `sorted`, found by binary search: those at positions
   * [certain, end) overlap the range; those at [start, certain) began before it and overlap it
   * when `endsOnOrAfter(position, range.from)`. Outside [start, end) none does.
   */
  window(range: DateRange): { start: number; certain: number; end: number };
  endsOnOrAfter(position: number, day: string): boolean;
}

export function buildRangeIndex<T extends { id: string }>(
  records: readonly T[],
  startOf: (record: T) => string,
  endOf: (record: T) => string,
): RangeIndex<T> {
  const sorted = sortByDate(records, startOf);
  const starts = sorted.map(startOf);
  const ends = sorted.map(endOf);
  // Most records last a day: only the others need their dates parsed.
  const maxSpanDays = starts.reduce(
    (max, start, i) => (ends[i] === start ? max : Math.max(max, daysBetween(start, ends[i]!))),
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
    window,
    endsOnOrAfter: (position, day) => ends[position]! >= day,
  };

  function window(range: DateRange) {
    if (range.from > range.to) return { start: 0, certain: 0, end: 0 };
    const end = upperBound(starts, range.to);
    const certain = Math.min(lowerBound(starts, range.from), end);
    const start =
      maxSpanDays > 0
        ? Math.min(lowerBound(starts, addDays(range.from, -maxSpanDays)), certain)
        : certain;
    return { start, certain, end };
  }

  function search(range: DateRange): T[] {
    const { start, certain, end } = window(range);
    const result: T[] = [];
    for (let i = start; i < certain; i += 1) {
      if (ends[i]! >= range.from) result.push(sorted[i]!);
    }
    for (let i = certain; i < end; i += 1) result.push(sorted[i]!);
    return result;
  }
}

/**
 * Counts of the records overlapping a range, by key (an actor, a place), without visiting the
 * records: each key keeps the positions of its records in the range index, so a count is two
 * binary searches plus the few records that began before the range. With a million events a
 * range change costs microseconds per key instead of a pass over every event.
 */
export interface KeyedRangeCounts<T> {
  /** How many records of each key overlap the range; keys without any are left out. */
  counts(range: DateRange): ReadonlyMap<string, number>;
  /** The records of one key overlapping the range, in date order. */
  recordsOf(key: string, range: DateRange): readonly T[];
  /** Every record of one key, whatever its dates, in date order. */
  allOf(key: string): readonly T[];
}

export function buildKeyedRangeCounts<T extends { id: string }>(
  index: RangeIndex<T>,
  keysOf: (record: T) => readonly string[],
): KeyedRangeCounts<T> {
  const lists = new Map<string, number[]>();
  const { sorted } = index;
  for (let position = 0; position < sorted.length; position += 1) {
    const keys = keysOf(sorted[position]!);
    for (let i = 0; i < keys.length; i += 1) {
      const key = keys[i]!;
      if (i > 0 && keys.indexOf(key) !== i) continue; // a key listed twice counts once
      const list = lists.get(key);
      if (list) list.push(position);
      else lists.set(key, [position]);
    }
  }
  const positions = new Map([...lists].map(([key, list]) => [key, Int32Array.from(list)]));

  let last: { from: string; to: string; result: ReadonlyMap<string, number> } | undefined;
  /**
   * Where a key's positions meet the range's window: [early) may overlap (they began before
   * the range), [late) do. The window is searched once per call, not once per key.
   */
  const slice = (list: Int32Array, window: ReturnType<RangeIndex<T>['window']>) => {
    const certain = lowerBound(list, window.certain);
    return {
      early: [lowerBound(list, window.start), certain] as const,
      late: [certain, lowerBound(list, window.end)] as const,
    };
  };
  return {
    counts(range) {
      if (last && last.from === range.from && last.to === range.to) return last.result;
      const window = index.window(range);
      const result = new Map<string, number>();
      for (const [key, list] of positions) {
        const { early, late } = slice(list, window);
        let count = late[1] - late[0];
        for (let i = early[0]; i < early[1]; i += 1)
          if (index.endsOnOrAfter(list[i]!, range.from)) count += 1;
        if (count > 0) result.set(key, count);
      }
      last = { from: range.from, to: range.to, result };
      return result;
    },
    recordsOf(key, range) {
      const list = positions.get(key);
      if (!list) return [];
      const { early, late } = slice(list, index.window(range));
      const result: T[] = [];
      for (let i = early[0]; i < early[1]; i += 1)
        if (index.endsOnOrAfter(list[i]!, range.from)) result.push(index.sorted[list[i]!]!);
      for (let i = late[0]; i < late[1]; i += 1) result.push(index.sorted[list[i]!]!);
      return result;
    },
    allOf(key) {
      return Array.from(positions.get(key) ?? [], (position) => index.sorted[position]!);
    },
  };
}

/**
 * The records in order of a date (YYYY-MM-DD, in plain code-unit order: ISO dates sort
 * correctly as strings), those of the same day in the order they came in. The records are
 * counted into one bucket per day instead of being compared with each other: with a hundred
 * thousand events, comparing dates (and then ids) took most of building the index. Dates that
 * are not of that form, or so spread out that a bucket per day would waste memory, are compared.
 */
export function sortByDate<T>(records: readonly T[], dateOf: (record: T) => string): T[] {
  const n = records.length;
  const keys = new Int32Array(n);
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i += 1) {
    const key = dayKey(dateOf(records[i]!));
    if (key < 0) return compareSort(records, dateOf);
    keys[i] = key;
    if (key < min) min = key;
    if (key > max) max = key;
  }
  if (n === 0) return [];
  const span = max - min + 1;
  if (span > 8 * n + 4096) return compareSort(records, dateOf);

  // bounds[d]..bounds[d + 1] is where the records of day d go.
  const bounds = new Int32Array(span + 1);
  for (let i = 0; i < n; i += 1) {
    const d = keys[i]! - min + 1;
    bounds[d] = bounds[d]! + 1;
  }
  for (let d = 1; d <= span; d += 1) bounds[d] = bounds[d]! + bounds[d - 1]!;
  const next = bounds.slice(0, span);
  const sorted = new Array<T>(n);
  for (let i = 0; i < n; i += 1) {
    const d = keys[i]! - min;
    const slot = next[d]!;
    next[d] = slot + 1;
    sorted[slot] = records[i]!;
  }
  return sorted;
}

/**
 * A number for a date of the form YYYY-MM-DD (month 00–12, day 00–31) that orders as the
 * string does, with unused numbers between months and years; -1 for any other string.
 */
export function dayKey(date: string): number {
  const n = isoDateDigits(date);
  if (n < 0) return -1;
  const month = ((n / 100) | 0) % 100;
  const day = n % 100;
  if (month > 12 || day > 31) return -1;
  return ((n / 10_000) | 0) * 416 + month * 32 + day;
}

function compareSort<T>(records: readonly T[], dateOf: (record: T) => string): T[] {
  return [...records].sort((a, b) => compareStrings(dateOf(a), dateOf(b)));
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The first index whose value is >= key, in an ascending list (dates, or positions), or in its
 * slice from `lo` to `hi` (excluded).
 */
export function lowerBound<V extends string | number>(
  values: ArrayLike<V>,
  key: V,
  lo = 0,
  hi = values.length,
): number {
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

/**
 * The range index of a list by the given start and end, built on first use and kept while the
 * list lives: the dataset's arrays never change, so each is sorted once per page load.
 */
export const cachedRangeIndex = memoOnInputs(buildRangeIndex) as <T extends { id: string }>(
  records: readonly T[],
  startOf: (record: T) => string,
  endOf: (record: T) => string,
) => RangeIndex<T>;
