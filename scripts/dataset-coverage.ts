import type { Dataset } from '../src/data/dataset-files';
import { maxJoinDays } from '../src/features/statistics/series';
import { DAY_MS } from '../src/lib/dates';

/**
 * The floors of issue 18 that the dataset must not fall below: `npm run validate:data` fails
 * when one is not met. Each is a promise to the analyst, so a floor is only ever raised.
 */
export const coverageFloors = {
  /** Events in every year from the first to the last full year of the war. */
  eventsPerYear: { from: 2011, to: 2025, min: 30 },
  /** Issue 18's floor: at least 700 sourced events. */
  events: 700,
  /** Issue 18's floor: the main armed groups of every camp and the post-2024 institutions. */
  actors: 120,
  /** Actors without an Arabic name (the schema requires one; counted so that it stays 0). */
  actorsWithoutArabicName: 0,
} as const;

export interface Coverage {
  records: Record<string, number>;
  eventsPerYear: Record<string, number>;
  meetingsPerTrack: Record<string, number>;
  seriesPerMeasure: Record<string, number>;
  statisticPoints: number;
  /** Records (of every file) whose sources all resolve in the catalogue, over all records. */
  sourcedShare: number;
  /** Catalogue entries by kind of source. */
  sourcesByKind: Record<string, number>;
  /** Figures per series, by series id. */
  pointsPerSeries: Record<string, number>;
  /** Events by the governorate of their place ("abroad" outside Syria, "no governorate" for areas). */
  eventsPerGovernorate: Record<string, number>;
  actorsWithoutArabicName: string[];
  /** Series with two consecutive figures further apart than their cadence allows, with the gaps. */
  cadenceBreaks: { series: string; gaps: string[] }[];
}

/** How much the dataset covers: counts per file, per year, per track, and how well it is sourced. */
export function datasetCoverage(dataset: Dataset): Coverage {
  const catalogue = new Set(dataset.meta.sources.map((s) => s.id));
  const cited = [
    ...dataset.actors.actors,
    ...dataset.places.places,
    ...dataset.meetings.meetings,
    ...dataset.events.events,
    ...dataset.statistics.series,
  ];
  const places = new Map(dataset.places.places.map((p) => [p.id, p]));
  const sourced = cited.filter(
    (r) => r.sources.length > 0 && r.sources.every((id) => catalogue.has(id)),
  );
  return {
    records: {
      sources: dataset.meta.sources.length,
      actors: dataset.actors.actors.length,
      places: dataset.places.places.length,
      meetings: dataset.meetings.meetings.length,
      events: dataset.events.events.length,
      'statistic series': dataset.statistics.series.length,
    },
    eventsPerYear: countBy(dataset.events.events, (e) => e.date.slice(0, 4)),
    meetingsPerTrack: countBy(dataset.meetings.meetings, (m) => m.track),
    seriesPerMeasure: countBy(dataset.statistics.series, (s) => s.measure),
    statisticPoints: dataset.statistics.series.reduce((n, s) => n + s.points.length, 0),
    sourcedShare: cited.length === 0 ? 1 : sourced.length / cited.length,
    sourcesByKind: countBy(dataset.meta.sources, (s) => s.kind),
    pointsPerSeries: Object.fromEntries(
      dataset.statistics.series.map((s) => [s.id, s.points.length]),
    ),
    eventsPerGovernorate: countBy(dataset.events.events, (e) => {
      const place = places.get(e.placeId);
      if (!place || place.country !== 'SY') return 'abroad';
      return place.governorate ?? 'no governorate';
    }),
    actorsWithoutArabicName: dataset.actors.actors
      .filter((a) => a.nameAr.trim() === '')
      .map((a) => a.id),
    cadenceBreaks: dataset.statistics.series.flatMap((series) => {
      const limit = maxJoinDays(series.cadence);
      if (limit === 0) return [];
      const dates = series.points.map((p) => p.date).sort();
      const gaps = dates.slice(1).flatMap((date, i) => {
        const before = dates[i] as string;
        const days = (Date.parse(date) - Date.parse(before)) / DAY_MS;
        return days > limit ? [`${before} → ${date}`] : [];
      });
      return gaps.length > 0 ? [{ series: series.id, gaps }] : [];
    }),
  };
}

/** The floors the coverage does not meet, as sentences; empty when it meets them all. */
export function floorsMissed(coverage: Coverage): string[] {
  const missed: string[] = [];
  const { eventsPerYear } = coverageFloors;
  for (let year = eventsPerYear.from; year <= eventsPerYear.to; year++) {
    const n = coverage.eventsPerYear[String(year)] ?? 0;
    if (n < eventsPerYear.min)
      missed.push(`${year} has ${n} events; the floor is ${eventsPerYear.min} a year`);
  }
  const total = (name: 'events' | 'actors') => {
    const n = coverage.records[name] ?? 0;
    if (n < coverageFloors[name]) missed.push(`${n} ${name}; the floor is ${coverageFloors[name]}`);
  };
  total('events');
  total('actors');
  if (coverage.actorsWithoutArabicName.length > coverageFloors.actorsWithoutArabicName)
    missed.push(`actors without an Arabic name: ${coverage.actorsWithoutArabicName.join(', ')}`);
  return missed;
}

/** The coverage as lines for the terminal. */
export function formatCoverage(coverage: Coverage): string[] {
  const pairs = (counts: Record<string, number>) =>
    Object.entries(counts)
      .map(([key, n]) => `${key} ${n}`)
      .join(', ');
  return [
    `records: ${pairs(coverage.records)}`,
    `events per year: ${pairs(coverage.eventsPerYear)}`,
    `meetings per track: ${pairs(coverage.meetingsPerTrack)}`,
    `statistic series per measure: ${pairs(coverage.seriesPerMeasure)} (${coverage.statisticPoints} points)`,
    `sources by kind: ${pairs(coverage.sourcesByKind)}`,
    `records with every source resolved: ${(coverage.sourcedShare * 100).toFixed(1)}%`,
    `events per governorate: ${pairs(coverage.eventsPerGovernorate)}`,
    `points per series: ${pairs(coverage.pointsPerSeries)}`,
    `actors without an Arabic name: ${coverage.actorsWithoutArabicName.length}`,
    `series whose figures break their cadence: ${
      coverage.cadenceBreaks.length === 0
        ? 'none'
        : coverage.cadenceBreaks.map((b) => `${b.series} (${b.gaps.join('; ')})`).join(', ')
    }`,
  ];
}

function countBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)));
}
