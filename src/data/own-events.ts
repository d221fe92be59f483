import { addDays, daysBetween, type DateRange } from '@/lib/dates';
import { memoOnInputs } from '@/lib/memo';
import { lowerBound } from './range-index';

// The analyst's own events, loaded from a file (an ACLED or UCDP export, or any table mapped by
// hand): a layer of their own, never mixed with the curated dataset. The loader lives in
// src/features/own-events; the panels read the layer from src/stores/own-events.

/** One event of a loaded file, as the panels draw it. */
export interface OwnEvent {
  /** The row of the file it came from, as a spreadsheet numbers rows (the header is row 1). */
  readonly row: number;
  /** The file's own id of the event, or `row N` when it has none. */
  readonly id: string;
  /** First day, YYYY-MM-DD. */
  readonly date: string;
  /** Last day, for an event the file dates over several days (UCDP's date_end). */
  readonly endDate?: string;
  readonly lat: number;
  readonly lon: number;
  /** Its kind as the file names it (ACLED's event_type; UCDP's type of violence in words). */
  readonly type: string;
  readonly subType?: string;
  readonly actor1?: string;
  readonly actor2?: string;
  /** Deaths as the file reports them (ACLED's fatalities, UCDP's best estimate); null if none. */
  readonly deaths: number | null;
  readonly location?: string;
  readonly admin1?: string;
  /** The file's own source text for the event. */
  readonly source?: string;
  readonly notes?: string;
  /** Outside Syria, by the file's country column, or by position when it has none. */
  readonly outsideSyria: boolean;
}

/** Why a row of a file was not imported. */
export interface RowProblem {
  readonly row: number;
  /** The column at fault, by its name in the file's header. */
  readonly column: string;
  readonly reason: string;
}

/** What an import read, kept, skipped and why. */
export interface ImportReport {
  /** Data rows read (the header not counted). */
  readonly rowsRead: number;
  readonly imported: number;
  readonly skipped: number;
  /** Rows placed outside Syria; imported or skipped as the analyst chose. */
  readonly outsideSyria: number;
  readonly outsideKept: boolean;
  /** The first problems, in file order (at most PROBLEMS_KEPT); `problemCount` counts all. */
  readonly problems: readonly RowProblem[];
  readonly problemCount: number;
}

/** How many row problems an import lists one by one; the rest are counted. */
export const PROBLEMS_KEPT = 1000;

/** A loaded file: its events, sorted by date, and what is known of where they came from. */
export interface OwnLayer {
  readonly fileName: string;
  readonly fileSize: number;
  /** The format recognised or chosen ("UCDP GED (49 columns)", "ACLED", "Your columns"). */
  readonly format: string;
  /** The dataset's requested citation or attribution, carried into every export with the layer. */
  readonly citation: string;
  /** When the file was imported, ISO 8601. */
  readonly importedAt: string;
  readonly events: readonly OwnEvent[];
  /** The kinds of event, most frequent first. */
  readonly types: readonly string[];
  readonly report: ImportReport;
  /** The file's SHA-256 (hex), or null when it was too large to hash in the browser. */
  readonly sha256: string | null;
  /** Why the layer is not kept for the next visit (storage refused or full); null when kept. */
  readonly keptError: string | null;
  /**
   * Its events' columns for the map's clustering, when the import worker built them; moved to
   * the clustering worker when the map first draws the layer (then empty here).
   */
  readonly columns?: OwnColumns;
  /** Its summary, when the import worker built it (see `summaryOf`). */
  readonly summary?: OwnSummary;
}

/**
 * What the map's clustering reads of a layer, one entry per event in the layer's order, in
 * typed arrays: built in the import worker (no work on the page) and copied to the clustering
 * worker as memory, not as objects.
 */
export interface OwnColumns {
  readonly lon: Float64Array;
  readonly lat: Float64Array;
  /** Deaths reported (0 where the file states none). */
  readonly deaths: Float64Array;
  /** The event's kind, as its place in the layer's kinds (most frequent first). */
  readonly type: Uint16Array;
}

