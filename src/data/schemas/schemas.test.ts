import { describe, expect, it } from 'vitest';
import { fixtureDataset } from '@/test/fixture-dataset';
import { actorsFileSchema } from './actors';
import { eventsFileSchema } from './events';
import { meetingsFileSchema } from './meetings';
import { metaSchema } from './meta';
import { placesFileSchema } from './places';
import { statisticsFileSchema } from './statistics';

function issuesOf(result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) {
  return (result.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('dataset schemas', () => {
  const data = fixtureDataset();

  it('accept a well-formed dataset', () => {
    expect(metaSchema.safeParse(data.meta).success).toBe(true);
    expect(actorsFileSchema.safeParse(data.actors).success).toBe(true);
    expect(placesFileSchema.safeParse(data.places).success).toBe(true);
    expect(meetingsFileSchema.safeParse(data.meetings).success).toBe(true);
    expect(eventsFileSchema.safeParse(data.events).success).toBe(true);
    expect(statisticsFileSchema.safeParse(data.statistics).success).toBe(true);
  });

  it('reject unknown keys, so a typo in a field name is caught', () => {
    const actors = { actors: [{ ...data.actors.actors[0], nmae: 'typo' }] };
    expect(issuesOf(actorsFileSchema.safeParse(actors))).toEqual([
      expect.stringMatching(/^actors\.0: .*nmae/),
    ]);
  });

  it('reject impossible and malformed dates', () => {
    const meeting = data.meetings.meetings[0]!;
    const bad = {
      meetings: [
        { ...meeting, start: '2021-02-30' },
        { ...meeting, id: 'x', end: '30/06/2012' },
      ],
    };
    expect(issuesOf(meetingsFileSchema.safeParse(bad))).toEqual([
      'meetings.0.start: is not a real calendar date',
      'meetings.1.end: must be a date in the form YYYY-MM-DD',
    ]);
  });

  it('require at least one source on every record', () => {
    const events = { events: [{ ...data.events.events[0], sources: [] }] };
    expect(issuesOf(eventsFileSchema.safeParse(events))).toEqual([
      'events.0.sources: must cite at least one source',
    ]);
  });

  it('accept only http(s) source links', () => {
    const meta = {
      ...data.meta,
      sources: [{ ...data.meta.sources[0], url: 'javascript:alert(1)' }],
    };
    expect(issuesOf(metaSchema.safeParse(meta))).toEqual(['sources.0.url: must be an http(s) URL']);
  });

  it('reject ids that are not kebab-case and out-of-range coordinates', () => {
    const places = { places: [{ ...data.places.places[0], id: 'City P', lat: 95 }] };
    const issues = issuesOf(placesFileSchema.safeParse(places));
    expect(issues).toHaveLength(2);
    expect(issues[0]).toMatch(/^places\.0\.id: /);
    expect(issues[1]).toMatch(/^places\.0\.lat: /);
  });

  it('accept only the 14 governorates, spelled as geoBoundaries SYR ADM1 spells them', () => {
    const place = data.places.places[0]!;
    const places = (governorate: string) => ({ places: [{ ...place, governorate }] });
    expect(placesFileSchema.safeParse(places('Idleb')).success).toBe(true);
    expect(placesFileSchema.safeParse(places("Dar'a")).success).toBe(true);
    expect(issuesOf(placesFileSchema.safeParse(places('Idlib')))[0]).toMatch(
      /^places\.0\.governorate: /,
    );
  });

  it('reject a meeting status outside held / postponed / cancelled / scheduled', () => {
    const meetings = { meetings: [{ ...data.meetings.meetings[0], status: 'rumoured' }] };
    expect(issuesOf(meetingsFileSchema.safeParse(meetings))[0]).toMatch(/^meetings\.0\.status: /);
  });

  it('require a period start on totals and forbid it on snapshots', () => {
    const [annual, snapshot] = data.statistics.series as [
      (typeof data.statistics.series)[number],
      (typeof data.statistics.series)[number],
    ];
    const bad = {
      series: [
        { ...annual, points: [{ date: '2020-12-31', value: 5 }] },
        { ...snapshot, points: [{ start: '2020-01-01', date: '2020-06-30', value: 5 }] },
      ],
    };
    expect(issuesOf(statisticsFileSchema.safeParse(bad))).toEqual([
      'series.0.points.0.start: is required for a annual-total series',
      'series.1.points.0.start: must be absent for a snapshot series (use date for the as-of date)',
    ]);
  });

  it('reject negative figures', () => {
    const [series] = data.statistics.series;
    const bad = {
      series: [{ ...series, points: [{ start: '2020-01-01', date: '2020-12-31', value: -1 }] }],
    };
    expect(issuesOf(statisticsFileSchema.safeParse(bad))[0]).toMatch(
      /^series\.0\.points\.0\.value: /,
    );
  });

  it('hold a year-end series by country of asylum to a host and to figures as of 31 December', () => {
    const [, snapshot] = data.statistics.series as [
      (typeof data.statistics.series)[number],
      (typeof data.statistics.series)[number],
    ];
    const group = 'refugees-year-end-by-asylum' as const;
    const good = {
      ...snapshot,
      group,
      hostCountry: 'DE',
      points: [{ date: '2020-12-31', value: 5 }],
    };
    expect(statisticsFileSchema.safeParse({ series: [good] }).success).toBe(true);
    const bad = {
      series: [
        { ...good, hostCountry: undefined },
        { ...good, cadence: 'irregular' },
        { ...good, points: [{ date: '2020-06-30', value: 5 }] },
      ],
    };
    expect(issuesOf(statisticsFileSchema.safeParse(bad))).toEqual([
      'series.0.hostCountry: is required for a year-end series by country of asylum',
      'series.1.kind: must be a yearly snapshot for a year-end series by country of asylum',
      'series.2.points.0.date: must be 31 December in a year-end series',
    ]);
  });
});
