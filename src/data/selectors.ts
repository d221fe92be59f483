import type { DateRange } from '@/lib/dates';
import type { Dataset } from './dataset-files';
import { buildKeyedRangeCounts, cachedRangeIndex, type KeyedRangeCounts } from './range-index';
import type { Actor } from './schemas/actors';
import type { ConflictEvent } from './schemas/events';
import type { Meeting } from './schemas/meetings';
import type { Source } from './schemas/meta';
import { nameOf } from '@/i18n/data-names';
import { currentLanguage } from '@/i18n/language';
import { memoOnInputs } from '@/lib/memo';

/**
 * Meetings that took place (or were due) on at least one day of the range, in date order.
 * Binary search in an index sorted once per dataset, not a scan per change.
 */
export function filterMeetingsByRange(
  meetings: readonly Meeting[],
  range: DateRange,
): readonly Meeting[] {
  return cachedRangeIndex(meetings, meetingStart, meetingEnd).query(range);
}
const meetingStart = (m: Meeting) => m.start;
const meetingEnd = (m: Meeting) => m.end;

/** Events on at least one day of the range, in date order (binary search, as for meetings). */
export function filterEventsByRange(
  events: readonly ConflictEvent[],
  range: DateRange,
): readonly ConflictEvent[] {
  return cachedRangeIndex(events, eventStart, eventEnd).query(range);
}
const eventStart = (e: ConflictEvent) => e.date;
const eventEnd = (e: ConflictEvent) => e.endDate ?? e.date;

export interface ActorActivity {
  actor: Actor;
  meetings: number;
  events: number;
}

/**
 * How many of the given meetings and events each actor took part in; the most active first,
 * ties in the order of their names in the language shown.
 */
export function rankActorsByActivity(
  actors: readonly Actor[],
  meetings: readonly Meeting[],
  events: readonly ConflictEvent[],
  range: DateRange,
): ActorActivity[] {
  // Counted from per-actor position lists, never by visiting the records in range: with a
  // million events that pass alone took longer than a frame.
  const meetingCounts = meetingsByActor(meetings).counts(range);
  const eventCounts = eventsByActor(events).counts(range);
  const byName = nameCollator().compare;
  return actors
    .map((actor) => ({
      actor,
      meetings: meetingCounts.get(actor.id) ?? 0,
      events: eventCounts.get(actor.id) ?? 0,
    }))
    .sort(
      (a, b) =>
        b.meetings + b.events - (a.meetings + a.events) || byName(nameOf(a.actor), nameOf(b.actor)),
    );
}

let collator: { language: string; of: Intl.Collator } | undefined;

/** The order of names in the language shown (one collator per language: sorts compare often). */
function nameCollator(): Intl.Collator {
  const language = currentLanguage();
  if (collator?.language !== language) collator = { language, of: new Intl.Collator(language) };
  return collator.of;
}

// Keyed count indexes, each built once per list (see memoOnInputs).

/** Events by the actors involved: counts in a range, and one actor's events. */
export const eventsByActor = memoOnInputs(
  (events: readonly ConflictEvent[]): KeyedRangeCounts<ConflictEvent> =>
    buildKeyedRangeCounts(cachedRangeIndex(events, eventStart, eventEnd), (e) => e.actors),
);

/** Events by place: counts in a range, and the events at one place. */
export const eventsByPlace = memoOnInputs(
  (events: readonly ConflictEvent[]): KeyedRangeCounts<ConflictEvent> =>
    buildKeyedRangeCounts(cachedRangeIndex(events, eventStart, eventEnd), (e) => [e.placeId]),
);

/** Meetings by participant. */
export const meetingsByActor = memoOnInputs(
  (meetings: readonly Meeting[]): KeyedRangeCounts<Meeting> =>
    buildKeyedRangeCounts(
      cachedRangeIndex(meetings, meetingStart, meetingEnd),
      (m) => m.participants,
    ),
);

/**
 * The day of the first dated record: the earliest event, meeting (by its start) or statistic
 * (by the date it is given for), where the default range starts.
 */
export function firstDataDate(
  dataset: Pick<Dataset, 'meetings' | 'events' | 'statistics'>,
): string | undefined {
  // Loops, not a list of every date: with a million events that list cost a second array of
  // a million strings at load.
  let first: string | undefined;
  const see = (date: string) => {
    if (first === undefined || date < first) first = date;
  };
  for (const m of dataset.meetings.meetings) see(m.start);
  for (const e of dataset.events.events) see(e.date);
  for (const s of dataset.statistics.series) for (const p of s.points) see(p.date);
  return first;
}

/**
 * A lookup from id to record, built once per list: many components ask for the same one (every
 * source link asks for the catalogue) and the dataset's lists never change.
 */
export const indexById = memoOnInputs(
  (records: readonly { id: string }[]): ReadonlyMap<string, { id: string }> =>
    new Map(records.map((r) => [r.id, r])),
) as <T extends { id: string }>(records: readonly T[]) => ReadonlyMap<string, T>;

/** The catalogue entries for a record's source ids, skipping ids the catalogue lacks. */
export function resolveSources(
  ids: readonly string[],
  catalogue: ReadonlyMap<string, Source>,
): Source[] {
  return ids.flatMap((id) => {
    const source = catalogue.get(id);
    return source ? [source] : [];
  });
}
