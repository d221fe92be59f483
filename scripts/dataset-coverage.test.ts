import { describe, expect, it } from 'vitest';
import { readBundledDataset } from './bundled-dataset';
import { fixtureDataset } from '../src/test/fixture-dataset';
import { coverageFloors, datasetCoverage, floorsMissed, formatCoverage } from './dataset-coverage';

describe('datasetCoverage', () => {
  it('counts records, events per year, meetings per track and sourcing', () => {
    const coverage = datasetCoverage(fixtureDataset());
    expect(coverage.records).toEqual({
      sources: 2,
      actors: 3,
      places: 2,
      meetings: 4,
      events: 2,
      'statistic series': 2,
    });
    expect(coverage.eventsPerYear).toEqual({ '2020': 1, '2021': 1 });
    expect(coverage.meetingsPerTrack).toEqual({
      astana: 2,
      'constitutional-committee': 1,
      unsc: 1,
    });
    expect(coverage.seriesPerMeasure).toEqual({ deaths: 1, refugees: 1 });
    expect(coverage.statisticPoints).toBe(5);
    expect(coverage.sourcedShare).toBe(1);
    expect(coverage.sourcesByKind).toEqual({ news: 1, report: 1 });
  });

  it('counts a record citing an unknown source as not sourced', () => {
    const data = fixtureDataset();
    data.events.events[0]!.sources = ['nowhere'];
    // 13 cited records (3 actors, 2 places, 4 meetings, 2 events, 2 series), one unresolved.
    expect(datasetCoverage(data).sourcedShare).toBeCloseTo(12 / 13);
    expect(formatCoverage(datasetCoverage(data))).toContain(
      'records with every source resolved: 92.3%',
    );
  });

  it('counts events per governorate, points per series, and the gaps that break a cadence', () => {
    const data = fixtureDataset();
    const coverage = datasetCoverage(data);
    // Both events are in City P (Hama); moved to Venue Q, one counts as abroad.
    expect(coverage.eventsPerGovernorate).toEqual({ Hama: 2 });
    data.events.events[1]!.placeId = 'venue-q';
    expect(datasetCoverage(data).eventsPerGovernorate).toEqual({ abroad: 1, Hama: 1 });
    expect(coverage.pointsPerSeries).toEqual({ 'deaths-annual': 3, 'refugees-total': 2 });
    // The refugees series is yearly, but its two figures are two years apart.
    expect(coverage.cadenceBreaks).toEqual([
      { series: 'refugees-total', gaps: ['2020-06-30 → 2022-06-30'] },
    ]);
    data.statistics.series[0]!.points.splice(1, 1);
    expect(datasetCoverage(data).cadenceBreaks.map((b) => b.series)).toEqual([
      'deaths-annual',
      'refugees-total',
    ]);
  });

  it('names every floor the coverage falls below', () => {
    const missed = floorsMissed(datasetCoverage(fixtureDataset()));
    expect(missed).toContain(`2 events; the floor is ${coverageFloors.events}`);
    expect(missed).toContain(
      `2011 has 0 events; the floor is ${coverageFloors.eventsPerYear.min} a year`,
    );
    expect(missed.filter((line) => / has \d+ events;/.test(line))).toHaveLength(
      coverageFloors.eventsPerYear.to - coverageFloors.eventsPerYear.from + 1,
    );
  });
});

describe('the bundled dataset', () => {
  const bundled = readBundledDataset();

  it('meets every coverage floor', () => {
    expect(floorsMissed(datasetCoverage(bundled))).toEqual([]);
  });
});
