import { dayNumber } from '@/lib/dates';

/** One event of a loaded file, as the file gives it (the page keeps it in an OwnEventTable). */
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

/**
 * A layer's events as the page keeps them: a typed array for each field the panels count or
 * draw. Built in the import worker and moved to the page: a million events are a dozen buffers,
 * not a million objects (and ten million strings) for the page's garbage collector to walk,
 * which held the page for up to 200 ms at a time. Each event whole (its text: notes, source,
 * place names) stays in a worker of its own (own-event-text.ts) and is asked for when shown.
 */
export interface OwnEventTable {
  readonly length: number;
  /** Each event's first day as a day number (`dayNumber`), ascending. */
  readonly day: Int32Array;
  /** Its last day: the first, for a one-day event. */
  readonly lastDay: Int32Array;
  readonly lon: Float64Array;
  readonly lat: Float64Array;
  /** Deaths the file reports; NaN where it states none. */
  readonly deaths: Float64Array;
  /** Its kind, as a place in the layer's kinds (most frequent first); 0xffff past 65,535 kinds. */
  readonly type: Uint16Array;
  /** 1 for an event outside Syria. */
  readonly outside: Uint8Array;
  /** The actor on each side, as a place in `actors`; -1 for none. */
  readonly actor1: Int32Array;
  readonly actor2: Int32Array;
  /** The file's actor names, in order of first appearance. */
  readonly actors: readonly string[];
}

/** The kinds of a list of events, most frequent first (ties by name). */
export function kindsByCount(events: readonly OwnEvent[]): string[] {
  const counts = new Map<string, number>();
  for (const e of events) counts.set(e.type, (counts.get(e.type) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([type]) => type);
}

/** The table of a list of events sorted by first day; `types` are the layer's kinds. */
export function ownEventTable(
  events: readonly OwnEvent[],
  types: readonly string[] = kindsByCount(events),
): OwnEventTable {
  const n = events.length;
  const typeIndex = new Map(types.map((t, i) => [t, Math.min(i, 0xffff)]));
  const actorIndex = new Map<string, number>();
  const actorOf = (name: string | undefined): number => {
    if (name === undefined || name === '') return -1;
    let a = actorIndex.get(name);
    if (a === undefined) actorIndex.set(name, (a = actorIndex.size));
    return a;
  };
  // A file has a few thousand distinct days: each is parsed once.
  const days = new Map<string, number>();
  const dayOf = (iso: string): number => {
    let d = days.get(iso);
    if (d === undefined) days.set(iso, (d = dayNumber(iso)));
    return d;
  };
  const table = {
    length: n,
    day: new Int32Array(n),
    lastDay: new Int32Array(n),
    lon: new Float64Array(n),
    lat: new Float64Array(n),
    deaths: new Float64Array(n),
    type: new Uint16Array(n),
    outside: new Uint8Array(n),
    actor1: new Int32Array(n),
    actor2: new Int32Array(n),
  };
  for (let i = 0; i < n; i += 1) {
    const e = events[i]!;
    table.day[i] = dayOf(e.date);
    table.lastDay[i] = e.endDate === undefined ? table.day[i]! : dayOf(e.endDate);
    table.lon[i] = e.lon;
    table.lat[i] = e.lat;
    table.deaths[i] = e.deaths ?? NaN;
    table.type[i] = typeIndex.get(e.type) ?? 0xffff;
    table.outside[i] = e.outsideSyria ? 1 : 0;
    table.actor1[i] = actorOf(e.actor1);
    table.actor2[i] = actorOf(e.actor2);
  }
  return { ...table, actors: [...actorIndex.keys()] };
}

/** The table of some of a table's events (`rows`, ascending positions). */
export function selectRows(table: OwnEventTable, rows: Int32Array): OwnEventTable {
  const pick = <T extends Int32Array | Uint32Array | Float64Array | Uint16Array | Uint8Array>(
    column: T,
  ): T => {
    const out = new (column.constructor as new (n: number) => T)(rows.length);
    for (let k = 0; k < rows.length; k += 1) out[k] = column[rows[k]!]!;
    return out;
  };
  return {
    length: rows.length,
    day: pick(table.day),
    lastDay: pick(table.lastDay),
    lon: pick(table.lon),
    lat: pick(table.lat),
    deaths: pick(table.deaths),
    type: pick(table.type),
    outside: pick(table.outside),
    actor1: pick(table.actor1),
    actor2: pick(table.actor2),
    actors: table.actors,
  };
}

/** The positions of a table's events inside Syria. */
export function rowsInsideSyria(table: OwnEventTable): Int32Array {
  const rows = new Int32Array(table.length);
  let n = 0;
  for (let i = 0; i < table.length; i += 1) if (table.outside[i] === 0) rows[n++] = i;
  return rows.slice(0, n);
}

/** The memory of a table, to move it to another thread rather than copy it. */
export function tableBuffers(table: OwnEventTable): ArrayBuffer[] {
  const columns = [
    table.day,
    table.lastDay,
    table.lon,
    table.lat,
    table.deaths,
    table.type,
    table.outside,
    table.actor1,
    table.actor2,
  ];
  return [...new Set(columns.map((c) => c.buffer as ArrayBuffer))];
}
