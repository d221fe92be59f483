import type { MessageKey } from '@/i18n/t';
import { dayNumber, isoOfDayNumber, type DateRange } from '@/lib/dates';
import { memoOnInputs } from '@/lib/memo';
import type { OwnEventTable } from './own-event-table';
import type { OwnEventText } from './own-event-text';
import { lowerBound } from './range-index';

// The analyst's own events, loaded from a file (an ACLED or UCDP export, or any table mapped by
// hand): a layer of their own, never mixed with the curated dataset. The loader lives in
// src/features/own-events; the panels read the layer from src/stores/own-events.

/**
 * A value in the message of an import problem: a number, a word of the interface, or one of
 * these, each put into words on the page in the language it shows.
 */
export type ProblemParam =
  | string
  | number
  /** Text shown as written: the analyst's own (a file name, a cell), or a browser's error. */
  | { own: string }
  /** A size in bytes: "2.0 GB". */
  | { bytes: number }
  /** Columns of the analyst's file, quoted, in a list: "'latitude', 'longitude'". */
  | { columns: readonly string[] }
  /** The name of a file's layout as the layer keeps it (English: "UCDP GED (49 columns)"). */
  | { layout: string };

export type ProblemParams = Readonly<Record<string, ProblemParam>>;

/**
 * A problem of an import as data: the catalogue's message that says it and its values. The
 * import worker says problems this way (it has no catalogue, nor sight of the language shown);
 * the page puts them into words.
 */
export interface Problem {
  readonly key: MessageKey;
  readonly params?: ProblemParams;
}

/**
 * Why a row of a file was not imported: a problem (`key`, `params`), or, for a layer kept
 * before imports were said in two languages, the reason as it was then written, in English.
 */
export type RowProblem = {
  readonly row: number;
  /** The column at fault, by its name in the file's header. */
  readonly column: string;
} & (Problem | { readonly reason: string });

/**
 * The type of an event whose file states none. A value of the layer's data (kept with it, told
 * apart by it), in English like the types the files state; `ownTypeName` names it for the reader.
 */
export const TYPE_NOT_STATED = 'Type not stated';

/**
 * UCDP's types of violence, by their type_of_violence codes 1, 2 and 3, as a layer keeps them
 * (in English, like the types files state); a code UCDP does not define is kept as "Type 4".
 * These are names the dashboard gives a code, not a file's words: `ownTypeName` says them in
 * the language shown.
 */
export const UCDP_TYPES = ['State-based conflict', 'Non-state conflict', 'One-sided violence'];

/** The type a layer keeps for a UCDP type_of_violence code (a cell of the file). */
export function ucdpType(code: string): string {
  if (!code) return TYPE_NOT_STATED;
  return UCDP_TYPES[Number(code) - 1] ?? `Type ${code}`;
}