export function ownColumns(events: readonly OwnEvent[], types: readonly string[]): OwnColumns {
  const typeIndex = new Map(types.map((t, i) => [t, Math.min(i, 0xffff)]));
  const n = events.length;
  const columns = {
    lon: new Float64Array(n),
    lat: new Float64Array(n),
    deaths: new Float64Array(n),
    type: new Uint16Array(n),
  };
  for (let i = 0; i < n; i += 1) {
    const e = events[i]!;
    columns.lon[i] = e.lon;
    columns.lat[i] = e.lat;
    columns.deaths[i] = e.deaths ?? 0;
    columns.type[i] = typeIndex.get(e.type) ?? 0xffff;
  }
  return columns;
}

/**
 * Where a layer's events with a day in the range are (events sorted by first day): those that
 * start in it are positions `start` to `end` (excluded); `before` lists those that start before
 * it and last into it.
 */
export interface RangePositions {
  readonly start: number;
  readonly end: number;
  readonly before: readonly number[];
}

export function ownRangePositions(events: readonly OwnEvent[], range: DateRange): RangePositions {
  // An event lasting several days is in the range if any of its days is. The list is sorted by
  // first day, so those that start before the range can only be among the events that start at
  // most the longest span of the file before it: never a scan of the whole list.
  const start = positionOfDay(events, range.from);
  const end = positionOfDay(events, addDays(range.to, 1));
  const longest = longestSpanDays(events);
  const before: number[] = [];
  if (longest > 0) {
    for (let i = positionOfDay(events, addDays(range.from, -longest)); i < start; i += 1) {
      const endDate = events[i]!.endDate;
      if (endDate !== undefined && endDate >= range.from) before.push(i);
    }
  }
  return { start, end, before };
}

/** The events of a layer with a day in the range (events sorted by first day). */
export function ownEventsInRange(
  events: readonly OwnEvent[],
  range: DateRange,
): readonly OwnEvent[] {
  const { start, end, before } = ownRangePositions(events, range);
  const inside = events.slice(start, end);
  return before.length > 0 ? [...before.map((i) => events[i]!), ...inside] : inside;
}

/** The most days any event of the list lasts beyond its first day; once per list. */
const longestSpanDays = memoOnInputs((events: readonly OwnEvent[]): number => {
  let longest = 0;
  for (const e of events)
    if (e.endDate !== undefined) longest = Math.max(longest, daysBetween(e.date, e.endDate));
  return longest;
});

