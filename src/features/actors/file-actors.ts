import type { OwnEventTable } from '@/data/own-event-table';
import { actorTally, positionOfDay, type ActorIndex, type RangePositions } from '@/data/own-events';
import type { Actor } from '@/data/schemas/actors';
import { indexById } from '@/data/selectors';
import { isoOfDayNumber } from '@/lib/dates';
import { normalizeForSearch } from '@/lib/search-text';

// The actors of an analyst's file (ACLED's actor1/actor2, UCDP's side_a/side_b), counted, and
// matched to the dashboard's actors by name and alias where they match; never merged with them.

/** The dashboard's records for the Syrian state, before and after the fall of Assad. */
const ASSAD_GOVERNMENT = 'syrian-government';
const TRANSITIONAL_AUTHORITIES = 'syrian-transitional-government';

/** "Military Forces of Syria (2000-2024)", "Government of Syria", "Police Forces of Turkey". */
const STATE_FORCES =
  /^(?:military forces|police forces|government|armed forces|navy|air force) of (?:the )?(.+)$/;
/** Syria as a state, folded for search: whichever government held Damascus on the day. */
const SYRIA = new Set(['syria', 'syrian arab republic']);

/**
 * Finds the dashboard's actor a file names. The Syrian state changed on the transitional
 * authorities' first day, so a name is matched in an era: 0 before that day, 1 from it.
 */
export interface ActorMatcher {
  /** The transitional authorities' first day (era 1 from it), if the dataset has it. */
  transition: string | undefined;
  eraOf: (date: string) => 0 | 1;
  match: (name: string, era: 0 | 1) => string | null;
}

/**
 * A matcher over the dashboard's actors: by name first, then by alias (an alias shared by two
 * actors matches neither), after setting aside what files add to a name: a qualifier in
 * brackets ("Islamic State (Syria)"), an abbreviation before a colon ("QSD: Syrian Democratic
 * Forces"), and "Military Forces of" / "Government of" before a state's name. "Syria" as a state
 * is the Assad government before the transitional authorities' first day, and they after it.
 */
export function actorMatcher(actors: readonly Actor[]): ActorMatcher {
  const byName = new Map<string, string | null>();
  const byAlias = new Map<string, string | null>();
  const add = (index: Map<string, string | null>, key: string, id: string) => {
    if (key === '') return;
    const known = index.get(key);
    index.set(key, known === undefined || known === id ? id : null);
  };
  for (const actor of actors) {
    add(byName, normalizeForSearch(actor.name), actor.id);
    add(byName, normalizeForSearch(actor.name.replace(/\([^)]*\)/g, '')), actor.id);
    // A state is also named by its country: "Republic of Turkey" → "Turkey".
    const country = actor.kind === 'state' ? /\bof (?:the )?([^()]+)$/.exec(actor.name)?.[1] : null;
    if (country) add(byAlias, normalizeForSearch(country), actor.id);
    for (const alias of actor.aliases) add(byAlias, normalizeForSearch(alias), actor.id);
  }
  const transition = indexById(actors)
    .get(TRANSITIONAL_AUTHORITIES)
    ?.periods.map((p) => p.from)
    .find((from) => from !== undefined);
  const eraOf = (date: string): 0 | 1 => (transition !== undefined && date >= transition ? 1 : 0);
  const lookup = (key: string): string | null => byName.get(key) ?? byAlias.get(key) ?? null;
  const cache = [new Map<string, string | null>(), new Map<string, string | null>()] as const;
  const match = (name: string, era: 0 | 1): string | null => {
    const cached = cache[era].get(name);
    if (cached !== undefined) return cached;
    let found: string | null = null;
    for (const variant of nameVariants(name)) {
      const state = STATE_FORCES.exec(variant)?.[1] ?? variant;
      if (SYRIA.has(state)) found = era === 1 ? TRANSITIONAL_AUTHORITIES : ASSAD_GOVERNMENT;
      else found = lookup(variant) ?? lookup(state);
      if (found) break;
    }
    cache[era].set(name, found);
    return found;
  };
  return { transition, eraOf, match };
}

/** The forms of a file's actor name to look up, most specific first, each folded for search. */
export function nameVariants(name: string): string[] {
  const variants = [name];
  const unbracketed = name.replace(/\([^)]*\)/g, ' ');
  variants.push(unbracketed);
  const colon = unbracketed.indexOf(':');
  if (colon > 0) variants.push(unbracketed.slice(colon + 1), unbracketed.slice(0, colon));
  return [...new Set(variants.map(normalizeForSearch).filter((v) => v !== ''))];
}

/** One actor of the file, as it names it, with the dashboard's actor it matched (or none). */
export interface FileActorRow {
  /** The name as the file gives it. */
  readonly name: string;
  readonly actorId: string | null;
  /** Events of the range it takes part in (as either side). */
  readonly events: number;
  /** Deaths the file reports for those events; null when none of them states deaths. */
  readonly deaths: number | null;
}

/**
 * The file's actors among the layer's events with a day in the range (`at`), each with its
 * events and deaths, most events first. A name that stands for two of the dashboard's actors
 * over time ("Government of Syria") is a row for each. An event with the same actor on both
 * sides counts once. Counted from the layer's actor index: two binary searches per actor and
 * era, whatever the number of events.
 */
export function countFileActors(
  table: OwnEventTable,
  index: ActorIndex,
  at: RangePositions,
  { transition, eraOf, match }: ActorMatcher,
): FileActorRow[] {
  const byName = new Map<string, [Tally, Tally]>();
  const tallies = (name: string) => {
    let found = byName.get(name);
    if (!found) {
      found = [
        { events: 0, deaths: null },
        { events: 0, deaths: null },
      ];
      byName.set(name, found);
    }
    return found;
  };
  const add = (name: string, era: 0 | 1, events: number, deaths: number | null) => {
    const tally = tallies(name)[era];
    tally.events += events;
    tally.deaths = sumOrNull(tally.deaths, deaths);
  };
  // The events that start in the range, on either side of the day the Syrian state changed.
  const split =
    transition === undefined
      ? at.end
      : Math.min(Math.max(positionOfDay(table, transition), at.start), at.end);
  index.names.forEach((name, a) => {
    const before = actorTally(index, a, at.start, split);
    if (before.events > 0) add(name, 0, before.events, before.deaths);
    const after = actorTally(index, a, split, at.end);
    if (after.events > 0) add(name, 1, after.events, after.deaths);
  });
  // The few that start before it and last into it.
  for (const p of at.before) {
    const era = eraOf(isoOfDayNumber(table.day[p]!));
    const deaths = Number.isNaN(table.deaths[p]) ? null : table.deaths[p]!;
    for (const a of new Set([table.actor1[p]!, table.actor2[p]!]))
      if (a >= 0) add(table.actors[a]!, era, 1, deaths);
  }
  const rows = new Map<string, FileActorRow>();
  for (const [name, pair] of byName) {
    pair.forEach((tally, era) => {
      if (tally.events === 0) return;
      const actorId = match(name, era as 0 | 1);
      const key = `${actorId ?? ''}|${name}`;
      const row = rows.get(key);
      rows.set(key, {
        name,
        actorId,
        events: (row?.events ?? 0) + tally.events,
        deaths: sumOrNull(row?.deaths ?? null, tally.deaths),
      });
    });
  }
  return [...rows.values()].sort((a, b) => b.events - a.events || a.name.localeCompare(b.name));
}

interface Tally {
  events: number;
  deaths: number | null;
}

function sumOrNull(a: number | null, b: number | null): number | null {
  return a === null ? b : b === null ? a : a + b;
}
