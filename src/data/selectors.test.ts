import { describe, expect, it } from 'vitest';
import { fixtureDataset } from '@/test/fixture-dataset';
import {
  filterEventsByRange,
  filterMeetingsByRange,
  firstDataDate,
  rankActorsByActivity,
  resolveSources,
  indexById,
} from './selectors';

const data = fixtureDataset();
const year2021 = { from: '2021-01-01', to: '2021-12-31' };

describe('filter by range', () => {
  it('keeps meetings that overlap the range, in date order', () => {
    expect(filterMeetingsByRange(data.meetings.meetings, year2021).map((m) => m.id)).toEqual([
      'cc-1',
      'track-a-2',
      'res-1',
    ]);
  });
  it('keeps multi-day events that straddle an end of the range', () => {
    expect(
      filterEventsByRange(data.events.events, { from: '2021-03-02', to: '2021-12-31' }).map(
        (e) => e.id,
      ),
    ).toEqual(['ev-2']);
    expect(
      filterEventsByRange(data.events.events, { from: '2021-03-03', to: '2021-12-31' }),
    ).toEqual([]);
  });
  it('returns nothing for a range before all data', () => {
    expect(
      filterMeetingsByRange(data.meetings.meetings, { from: '2011-03-15', to: '2011-12-31' }),
    ).toEqual([]);
  });
});

describe('rankActorsByActivity', () => {
  it('counts meetings and events per actor, most active first, ties by name', () => {
    expect(
      rankActorsByActivity(
        data.actors.actors,
        data.meetings.meetings,
        data.events.events,
        year2021,
      ).map((a) => [a.actor.id, a.meetings, a.events]),
    ).toEqual([
      ['person-z', 1, 1],
      ['state-x', 1, 1],
      ['party-y', 1, 0],
    ]);
  });
});

describe('firstDataDate', () => {
  it('takes the earliest meeting start, event or statistic date', () => {
    const dates = [
      ...data.meetings.meetings.map((m) => m.start),
      ...data.events.events.map((e) => e.date),
      ...data.statistics.series.flatMap((s) => s.points.map((p) => p.date)),
    ].sort();
    expect(firstDataDate(data)).toBe(dates[0]);
    const earlier = fixtureDataset();
    earlier.events.events[1] = { ...earlier.events.events[1]!, date: '2012-05-01' };
    expect(firstDataDate(earlier)).toBe('2012-05-01');
  });
});

describe('resolveSources', () => {
  it('looks sources up in the catalogue and skips unknown ids', () => {
    const catalogue = indexById(data.meta.sources);
    expect(
      resolveSources(['src-b', 'missing', 'src-a'], catalogue).map((s) => s.publisher),
    ).toEqual(['Example B', 'Example A']);
  });
});

describe('aggregation against a naive implementation', () => {
  it('counts activity per actor like a plain double loop, on random inputs', async () => {
    const fc = (await import('fast-check')).default;
    const ids = ['state-x', 'party-y', 'person-z'];
    const base = fixtureDataset();
    const meeting = fc.record({ participants: fc.subarray(ids) });
    const event = fc.record({ actors: fc.subarray(ids) });
    fc.assert(
      fc.property(
        fc.array(meeting, { maxLength: 30 }),
        fc.array(event, { maxLength: 60 }),
        (ms, es) => {
          const meetings = ms.map((m, i) => ({
            ...base.meetings.meetings[0]!,
            id: `m${i}`,
            participants: m.participants,
          }));
          const events = es.map((e, i) => ({
            ...base.events.events[0]!,
            id: `e${i}`,
            actors: e.actors,
          }));
          const all = { from: '1900-01-01', to: '2100-12-31' };
          const ranked = rankActorsByActivity(base.actors.actors, meetings, events, all);
          for (const row of ranked) {
            expect(row.meetings).toBe(
              meetings.filter((m) => m.participants.includes(row.actor.id)).length,
            );
            expect(row.events).toBe(events.filter((e) => e.actors.includes(row.actor.id)).length);
          }
          const totals = ranked.map((r) => r.meetings + r.events);
          expect([...totals].sort((a, b) => b - a)).toEqual(totals);
        },
      ),
      { numRuns: 200 },
    );
  });
});
