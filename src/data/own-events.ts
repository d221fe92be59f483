import { addDays, daysBetween, type DateRange } from '@/lib/dates';
import { memoOnInputs } from '@/lib/memo';

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
}

/** The events of a layer with a day in the range (events sorted by first day). */
export function ownEventsInRange(
  events: readonly OwnEvent[],
  range: DateRange,
): readonly OwnEvent[] {
  // An event lasting several days is in the range if any of its days is. The list is sorted by
  // first day, so those that start before the range can only be among the events that start at
  // most the longest span of the file before it: never a scan of the whole list.
  const first = lowerBound(events, range.from);
  const last = lowerBound(events, addDays(range.to, 1));
  const inside = events.slice(first, last);
  const longest = longestSpanDays(events);
  if (longest === 0) return inside;
  const before = events
    .slice(lowerBound(events, addDays(range.from, -longest)), first)
    .filter((e) => e.endDate !== undefined && e.endDate >= range.from);
  return before.length > 0 ? [...before, ...inside] : inside;
}

/** The most days any event of the list lasts beyond its first day; once per list. */
const longestSpanDays = memoOnInputs((events: readonly OwnEvent[]): number => {
  let longest = 0;
  for (const e of events)
    if (e.endDate !== undefined) longest = Math.max(longest, daysBetween(e.date, e.endDate));
  return longest;
});

function lowerBound(events: readonly OwnEvent[], day: string): number {
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
