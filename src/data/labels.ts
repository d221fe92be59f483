import type { ActorKind, Alignment } from './schemas/actors';
import type { EventCategory } from './schemas/events';
import { tracks, type Meeting, type MeetingStatus, type Track } from './schemas/meetings';
import { categoricalColor } from '../lib/palette';
import type { Measure } from './schemas/statistics';
import type { PlaceKind } from './schemas/places';

/**
 * Display names for the enumerations of the dataset; one place, used by every panel. The order
 * in which to list tracks, alignments and measures is the order of their schema enums.
 */
export const trackLabels: Record<Track, string> = {
  astana: 'Astana format',
  geneva: 'Geneva talks',
  'constitutional-committee': 'Constitutional Committee',
  'sochi-russia-turkey': 'Sochi / Russia–Turkey',
  unsc: 'UN Security Council',
  other: 'Other summits and meetings',
};

export const statusLabels: Record<MeetingStatus, string> = {
  held: 'Held',
  postponed: 'Postponed',
  cancelled: 'Cancelled',
  scheduled: 'Scheduled',
};

export const actorKindLabels: Record<ActorKind, string> = {
  state: 'State',
  'armed-group': 'Armed group',
  'political-body': 'Political body',
  'international-organisation': 'International organisation',
  person: 'Person',
};

export const alignmentLabels: Record<Alignment, string> = {
  'assad-government': 'Assad government',
  'backs-assad-government': 'Backs the Assad government',
  opposition: 'Syrian opposition',
  'backs-opposition': 'Backs the opposition',
  'kurdish-led': 'Kurdish-led',
  jihadist: 'Jihadist',
  'transitional-authorities': 'Transitional authorities',
  'backs-transitional-authorities': 'Backs the transitional authorities',
  western: 'Western',
  mediator: 'Mediator',
  other: 'Other',
};

export const eventCategoryLabels: Record<EventCategory, string> = {
  military: 'Military',
  diplomatic: 'Diplomatic',
  political: 'Political',
  humanitarian: 'Humanitarian',
  statement: 'Statement',
};

export const measureLabels: Record<Measure, string> = {
  deaths: 'Deaths',
  refugees: 'Refugees',
  idps: 'Internally displaced',
  returns: 'Returns',
  population: 'Population',
};

export const placeKindLabels: Record<PlaceKind, string> = {
  country: 'Country',
  capital: 'Capital',
  city: 'City',
  town: 'Town',
  governorate: 'Governorate',
  region: 'Region',
  'military-base': 'Military base',
  venue: 'Venue',
  'border-crossing': 'Border crossing',
  zone: 'Zone',
};

/** The colour of a track in the timeline, its tables and the chart annotations. */
export function trackColor(track: Track): string {
  return categoricalColor(tracks.indexOf(track));
}

/**
 * How a numbered round is commonly called ("Astana 11", "Geneva 4", "Constitutional Committee
 * 3"), from its track and round number; undefined for a meeting that is not a numbered round.
 */
export function numberedRoundName(meeting: Pick<Meeting, 'track' | 'round'>): string | undefined {
  const track = roundNames[meeting.track];
  return track && meeting.round !== null ? `${track} ${meeting.round}` : undefined;
}

const roundNames: Partial<Record<Track, string>> = {
  astana: 'Astana',
  geneva: 'Geneva',
  'constitutional-committee': 'Constitutional Committee',
};

/**
 * A short name for a meeting, for places with little room (the round pill): "Astana 11",
 * "Geneva IV", "Constitutional Committee 3", "Resolution 2254"; otherwise its title.
 */
export function meetingShortLabel(
  meeting: Pick<Meeting, 'track' | 'title' | 'round' | 'resolution'>,
): string {
  if (meeting.resolution) return `Resolution ${meeting.resolution.number}`;
  const named = /^(Geneva [IVX]+):/.exec(meeting.title);
  if (named) return named[1]!;
  // "Geneva 2" would read as the Geneva II conference of 2014: the 2016 rounds say "talks".
  if (meeting.track === 'geneva' && meeting.round !== null)
    return `Geneva talks, round ${meeting.round}`;
  return numberedRoundName(meeting) ?? meeting.title;
}
