import type { Dataset } from '@/data/dataset-files';
import { eventCategories, type EventCategory } from '@/data/schemas/events';
import { tracks, type Track } from '@/data/schemas/meetings';
import type { SyrianGovernorate } from '@/data/schemas/places';
import type { StatisticPoint, StatisticSeries } from '@/data/schemas/statistics';
import {
  filterEventsByRange,
  filterMeetingsByRange,
  indexById,
  rankActorsByActivity,
  type ActorActivity,
} from '@/data/selectors';
import { t } from '@/i18n/t';
import { addDays, daysBetween, type DateRange } from '@/lib/dates';
import { summarizeRange } from '../range-summary';

// Two periods side by side: what each holds, counted exactly as each panel counts it for that
// period alone, and the figures each source published for each.

/** The name of period A or B in the language shown: "A", "أ". */
export function periodName(side: 'a' | 'b'): string {
  return t(side === 'a' ? 'compare.nameA' : 'compare.nameB');
}

/** A count for period A and for period B. */
export interface Pair {
  a: number;
  b: number;
}

/** The figure a series gives for a period: its last one dated in it, or none. */
export interface PeriodFigure {
  value: number;
  date: string;
  /** For a total over its year: the year's first day. */
  start?: string;
  sources: readonly string[];
}

export interface SeriesPair {
  series: StatisticSeries;
  a: PeriodFigure | null;
  b: PeriodFigure | null;
  /** The first figure of each period, where it is not its last (the figure at its other end). */
  aFirst: PeriodFigure | null;
  bFirst: PeriodFigure | null;
}

export interface PeriodComparison {
  roundsHeld: Pair;
  events: Pair;
  /** Actors with a round or an event in the period. */
  activeActors: Pair;
  /** Rounds held, by track (the tracker's progress table's "Held"). */
  heldByTrack: { track: Track; held: Pair }[];
  /** Events by category (the map's legend), every category. */
  eventsByCategory: { category: EventCategory; events: Pair }[];
  /** Events by governorate, those with an event in either period. */
  eventsByGovernorate: { governorate: SyrianGovernorate; events: Pair }[];
  /** The most active actors of each period, as the actors panel ranks them. */
  mostActive: { a: ActorActivity[]; b: ActorActivity[] };
  /** Each main series' figure for each period (the year-end hosts' series are left out). */
  figures: SeriesPair[];
}

/** Compares the periods `a` and `b` over the dataset; `top`: how many actors to rank. */
export function comparePeriods(
  data: Pick<Dataset, 'actors' | 'meetings' | 'events' | 'places' | 'statistics'>,
  a: DateRange,
  b: DateRange,
  top = 8,
): PeriodComparison {
  const pair = <T>(count: (range: DateRange) => T) => ({ a: count(a), b: count(b) });
  const summary = pair((r) => summarizeRange(data, r));
  const meetings = pair((r) => filterMeetingsByRange(data.meetings.meetings, r));
  const events = pair((r) => filterEventsByRange(data.events.events, r));
  const activity = pair((r) =>
    rankActorsByActivity(data.actors.actors, data.meetings.meetings, data.events.events, r).filter(
      (x) => x.meetings + x.events > 0,
    ),
  );
  const places = indexById(data.places.places);
  const governorates = new Map<SyrianGovernorate, Pair>();
  for (const side of ['a', 'b'] as const)
    for (const event of events[side]) {
      const governorate = places.get(event.placeId)?.governorate;
      if (!governorate) continue;
      const counts = governorates.get(governorate) ?? { a: 0, b: 0 };
      counts[side] += 1;
      governorates.set(governorate, counts);
    }

  return {
    roundsHeld: { a: summary.a.roundsHeld, b: summary.b.roundsHeld },
    events: { a: summary.a.events, b: summary.b.events },
    activeActors: { a: activity.a.length, b: activity.b.length },
    heldByTrack: tracks.map((track) => ({
      track,
      held: {
        a: meetings.a.filter((m) => m.track === track && m.status === 'held').length,
        b: meetings.b.filter((m) => m.track === track && m.status === 'held').length,
      },
    })),
    eventsByCategory: eventCategories.map((category) => ({
      category,
      events: {
        a: events.a.filter((e) => e.category === category).length,
        b: events.b.filter((e) => e.category === category).length,
      },
    })),
    eventsByGovernorate: [...governorates]
      .map(([governorate, counts]) => ({ governorate, events: counts }))
      .sort(
        (x, y) =>
          y.events.a + y.events.b - (x.events.a + x.events.b) ||
          x.governorate.localeCompare(y.governorate),
      ),
    mostActive: { a: activity.a.slice(0, top), b: activity.b.slice(0, top) },
    figures: data.statistics.series
      .filter((s) => s.group === undefined && s.kind !== 'period-total')
      .map((series) => ({
        series,
        a: figureFor(series, a),
        b: figureFor(series, b),
        aFirst: figureFor(series, a, 'first'),
        bFirst: figureFor(series, b, 'first'),
      })),
  };
}