/** The first position of a layer's events (sorted by first day) whose first day is `day` or later. */
export function positionOfDay(events: readonly OwnEvent[], day: string): number {
  let lo = 0;
  let hi = events.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (events[mid]!.date < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Events and reported deaths in one calendar month (YYYY-MM). */
export interface MonthCount {
  readonly month: string;
  readonly events: number;
  /** Deaths the file reports for the month's events; null when none of them states deaths. */
  readonly deaths: number | null;
}

/**
 * Events and deaths per calendar month, by each event's first day, for every month from the
 * first to the last event (a month without events counts 0 events: the file covers it). The
 * events are sorted by first day, as a layer's are.
 */
export function countByMonth(events: readonly OwnEvent[]): MonthCount[] {
  if (events.length === 0) return [];
  const counts = new Map<string, { events: number; deaths: number | null }>();
  for (const e of events) {
    const month = e.date.slice(0, 7);
    const c = counts.get(month) ?? { events: 0, deaths: null };
    c.events += 1;
    if (e.deaths !== null) c.deaths = (c.deaths ?? 0) + e.deaths;
    counts.set(month, c);
  }
  const out: MonthCount[] = [];
  const [y0, m0] = events[0]!.date.split('-').map(Number) as [number, number];
  const lastMonth = events.at(-1)!.date.slice(0, 7);
  for (let y = y0, m = m0; ; m += 1) {
    if (m > 12) {
      y += 1;
      m = 1;
    }
    const month = `${y}-${String(m).padStart(2, '0')}`;
    if (month > lastMonth) break;
    const c = counts.get(month);
    out.push({ month, events: c?.events ?? 0, deaths: c ? c.deaths : null });
  }
  return out;
}

/** Events and reported deaths of a layer in one span, with the events of each kind. */
export interface OwnTotals {
  readonly events: number;
  /** Deaths the file reports for those events; null when none of them states deaths. */
  readonly deaths: number | null;
  /** Events per kind (the file's event type or type of violence). */
  readonly byType: ReadonlyMap<string, number>;
}

/** The events with a day in the range, counted: the before/after comparison's two windows. */
export function ownTotals(events: readonly OwnEvent[], range: DateRange): OwnTotals {
  const inRange = ownEventsInRange(events, range);
  let deaths: number | null = null;
  const byType = new Map<string, number>();
  for (const e of inRange) {
    if (e.deaths !== null) deaths = (deaths ?? 0) + e.deaths;
    byType.set(e.type, (byType.get(e.type) ?? 0) + 1);
  }
  return { events: inRange.length, deaths, byType };
}

/**
 * Where each actor of a layer appears, built once per layer (in the import worker) so that a
 * range change counts the file's actors with two binary searches per actor, not a pass over
 * every event. Actor `a` is named `names[a]`; its events' positions in the layer, ascending,
 * are `positions[offsets[a]]` to `positions[offsets[a + 1] - 1]`; an event naming the same
 * actor on both sides is listed once. `deaths` and `stated` hold, for each actor, the running
 * totals over its events (one more entry than events, from 0): deaths reported, and events that
 * state deaths, from `offsets[a] + a`.
 */
export interface ActorIndex {
  readonly names: readonly string[];
  readonly offsets: Int32Array;
  readonly positions: Int32Array;
  readonly deaths: Float64Array;
  readonly stated: Int32Array;
}

export function buildActorIndex(events: readonly OwnEvent[]): ActorIndex {
  const lists = new Map<string, number[]>();
  const note = (name: string | undefined, i: number) => {
    if (name === undefined || name === '') return;
    let list = lists.get(name);
    if (!list) lists.set(name, (list = []));
    list.push(i);
  };
  events.forEach((e, i) => {
    note(e.actor1, i);
    if (e.actor2 !== e.actor1) note(e.actor2, i);
  });
  const names = [...lists.keys()];
  const offsets = new Int32Array(names.length + 1);
  names.forEach((name, a) => (offsets[a + 1] = offsets[a]! + lists.get(name)!.length));
  const total = offsets[names.length]!;
  const positions = new Int32Array(total);
  const deaths = new Float64Array(total + names.length);
  const stated = new Int32Array(total + names.length);
  names.forEach((name, a) => {
    const list = lists.get(name)!;
    const base = offsets[a]! + a;
    list.forEach((p, k) => {
      positions[offsets[a]! + k] = p;
      const d = events[p]!.deaths;
      deaths[base + k + 1] = deaths[base + k]! + (d ?? 0);
      stated[base + k + 1] = stated[base + k]! + (d === null ? 0 : 1);
    });
  });
  return { names, offsets, positions, deaths, stated };
}

/** Events and deaths of one actor at positions `from` to `to` (excluded) of the layer. */
export function actorTally(
  index: ActorIndex,
  actor: number,
  from: number,
  to: number,
): { events: number; deaths: number | null } {
  const lo = index.offsets[actor]!;
  const hi = index.offsets[actor + 1]!;
  const first = lowerBound(index.positions, from, lo, hi);
  const last = lowerBound(index.positions, to, lo, hi);
  // Actor a's running totals start at offsets[a] + a: the entry before position k is at k + a.
  const stated = index.stated[last + actor]! - index.stated[first + actor]!;
  const deaths = index.deaths[last + actor]! - index.deaths[first + actor]!;
  return { events: last - first, deaths: stated > 0 ? deaths : null };
}

/**
 * What the panels read of a layer whatever the range: its events and deaths by month, its last
 * day, and where each actor appears. Built once per layer, in the import worker.
 */
export interface OwnSummary {
  readonly months: readonly MonthCount[];
  /** The last day any event covers (its last day when it lasts several). */
  readonly last: string;
  readonly actors: ActorIndex;
}

export function ownSummary(events: readonly OwnEvent[]): OwnSummary {
  let last = '';
  for (const e of events) {
    const end = e.endDate ?? e.date;
    if (end > last) last = end;
  }
  return { months: countByMonth(events), last, actors: buildActorIndex(events) };
}

const summaryOfEvents = memoOnInputs(ownSummary);

/** The layer's summary: the import worker's, or built here (once) for a layer changed since. */
export function summaryOf(layer: Pick<OwnLayer, 'events' | 'summary'>): OwnSummary {
  return layer.summary ?? summaryOfEvents(layer.events);
}

/** The memory of a summary that can move between threads rather than be copied. */
export function summaryBuffers(summary: OwnSummary): ArrayBuffer[] {
  const { offsets, positions, deaths, stated } = summary.actors;
  return [offsets.buffer, positions.buffer, deaths.buffer, stated.buffer] as ArrayBuffer[];
}
