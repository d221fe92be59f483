import { describe, expect, it } from 'vitest';
import { fixtureDataset } from '@/test/fixture-dataset';
import { formatProblem } from './problems';
import { findCrossFileProblems } from './validate-dataset';

const lines = (dataset: Parameters<typeof findCrossFileProblems>[0]) =>
  findCrossFileProblems(dataset).map(formatProblem);

describe('findCrossFileProblems', () => {
  it('finds nothing wrong with a consistent dataset', () => {
    expect(lines(fixtureDataset())).toEqual([]);
  });

  it('finds unknown sources, actors and places, naming file, record and field', () => {
    const data = fixtureDataset();
    data.meetings.meetings[0] = {
      ...data.meetings.meetings[0]!,
      participants: ['state-x', 'ghost'],
      placeId: 'atlantis',
      sources: ['src-a', 'rumour'],
    };
    data.events.events[1] = { ...data.events.events[1]!, actors: ['nobody'] };
    data.actors.actors[0] = {
      ...data.actors.actors[0]!,
      relations: [{ type: 'ally', target: 'phantom' }],
    };
    expect(lines(data)).toEqual([
      'actors.json: state-x: relations[0].target: unknown actor "phantom" (not in actors.json)',
      'meetings.json: track-a-1: sources[1]: unknown source "rumour" (not in meta.json sources)',
      'meetings.json: track-a-1: participants[1]: unknown actor "ghost" (not in actors.json)',
      'meetings.json: track-a-1: placeId: unknown place "atlantis" (not in places.json)',
      'events.json: ev-2: actors[0]: unknown actor "nobody" (not in actors.json)',
    ]);
  });

  it('finds a relation stated twice for the same pair, kind and period, from either end', () => {
    const data = fixtureDataset();
    const [x, y, z] = data.actors.actors;
    x!.relations = [
      { type: 'ally', target: 'party-y' },
      { type: 'sponsor', target: 'person-z', from: '2019-01-01' },
      { type: 'sponsor', target: 'person-z', from: '2019-01-01' },
      { type: 'sponsor', target: 'person-z', from: '2020-01-01' },
    ];
    y!.relations = [{ type: 'ally', target: 'state-x' }];
    // A directed relation the other way round is another relation.
    z!.relations = [{ type: 'sponsor', target: 'state-x', from: '2019-01-01' }];
    expect(lines(data)).toEqual([
      'actors.json: state-x: relations[2]: repeats state-x relations[1]',
      'actors.json: party-y: relations[0]: repeats state-x relations[0]',
    ]);
  });

  it('finds duplicate ids in every file', () => {
    const data = fixtureDataset();
    data.places.places.push({ ...data.places.places[0]! });
    data.meta.sources.push({ ...data.meta.sources[1]! });
    expect(lines(data)).toEqual([
      'meta.json: src-b: id: duplicate id',
      'places.json: city-p: id: duplicate id',
    ]);
  });

  it('finds periods that end before they start', () => {
    const data = fixtureDataset();
    data.meetings.meetings[0] = {
      ...data.meetings.meetings[0]!,
      start: '2020-01-12',
      end: '2020-01-11',
    };
    data.events.events[0] = { ...data.events.events[0]!, endDate: '2020-05-01' };
    data.actors.actors[2] = { ...data.actors.actors[2]!, activeTo: '2018-01-01' };
    expect(lines(data)).toEqual([
      'actors.json: person-z: activeTo: 2018-01-01 is before the start 2019-01-01',
      'meetings.json: track-a-1: end: 2020-01-11 is before the start 2020-01-12',
      'events.json: ev-1: endDate: 2020-05-01 is before the start 2020-06-01',
    ]);
  });

  it('finds held meetings, events and figures dated after the as-of date, but allows scheduled ones', () => {
    const data = fixtureDataset();
    data.meetings.meetings.push({
      ...data.meetings.meetings[0]!,
      id: 'future-held',
      round: 9,
      start: '2023-05-01',
      end: '2023-05-01',
    });
    data.meetings.meetings.push({
      ...data.meetings.meetings[0]!,
      id: 'future-scheduled',
      round: 10,
      status: 'scheduled',
      start: '2023-05-01',
      end: '2023-05-01',
    });
    expect(lines(data)).toEqual([
      "meetings.json: future-held: start: 2023-05-01 is after the dataset's as-of date 2022-12-31",
    ]);
  });

  it('requires resolution details exactly on resolutions, within 15 votes', () => {
    const data = fixtureDataset();
    const resolution = data.meetings.meetings[3]!;
    data.meetings.meetings[3] = {
      ...resolution,
      resolution: { number: 1, votesFor: 13, votesAgainst: 2, abstentions: 2 },
    };
    data.meetings.meetings[0] = { ...data.meetings.meetings[0]!, kind: 'resolution' };
    expect(lines(data)).toEqual([
      'meetings.json: track-a-1: resolution: is required when kind is "resolution"',
      "meetings.json: res-1: resolution: more than the Security Council's 15 votes",
    ]);
  });

  it('finds two meetings with the same number on the same track', () => {
    const data = fixtureDataset();
    data.meetings.meetings.push({
      ...data.meetings.meetings[0]!,
      id: 'track-a-1-again',
      start: '2020-02-01',
      end: '2020-02-01',
    });
    expect(lines(data)).toEqual([
      'meetings.json: track-a-1-again: round: round 1 of track astana is also "track-a-1"',
    ]);
  });

  it('checks that a zone names the meeting that created it and is valid in order', () => {
    const data = fixtureDataset();
    data.places.places.push({
      ...data.places.places[0]!,
      id: 'zone-1',
      kind: 'zone',
      establishedBy: 'no-such-meeting',
      validFrom: '2019-01-01',
      validTo: '2018-01-01',
    });
    expect(lines(data)).toEqual([
      'places.json: zone-1: validTo: 2018-01-01 is before the start 2019-01-01',
      'places.json: zone-1: establishedBy: unknown meeting "no-such-meeting" (not in meetings.json)',
    ]);
  });

  it('requires the governorate of every city, town, base and crossing in Syria, and only there', () => {
    const data = fixtureDataset();
    const city = { ...data.places.places[0]!, governorate: undefined };
    data.places.places = [
      { ...city, id: 'town-without', kind: 'town' },
      { ...city, id: 'crossing-without', kind: 'border-crossing' },
      { ...city, id: 'region-without', kind: 'region' },
      { ...city, id: 'abroad-with', country: 'TR', governorate: 'Idleb' },
      ...data.places.places,
    ];
    expect(lines({ places: data.places })).toEqual([
      'places.json: town-without: governorate: is required for a city, town, base or crossing in Syria',
      'places.json: crossing-without: governorate: is required for a city, town, base or crossing in Syria',
      'places.json: abroad-with: governorate: is a Syrian governorate, but the place is in TR',
    ]);
  });

  it('requires statistics points in date order', () => {
    const data = fixtureDataset();
    const series = data.statistics.series[1]!;
    data.statistics.series[1] = { ...series, points: [series.points[1]!, series.points[0]!] };
    expect(lines(data)).toEqual([
      'statistics.json: refugees-total: points[1].date: points must be in date order without repeats (2020-06-30 follows 2022-06-30)',
    ]);
  });

  it('allows one year-end series by country of asylum per host', () => {
    const data = fixtureDataset();
    const series = data.statistics.series[1]!;
    const yearEnd = (id: string, hostCountry: string) => ({
      ...series,
      id,
      group: 'refugees-year-end-by-asylum' as const,
      hostCountry,
      points: [{ date: '2020-12-31', value: 10 }],
    });
    data.statistics.series.push(yearEnd('de-a', 'DE'), yearEnd('se', 'SE'), yearEnd('de-b', 'DE'));
    expect(lines(data)).toEqual([
      'statistics.json: de-b: hostCountry: DE already has a year-end series (de-a)',
    ]);
  });

  it('checks what it can when some files are missing', () => {
    const data = fixtureDataset();
    data.events.events[0] = { ...data.events.events[0]!, placeId: 'nowhere', actors: ['ghost'] };
    expect(lines({ events: data.events, places: data.places })).toEqual([
      'events.json: ev-1: placeId: unknown place "nowhere" (not in places.json)',
    ]);
  });
});
