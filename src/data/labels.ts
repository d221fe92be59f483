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
  'syrian-government': 'Syrian government',
  'pro-government': 'Pro-government',
  opposition: 'Opposition',
  'kurdish-led': 'Kurdish-led',
  jihadist: 'Jihadist',
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
 * A short name for a meeting, for places with little room (the round pill): "Astana 11",
 * "Geneva IV", "Constitutional Committee 3", "Resolution 2254"; otherwise its title.
 */
export function meetingShortLabel(
  meeting: Pick<Meeting, 'track' | 'title' | 'round' | 'resolution'>,
): string {
  if (meeting.resolution) return `Resolution ${meeting.resolution.number}`;
  const named = /^(Geneva [IVX]+):/.exec(meeting.title);
  if (named) return named[1]!;
  if (meeting.round !== null) {
    if (meeting.track === 'astana') return `Astana ${meeting.round}`;
    if (meeting.track === 'constitutional-committee')
      return `Constitutional Committee ${meeting.round}`;
    if (meeting.track === 'geneva') return `Geneva talks, round ${meeting.round}`;
  }
  return meeting.title;
}