/**
 * A series' figure for a period: for annual totals, the total of the latest year that meets
 * the period; for snapshots, the latest figure dated inside it. Never one from outside. With
 * `end` 'first': the earliest instead (the figure at the period's other end), or null when it
 * is also the latest.
 */
export function figureFor(
  series: StatisticSeries,
  range: DateRange,
  end: 'first' | 'last' = 'last',
): PeriodFigure | null {
  const inPeriod = (p: StatisticPoint) =>
    p.value !== null &&
    (series.kind === 'annual-total'
      ? (p.start ?? p.date) <= range.to && p.date >= range.from
      : p.date >= range.from && p.date <= range.to);
  const last = series.points.findLast(inPeriod);
  const point = end === 'last' ? last : series.points.find(inPeriod);
  if (!point || point.value === null || (end === 'first' && point === last)) return null;
  return {
    value: point.value,
    date: point.date,
    ...(point.start ? { start: point.start } : {}),
    sources: point.sources ?? series.sources,
  };
}

/** B − A, and the change as a share of A (null when A is 0). */
export function change({ a, b }: Pair): { difference: number; share: number | null } {
  return { difference: b - a, share: a === 0 ? null : (b - a) / a };
}

/** Period B as the same number of days just before A, or just after it. */
export function adjacentPeriod(a: DateRange, side: 'before' | 'after'): DateRange {
  const length = daysBetween(a.from, a.to) + 1;
  return side === 'before'
    ? { from: addDays(a.from, -length), to: addDays(a.from, -1) }
    : { from: addDays(a.to, 1), to: addDays(a.to, length) };
}

/**
 * When in a period its rounds held and its events fall, as days since its first day (what began
 * before it counts from day 0), ascending; and its length in days. Drawn over each other, two
 * periods show their pace.
 */
export interface PeriodPace {
  days: number;
  rounds: number[];
  events: number[];
}

export function periodPace(
  data: Pick<Dataset, 'meetings' | 'events'>,
  range: DateRange,
): PeriodPace {
  const offset = (start: string) => Math.max(0, daysBetween(range.from, start));
  const ascending = (a: number, b: number) => a - b;
  return {
    days: daysBetween(range.from, range.to) + 1,
    rounds: filterMeetingsByRange(data.meetings.meetings, range)
      .filter((m) => m.status === 'held')
      .map((m) => offset(m.start))
      .sort(ascending),
    events: filterEventsByRange(data.events.events, range)
      .map((e) => offset(e.date))
      .sort(ascending),
  };
}

/**
 * A running count as steps: the count on day 0, then on each day it changes, and on the
 * period's last day (`offsets` ascending, each day counted once it has begun).
 */
export function paceSteps(
  offsets: readonly number[],
  days: number,
): { day: number; count: number }[] {
  const steps: { day: number; count: number }[] = [];
  let i = 0;
  while (i < offsets.length && offsets[i] === 0) i += 1;
  steps.push({ day: 0, count: i });
  while (i < offsets.length) {
    const day = offsets[i]!;
    while (i < offsets.length && offsets[i] === day) i += 1;
    steps.push({ day, count: i });
  }
  if (steps.at(-1)!.day < days - 1) steps.push({ day: days - 1, count: offsets.length });
  return steps;
}

/**
 * A monthly series' figure for each month a period meets, from the month it starts in (index
 * 0): null for a month its source published none for.
 */
export function monthlyFigures(series: StatisticSeries, range: DateRange): (number | null)[] {
  const byMonth = new Map(series.points.map((p) => [p.date.slice(0, 7), p.value]));
  const out: (number | null)[] = [];
  let [y, m] = range.from.split('-').map(Number) as [number, number];
  for (;;) {
    const month = `${y}-${String(m).padStart(2, '0')}`;
    if (month > range.to.slice(0, 7)) break;
    out.push(byMonth.get(month) ?? null);
    m += 1;
    if (m > 12) [y, m] = [y + 1, 1];
  }
  return out;
}
