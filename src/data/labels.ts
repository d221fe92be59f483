import type { ActorKind, Alignment } from './schemas/actors';
import type { EventCategory } from './schemas/events';
import { tracks, type Meeting, type MeetingStatus, type Track } from './schemas/meetings';
import { categoricalColor } from '../lib/palette';
import type { Measure } from './schemas/statistics';
import type { PlaceKind, SyrianGovernorate } from './schemas/places';
import { titleOf } from '@/i18n/data-names';
import { currentLanguage } from '@/i18n/language';
import { t, type MessageKey } from '@/i18n/t';
import { formatYear } from '@/lib/format';

/**
 * A display name for each value of an enumeration, in the language shown: each property is a
 * getter, read when a label is shown (`trackLabels[track]`), so that a table made at load
 * follows a change of language. Its properties are enumerable, in the order given.
 */
function labelsOf<V extends string>(keys: Record<V, MessageKey>): Readonly<Record<V, string>> {
  const labels = {} as Record<V, string>;
  for (const [value, key] of Object.entries(keys) as [V, MessageKey][]) {
    Object.defineProperty(labels, value, { get: () => t(key), enumerable: true });
  }
  return labels;
}

/**
 * Display names for the enumerations of the dataset; one place, used by every panel. The order
 * in which to list tracks, alignments and measures is the order of their schema enums.
 */
export const trackLabels = labelsOf<Track>({
  astana: 'data.track.astana',
  geneva: 'data.track.geneva',
  'constitutional-committee': 'data.track.constitutionalCommittee',
  'sochi-russia-turkey': 'data.track.sochi',
  unsc: 'data.track.unsc',
  other: 'data.track.other',
});

export const statusLabels = labelsOf<MeetingStatus>({
  held: 'data.status.held',
  postponed: 'data.status.postponed',
  cancelled: 'data.status.cancelled',
  scheduled: 'data.status.scheduled',
});

export const actorKindLabels = labelsOf<ActorKind>({
  state: 'data.actorKind.state',
  'armed-group': 'data.actorKind.armedGroup',
  'political-body': 'data.actorKind.politicalBody',
  'international-organisation': 'data.actorKind.internationalOrganisation',
  person: 'data.actorKind.person',
});

export const alignmentLabels = labelsOf<Alignment>({
  'assad-government': 'data.alignment.assadGovernment',
  'backs-assad-government': 'data.alignment.backsAssadGovernment',
  opposition: 'data.alignment.opposition',
  'backs-opposition': 'data.alignment.backsOpposition',
  'kurdish-led': 'data.alignment.kurdishLed',
  jihadist: 'data.alignment.jihadist',
  'transitional-authorities': 'data.alignment.transitionalAuthorities',
  'backs-transitional-authorities': 'data.alignment.backsTransitionalAuthorities',
  western: 'data.alignment.western',
  mediator: 'data.alignment.mediator',
  other: 'data.alignment.other',
});

export const eventCategoryLabels = labelsOf<EventCategory>({
  military: 'data.category.military',
  diplomatic: 'data.category.diplomatic',
  political: 'data.category.political',
  humanitarian: 'data.category.humanitarian',
  statement: 'data.category.statement',
});

export const measureLabels = labelsOf<Measure>({
  deaths: 'data.measure.deaths',
  refugees: 'data.measure.refugees',
  idps: 'data.measure.idps',
  returns: 'data.measure.returns',
  population: 'data.measure.population',
});

export const placeKindLabels = labelsOf<PlaceKind>({
  country: 'data.placeKind.country',
  capital: 'data.placeKind.capital',
  city: 'data.placeKind.city',
  town: 'data.placeKind.town',
  governorate: 'data.placeKind.governorate',
  region: 'data.placeKind.region',
  'military-base': 'data.placeKind.militaryBase',
  venue: 'data.placeKind.venue',
  'border-crossing': 'data.placeKind.borderCrossing',
  zone: 'data.placeKind.zone',
});

/**
 * Syria's governorates by name: in English the name itself (as geoBoundaries and places.json
 * spell it: Idleb, Dar'a), in Arabic the Arabic name.
 */
export const governorateLabels = labelsOf<SyrianGovernorate>({
  Aleppo: 'data.governorate.aleppo',
  'Al-Hasakeh': 'data.governorate.hasakeh',
  'Ar-Raqqa': 'data.governorate.raqqa',
  'As-Sweida': 'data.governorate.sweida',
  Damascus: 'data.governorate.damascus',
  "Dar'a": 'data.governorate.daraa',
  'Deir-ez-Zor': 'data.governorate.deirEzZor',
  Hama: 'data.governorate.hama',
  Homs: 'data.governorate.homs',
  Idleb: 'data.governorate.idleb',
  Lattakia: 'data.governorate.lattakia',
  Quneitra: 'data.governorate.quneitra',
  'Rural Damascus': 'data.governorate.ruralDamascus',
  Tartous: 'data.governorate.tartous',
});

/** The colour of a track in the timeline, its tables and the chart annotations. */
export function trackColor(track: Track): string {
  return categoricalColor(tracks.indexOf(track));
}

/**
 * How a numbered round is commonly called ("Astana 11", "Geneva 4", "Constitutional Committee
 * 3"; in Arabic "أستانا ١١"…), from its track and round number; undefined for a meeting that is
 * not a numbered round.
 */
export function numberedRoundName(meeting: Pick<Meeting, 'track' | 'round'>): string | undefined {
  const key = roundNames[meeting.track];
  return key && meeting.round !== null ? t(key, { number: formatYear(meeting.round) }) : undefined;
}

const roundNames: Partial<Record<Track, MessageKey>> = {
  astana: 'data.round.astana',
  geneva: 'data.round.geneva',
  'constitutional-committee': 'data.round.constitutionalCommittee',
};

/**
 * A short name for a meeting, for places with little room (the round pill): "Astana 11",
 * "Geneva IV", "Constitutional Committee 3", "Resolution 2254"; otherwise its title. In Arabic
 * a Geneva round is numbered in digits ("جنيف ٤"), as Arabic writes it.
 */
export function meetingShortLabel(
  meeting: Pick<Meeting, 'track' | 'title' | 'titleAr' | 'round' | 'resolution'>,
): string {
  if (meeting.resolution)
    return t('data.round.resolution', { number: formatYear(meeting.resolution.number) });
  const named = /^Geneva ([IVX]+):/.exec(meeting.title);
  if (named) {
    return currentLanguage() === 'en'
      ? `Geneva ${named[1]!}`
      : t('data.round.geneva', { number: formatYear(meeting.round ?? fromRoman(named[1]!)) });
  }
  // "Geneva 2" would read as the Geneva II conference of 2014: the 2016 rounds say "talks".
  if (meeting.track === 'geneva' && meeting.round !== null)
    return t('data.round.genevaTalks', { number: formatYear(meeting.round) });
  return numberedRoundName(meeting) ?? titleOf(meeting);
}

/** XIV → 14: the number of a Geneva round its title gives in Roman numerals. */
function fromRoman(numeral: string): number {
  const values: Record<string, number> = { I: 1, V: 5, X: 10 };
  let total = 0;
  for (let i = 0; i < numeral.length; i++) {
    const value = values[numeral[i]!] ?? 0;
    const next = values[numeral[i + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}
