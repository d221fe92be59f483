import type { Dataset } from '@/data/dataset-files';
import { actorKindLabels, numberedRoundName, placeKindLabels, trackLabels } from '@/data/labels';
import type { Place } from '@/data/schemas/places';
import { nameOf } from '@/i18n/data-names';
import { currentLanguage, currentLocale } from '@/i18n/language';
import { t, type MessageKey } from '@/i18n/t';
import { formatDate, formatSpan } from '@/lib/format';
import {
  matchesAllTerms,
  normalizeForSearch,
  searchTerms,
  searchableWords,
} from '@/lib/search-text';

export const searchKinds = ['actor', 'place', 'meeting', 'event'] as const;
export type SearchKind = (typeof searchKinds)[number];

const searchKindKeys: Record<SearchKind, MessageKey> = {
  actor: 'search.kind.actor',
  meeting: 'search.kind.meeting',
  place: 'search.kind.place',
  event: 'search.kind.event',
};

/** The heading of a kind's results, in the language shown: "Actors". */
export function searchKindLabel(kind: SearchKind): string {
  return t(searchKindKeys[kind]);
}

/**
 * One record as the search sees it: what it is shown as, and every name it is found by. The
 * index holds the names of both languages, so that either finds a record in either language;
 * what a result shows is chosen when it is shown (`shownLabel`).
 */
export interface SearchEntry {
  kind: SearchKind;
  id: string;
  /** Its name or title in English. */
  label: string;
  /** Its Arabic name or title; none for an event, whose title the dataset has in English only. */
  labelAr: string | undefined;
  /** One line saying which record this is (kind, dates, place), made only when shown. */
  detail: () => string;
  /** The place to bring into view for an event. */
  placeId: string | undefined;
  /** Its main names (label, Arabic name), folded, to rank matches on them first. */
  mainNames: string[];
  /** The folded words of its main names (see searchableText). */
  main: string;
  /** The folded words of every name (see searchableText). */
  text: string;
}

export type SearchData = Pick<Dataset, 'actors' | 'places' | 'meetings' | 'events'>;

function entry(
  fields: Omit<SearchEntry, 'mainNames' | 'main' | 'text'>,
  otherNames: readonly string[],
): SearchEntry {
  // Each name is folded once: at 100,000 events, folding is most of the time the index takes.
  const mainNames = [fields.label, fields.labelAr ?? ''].map(normalizeForSearch);
  const main = searchableWords(mainNames);
  return {
    ...fields,
    mainNames: mainNames.filter((n) => n !== ''),
    main,
    text:
      otherNames.length === 0
        ? main
        : searchableWords([...mainNames, ...otherNames.map(normalizeForSearch)]),
  };
}

/**
 * Every actor, meeting, place and event of the dataset with the names it is found by: actors
 * and places by name, Arabic name and aliases; meetings by title, Arabic title and the common
 * name of a numbered round; events by title. Built once per dataset.
 */
export function buildSearchIndex(data: SearchData): SearchEntry[] {
  const places = new Map(data.places.places.map((p) => [p.id, p]));
  return [
    ...data.actors.actors.map((a) =>
      entry(
        {
          kind: 'actor',
          id: a.id,
          label: a.name,
          labelAr: a.nameAr,
          detail: () => actorKindLabels[a.kind],
          placeId: undefined,
        },
        a.aliases,
      ),
    ),
    ...data.meetings.meetings.map((m) => {
      const roundName = numberedRoundName(m);
      return entry(
        {
          kind: 'meeting',
          id: m.id,
          label: m.title,
          labelAr: m.titleAr,
          detail: () =>
            t('search.detail', { what: trackLabels[m.track], where: formatSpan(m.start, m.end) }),
          placeId: m.placeId,
        },
        roundName ? [roundName] : [],
      );
    }),
    ...data.places.places.map((p) =>
      entry(
        {
          kind: 'place',
          id: p.id,
          label: p.name,
          labelAr: p.nameAr,
          detail: () => t('search.detail', { what: placeKindLabels[p.kind], where: placeArea(p) }),
          placeId: p.id,
        },
        p.aliases,
      ),
    ),
    ...data.events.events.map((e) =>
      entry(
        {
          kind: 'event',
          id: e.id,
          label: e.title,
          labelAr: undefined,
          detail: () => {
            const place = places.get(e.placeId);
            return t('search.detail', {
              what: formatDate(e.date),
              where: place ? nameOf(place) : e.placeId,
            });
          },
          placeId: e.placeId,
        },
        [],
      ),
    ),
  ];
}

/**
 * The record's name in the language shown: an Arabic name in Arabic, else the English one (an
 * event's title, in English only).
 */
export function shownLabel(entry: Pick<SearchEntry, 'label' | 'labelAr'>): string {
  return entry.labelAr ? nameOf({ name: entry.label, nameAr: entry.labelAr }) : entry.label;
}

/**
 * Where a place lies: its governorate in Syria, else its country: the ISO code in English (as
 * the dataset writes it), the country's name in Arabic.
 */
function placeArea(place: Pick<Place, 'governorate' | 'country'>): string {
  if (place.governorate) return place.governorate;
  if (currentLanguage() === 'en') return place.country;
  return countryName(place.country);
}

function countryName(code: string): string {
  try {
    return new Intl.DisplayNames([currentLocale()], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export interface SearchGroup {
  kind: SearchKind;
  /** How many records of this kind match. */
  total: number;
  /** The best of them, at most the limit. */
  entries: SearchEntry[];
}

/**
 * The records every word of the query begins a word of, grouped by kind (in searchKinds order,
 * kinds without a match left out). Within a kind: a main name that begins with the whole query
 * first, then matches on a main name, then matches on other names; else in dataset order.
 */
export function searchRecords(
  index: readonly SearchEntry[],
  query: string,
  limitPerKind: number,
): SearchGroup[] {
  const terms = searchTerms(query);
  if (terms.length === 0) return [];
  const phrase = normalizeForSearch(query);
  const rank = (e: SearchEntry) =>
    e.mainNames.some((n) => n.startsWith(phrase)) ? 0 : matchesAllTerms(e.main, terms) ? 1 : 2;
  // One pass over the index; within a kind, the entries keep dataset order within a rank.
  const found = new Map(searchKinds.map((kind) => [kind, [[], [], []] as SearchEntry[][]]));
  for (const e of index) {
    if (matchesAllTerms(e.text, terms)) found.get(e.kind)![rank(e)]!.push(e);
  }
  return searchKinds.flatMap((kind) => {
    const ranked = found.get(kind)!.flat();
    return ranked.length === 0
      ? []
      : [{ kind, total: ranked.length, entries: ranked.slice(0, limitPerKind) }];
  });
}
