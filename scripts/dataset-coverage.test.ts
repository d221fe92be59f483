import { describe, expect, it } from 'vitest';
import { fixtureDataset } from '../src/test/fixture-dataset';
import { datasetCoverage, formatCoverage } from './dataset-coverage';

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
    expect(formatCoverage(datasetCoverage(data)).at(-1)).toBe(
      'records with every source resolved: 92.3%',
    );
  });
});
