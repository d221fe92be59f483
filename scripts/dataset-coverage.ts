import type { Dataset } from '../src/data/dataset-files';

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
  };
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
  ];
}

function countBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)));
}
