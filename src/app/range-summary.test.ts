import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDatasetFile } from '@/data/dataset-files';
import { summarizeRange } from './range-summary';

const read = <N extends 'meetings' | 'events' | 'statistics'>(name: N) =>
  parseDatasetFile(name, readFileSync(join('public', 'data', `${name}.json`), 'utf8'));
const dataset = {
  meetings: read('meetings'),
  events: read('events'),
  statistics: read('statistics'),
};

describe('summarizeRange on the bundled dataset', () => {
  it('counts the rounds held and the events on some day of the range, as the records say', () => {
    const range = { from: '2018-09-01', to: '2018-12-31' };
    const summary = summarizeRange(dataset, range);
    const meets = (start: string, end: string) => start <= range.to && end >= range.from;
    expect(summary.roundsHeld).toBe(
      dataset.meetings.meetings.filter((m) => m.status === 'held' && meets(m.start, m.end)).length,
    );
    expect(summary.events).toBe(
      dataset.events.events.filter((e) => meets(e.date, e.endDate ?? e.date)).length,
    );
    expect(summary.roundsHeld).toBeGreaterThan(0);
  });

  it("gives the year's published SOHR toll for a range inside that year, with its sources", () => {
    const summary = summarizeRange(dataset, { from: '2018-09-01', to: '2018-12-31' });
    // SOHR's toll for 2018, as the deaths chart's CSV of the same view gives it.
    expect(summary.deaths).toMatchObject({ value: 19_666, date: '2018-12-31', publisher: 'SOHR' });
    expect(summary.deaths!.sources.length).toBeGreaterThan(0);
  });

  it('takes the latest toll whose year meets the range, and none for a range before the first', () => {
    expect(summarizeRange(dataset, { from: '2016-07-10', to: '2019-02-01' }).deaths?.date).toBe(
      '2019-12-31',
    );
    expect(summarizeRange(dataset, { from: '2005-01-01', to: '2009-12-31' }).deaths).toBeNull();
  });

  it('gives the latest regional refugee figure as of the range end, even from before the range', () => {
    const refugees = dataset.statistics.series.find(
      (s) => s.id === 'unhcr-registered-syrian-refugees-region',
    )!;
    const latest = refugees.points.at(-1)!;
    const summary = summarizeRange(dataset, { from: '2025-01-01', to: '2025-06-30' });
    expect(summary.refugees).toMatchObject({ value: latest.value, date: latest.date });
    expect(summary.refugees!.date < '2025-01-01').toBe(true);
    expect(summarizeRange(dataset, { from: '2011-03-15', to: '2011-12-31' }).refugees).toBeNull();
  });
});