/** The UCDP code a kept type stands for, or null for a type a file states in its own words. */
export function ucdpCodeOf(type: string): number | null {
  const known = UCDP_TYPES.indexOf(type);
  if (known >= 0) return known + 1;
  const other = /^Type (\d+)$/.exec(type);
  return other ? Number(other[1]) : null;
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
  /** Its events, sorted by first day (stable: a day's events in file order). */
  readonly table: OwnEventTable;
  /** Each event whole, asked for when shown (held in a worker). */
  readonly text: OwnEventText;
  /** The kinds of event, most frequent first. */
  readonly types: readonly string[];
  readonly report: ImportReport;
  /** The file's SHA-256 (hex), or null when it was too large to hash in the browser. */
  readonly sha256: string | null;
  /** Why the layer is not kept for the next visit (storage refused or full); null when kept. */
  readonly keptError: string | null;
  /** Its summary, when the import worker built it (see `summaryOf`). */
  readonly summary?: OwnSummary;
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

export function ownRangePositions(table: OwnEventTable, range: DateRange): RangePositions {
  // An event lasting several days is in the range if any of its days is. The table is sorted by
  // first day, so those that start before the range can only be among the events that start at
  // most the longest span of the file before it: never a scan of the whole table.
  const from = dayNumber(range.from);
  const start = lowerBound(table.day, from);
  const end = lowerBound(table.day, dayNumber(range.to) + 1, start);
  const longest = longestSpanDays(table);
  const before: number[] = [];
  if (longest > 0) {
    for (let i = lowerBound(table.day, from - longest, 0, start); i < start; i += 1)
      if (table.lastDay[i]! >= from) before.push(i);
  }
  return { start, end, before };
}

/** Calls `visit` with each position of a range's events: those lasting into it first. */
export function eachPosition(at: RangePositions, visit: (i: number) => void): void {
  for (const i of at.before) visit(i);
  for (let i = at.start; i < at.end; i += 1) visit(i);
}

/** How many events a range holds. */
export function positionCount(at: RangePositions): number {
  return at.before.length + at.end - at.start;
}

/** The most days any event of a table lasts beyond its first day; once per table. */
const longestSpanDays = memoOnInputs((table: OwnEventTable): number => {
  let longest = 0;
  for (let i = 0; i < table.length; i += 1)
    longest = Math.max(longest, table.lastDay[i]! - table.day[i]!);
  return longest;
});

/** The first position of a table (sorted by first day) whose first day is `day` or later. */
export function positionOfDay(table: OwnEventTable, day: string): number {
  return lowerBound(table.day, dayNumber(day));
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
 * first to the last event (a month without events counts 0 events: the file covers it).
 */
export function countByMonth(table: OwnEventTable): MonthCount[] {
  if (table.length === 0) return [];
  const counts = new Map<string, { events: number; deaths: number | null }>();
  // Sorted by day: the month is worked out once per day the file has.
  let day = NaN;
  let count = { events: 0, deaths: null as number | null };
  for (let i = 0; i < table.length; i += 1) {
    if (table.day[i] !== day) {
      day = table.day[i]!;
      const month = isoOfDayNumber(day).slice(0, 7);
      const known = counts.get(month);
      if (known) count = known;
      else counts.set(month, (count = { events: 0, deaths: null }));
    }
    count.events += 1;
    const deaths = table.deaths[i]!;
    if (!Number.isNaN(deaths)) count.deaths = (count.deaths ?? 0) + deaths;
  }
  const out: MonthCount[] = [];
  const first = isoOfDayNumber(table.day[0]!);
  const lastMonth = isoOfDayNumber(table.day[table.length - 1]!).slice(0, 7);
  for (let y = Number(first.slice(0, 4)), m = Number(first.slice(5, 7)); ; m += 1) {
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

/**
 * The name `ownTotals` counts the kinds beyond the file's own under. A sentinel, not text: this
 * module runs in workers too and stays free of the interface's messages; what shows it says
 * `t('data.otherKinds')` in its place.
 */
export const OTHER_KINDS = 'other kinds';

/** The events with a day in the range, counted: the before/after comparison's two windows. */
export function ownTotals(layer: Pick<OwnLayer, 'table' | 'types'>, range: DateRange): OwnTotals {
  const { table, types } = layer;
  const at = ownRangePositions(table, range);
  let deaths: number | null = null;
  const perType = new Map<number, number>();
  eachPosition(at, (i) => {
    const d = table.deaths[i]!;
    if (!Number.isNaN(d)) deaths = (deaths ?? 0) + d;
    const t = table.type[i]!;
    perType.set(t, (perType.get(t) ?? 0) + 1);
  });
  const byType = new Map<string, number>();
  for (const [t, n] of perType) {
    const name = types[t] ?? OTHER_KINDS;
    byType.set(name, (byType.get(name) ?? 0) + n);
  }
  return { events: positionCount(at), deaths, byType };
}

/**
 * Where each actor of a layer appears, built once per layer (in the import worker) so that a
 * range change counts the file's actors with two binary searches per actor, not a pass over
 * every event. Actor `a` is named `names[a]` (the table's `actors`); its events' positions in
 * the layer, ascending, are `positions[offsets[a]]` to `positions[offsets[a + 1] - 1]`; an event
 * naming the same actor on both sides is listed once. `deaths` and `stated` hold, for each actor,
 * the running totals over its events (one more entry than events, from 0): deaths reported, and
 * events that state deaths, from `offsets[a] + a`.
 */
export interface ActorIndex {
  readonly names: readonly string[];
  readonly offsets: Int32Array;
  readonly positions: Int32Array;
  readonly deaths: Float64Array;
  readonly stated: Int32Array;
}

export function buildActorIndex(table: OwnEventTable): ActorIndex {
  const names = table.actors;
  const offsets = new Int32Array(names.length + 1);
  const sides = (i: number): [number, number] => {
    const a1 = table.actor1[i]!;
    const a2 = table.actor2[i]!;
    return [a1, a2 === a1 ? -1 : a2];
  };
  // Counted first, then placed: no list per actor.
  for (let i = 0; i < table.length; i += 1)
    for (const a of sides(i)) if (a >= 0) offsets[a + 1]! += 1;
  for (let a = 0; a < names.length; a += 1) offsets[a + 1]! += offsets[a]!;
  const total = offsets[names.length]!;
  const positions = new Int32Array(total);
  const filled = offsets.slice(0, names.length);
  for (let i = 0; i < table.length; i += 1)
    for (const a of sides(i)) if (a >= 0) positions[filled[a]!++] = i;
  const deaths = new Float64Array(total + names.length);
  const stated = new Int32Array(total + names.length);
  for (let a = 0; a < names.length; a += 1) {
    const base = offsets[a]! + a;
    for (let k = 0; k < offsets[a + 1]! - offsets[a]!; k += 1) {
      const d = table.deaths[positions[offsets[a]! + k]!]!;
      const known = !Number.isNaN(d);
      deaths[base + k + 1] = deaths[base + k]! + (known ? d : 0);
      stated[base + k + 1] = stated[base + k]! + (known ? 1 : 0);
    }
  }
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

export function ownSummary(table: OwnEventTable): OwnSummary {
  let last = -Infinity;
  for (let i = 0; i < table.length; i += 1) last = Math.max(last, table.lastDay[i]!);
  return {
    months: countByMonth(table),
    last: table.length > 0 ? isoOfDayNumber(last) : '',
    actors: buildActorIndex(table),
  };
}

const summaryOfTable = memoOnInputs(ownSummary);

/** The layer's summary: the import worker's, or built here (once) for a layer changed since. */
export function summaryOf(layer: Pick<OwnLayer, 'table' | 'summary'>): OwnSummary {
  return layer.summary ?? summaryOfTable(layer.table);
}

/** The memory of a summary, to move it from the worker rather than copy it. */
export function summaryBuffers(summary: OwnSummary): ArrayBuffer[] {
  const { offsets, positions, deaths, stated } = summary.actors;
  return [offsets, positions, deaths, stated].map((a) => a.buffer as ArrayBuffer);
}
