import type { ActorActivity } from '@/data/selectors';
import type { Actor, ActorKind, Alignment } from '@/data/schemas/actors';
import type { ConflictEvent } from '@/data/schemas/events';
import type { Meeting } from '@/data/schemas/meetings';
import { nameOf } from '@/i18n/data-names';
import { currentLanguage } from '@/i18n/language';
import { spanOverlapsRange, type DateRange } from '@/lib/dates';
import { memoOnInputs } from '@/lib/memo';
import { matchesAllTerms, searchTerms, searchableText } from '@/lib/search-text';
import type { ActorSort } from '@/stores/view-state';

/** What the alignment filter reads: the alignments each actor held in the range. */
export type AlignmentsById = ReadonlyMap<string, readonly Alignment[]>;

export interface DirectoryFilter {
  query: string;
  kind: ActorKind | 'all';
  alignment: Alignment | 'all';
}

/** How the directory is sorted: declared with the link's parameters. */
export type DirectorySort = ActorSort;

/** The text each actor is found by: names in every script, aliases and former names. */
export function buildSearchIndex(actors: readonly Actor[]): ReadonlyMap<string, string> {
  return new Map(actors.map((a) => [a.id, searchTextOf(a)]));
}

// Normalised once per actor record: the directory builds its index on every range change.
const searchTextOf = memoOnInputs((actor: Actor): string =>
  searchableText([actor.name, actor.nameAr, ...actor.aliases]),
);

/**
 * The actors that match the query (every word begins a word of a name) and the kind/alignment
 * filters; an actor matches an alignment it held on some day of the range.
 */
export function filterActors<T extends { actor: Actor }>(
  rows: readonly T[],
  filter: DirectoryFilter,
  index: ReadonlyMap<string, string>,
  alignmentsById: AlignmentsById,
): T[] {
  const terms = searchTerms(filter.query);
  return rows.filter(
    ({ actor }) =>
      (filter.kind === 'all' || actor.kind === filter.kind) &&
      (filter.alignment === 'all' ||
        (alignmentsById.get(actor.id) ?? []).includes(filter.alignment)) &&
      matchesAllTerms(index.get(actor.id) ?? '', terms),
  );
}

/**
 * Rows by activity in the range (meetings + events, most first) or by name: the name shown, in
 * the alphabetical order of the language shown.
 */
export function sortActivity(rows: readonly ActorActivity[], sort: DirectorySort): ActorActivity[] {
  const { compare } = new Intl.Collator(currentLanguage());
  const byName = (a: ActorActivity, b: ActorActivity) => compare(nameOf(a.actor), nameOf(b.actor));
  return [...rows].sort(
    sort === 'name'
      ? byName
      : (a, b) => b.meetings + b.events - (a.meetings + a.events) || byName(a, b),
  );
}

/** Whether the actor existed (or held its role) on some day of the range; open ends are open. */
export function isActorActiveInRange(actor: Actor, range: DateRange): boolean {
  return spanOverlapsRange(actor.activeFrom ?? '0000-01-01', actor.activeTo ?? '9999-12-31', range);
}

export interface ParticipationItem {
  kind: 'meeting' | 'event';
  id: string;
  date: string;
  end: string;
  /** The meeting's or event's title (events have it in English only). */
  title: string;
  /** A meeting's Arabic title; none for an event. */
  titleAr: string | undefined;
  placeId: string;
  sources: readonly string[];
}

/** The meetings and events (already limited to the range) that the actor took part in, newest first. */
export function actorParticipation(
  actorId: string,
  meetings: readonly Meeting[],
  events: readonly ConflictEvent[],
): ParticipationItem[] {
  const items: ParticipationItem[] = [
    ...meetings
      .filter((m) => m.participants.includes(actorId))
      .map((m) => ({
        kind: 'meeting' as const,
        id: m.id,
        date: m.start,
        end: m.end,
        title: m.title,
        titleAr: m.titleAr,
        placeId: m.placeId,
        sources: m.sources,
      })),
    ...events
      .filter((e) => e.actors.includes(actorId))
      .map((e) => ({
        kind: 'event' as const,
        id: e.id,
        date: e.date,
        end: e.endDate ?? e.date,
        title: e.title,
        titleAr: undefined,
        placeId: e.placeId,
        sources: e.sources,
      })),
  ];
  return items.sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
}
