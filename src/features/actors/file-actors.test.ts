import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ownEventTable, type OwnEvent } from '@/data/own-event-table';
import { buildActorIndex, ownRangePositions } from '@/data/own-events';
import { addDays } from '@/lib/dates';
import { seededRandom } from '@/lib/random';
import type { Actor } from '@/data/schemas/actors';
import { actorMatcher, countFileActors, nameVariants } from './file-actors';

// The dashboard's real actors: the names files use must find them.
const actors = (JSON.parse(readFileSync('public/data/actors.json', 'utf8')) as { actors: Actor[] })
  .actors;
const matcher = actorMatcher(actors);
const match = (name: string, date: string) => matcher.match(name, matcher.eraOf(date));

describe('actorMatcher', () => {
  it('finds the actors UCDP and ACLED name, by name and alias', () => {
    expect(match('IS', '2016-05-01')).toBe('isil');
    expect(match('Islamic State (Syria)', '2016-05-01')).toBe('isil');
    expect(match('SDF', '2019-10-10')).toBe('syrian-democratic-forces');
    expect(match('QSD: Syrian Democratic Forces', '2019-10-10')).toBe('syrian-democratic-forces');
    expect(match('Hayat Tahrir al-Sham', '2020-02-01')).toBe('hayat-tahrir-al-sham');
    expect(match('HTS: Hayat Tahrir al-Sham', '2020-02-01')).toBe('hayat-tahrir-al-sham');
    expect(match('Hezbollah', '2013-06-01')).toBe('hezbollah');
    expect(match('Military Forces of Turkey (2016-)', '2018-01-20')).toBe('turkey');
    expect(match('Government of Russia (Soviet Union)', '2016-01-01')).toBe('russia');
    expect(match('Military Forces of Israel (2022-)', '2025-07-16')).toBe('israel');
  });

  it('names the Syrian state by who held Damascus on the day', () => {
    expect(match('Government of Syria', '2016-01-01')).toBe('syrian-government');
    expect(match('Military Forces of Syria (2000-2024)', '2024-12-07')).toBe('syrian-government');
    expect(match('Government of Syria', '2024-12-08')).toBe('syrian-transitional-government');
    expect(match('Military Forces of Syria (2024-)', '2025-03-07')).toBe(
      'syrian-transitional-government',
    );
  });

  it('leaves unmatched what the dashboard does not hold, or an alias two actors share', () => {
    expect(match('Syrian insurgents', '2014-01-01')).toBeNull();
    expect(match('Civilians (Syria)', '2014-01-01')).toBeNull();
    expect(match('Unidentified Armed Group (Syria)', '2014-01-01')).toBeNull();
    // "JFS" is an alias of both Hay'at Tahrir al-Sham and Jabhat Fateh al-Sham.
    expect(match('JFS', '2016-08-01')).toBeNull();
    // A name matches before an alias: Jabhat al-Nusra is also among HTS's former names.
    expect(match('Jabhat al-Nusra', '2013-01-01')).toBe('jabhat-al-nusra');
  });
});

describe('nameVariants', () => {
  it('sets aside brackets and an abbreviation before a colon', () => {
    expect(nameVariants('QSD: Syrian Democratic Forces (Syria)')).toEqual([
      'qsd syrian democratic forces syria',
      'qsd syrian democratic forces',
      'syrian democratic forces',
      'qsd',
    ]);
  });
});

const event = (date: string, actor1: string, actor2: string, deaths: number | null): OwnEvent => ({
  row: 2,
  id: date,
  date,
  lat: 35,
  lon: 38,
  type: 'Battles',
  actor1,
  actor2,
  deaths,
  outsideSyria: false,
});

describe('countFileActors', () => {
  const events = [
    event('2019-03-01', 'Government of Syria', 'IS', 5),
    event('2019-04-01', 'Government of Syria', 'Syrian insurgents', null),
    event('2025-03-07', 'Government of Syria', 'Civilians', 40),
    event('2025-03-08', 'Civilians', 'Civilians', 2),
  ];
  const table = ownEventTable(events);
  const index = buildActorIndex(table);
  const count = (from: string, to: string) =>
    countFileActors(table, index, ownRangePositions(table, { from, to }), matcher);

  it('counts each side of each event, a name per era when the state it stands for changed', () => {
    expect(count('2019-01-01', '2025-12-31')).toEqual([
      { name: 'Civilians', actorId: null, events: 2, deaths: 42 },
      { name: 'Government of Syria', actorId: 'syrian-government', events: 2, deaths: 5 },
      {
        name: 'Government of Syria',
        actorId: 'syrian-transitional-government',
        events: 1,
        deaths: 40,
      },
      { name: 'IS', actorId: 'isil', events: 1, deaths: 5 },
      { name: 'Syrian insurgents', actorId: null, events: 1, deaths: null },
    ]);
  });

  it('counts only the events with a day in the range, as a pass over them would', () => {
    expect(count('2019-03-15', '2025-03-07')).toEqual(
      [
        { name: 'Government of Syria', actorId: 'syrian-government', events: 1, deaths: null },
        {
          name: 'Government of Syria',
          actorId: 'syrian-transitional-government',
          events: 1,
          deaths: 40,
        },
        { name: 'Civilians', actorId: null, events: 1, deaths: 40 },
        { name: 'Syrian insurgents', actorId: null, events: 1, deaths: null },
      ].sort((a, b) => b.events - a.events || a.name.localeCompare(b.name)),
    );
    expect(count('2020-01-01', '2024-12-31')).toEqual([]);
  });

  it('agrees with a count over the events themselves, for any range of a random file', () => {
    const random = seededRandom(5);
    const names = ['Government of Syria', 'IS', 'SDF', 'Civilians', 'Syrian insurgents'];
    const pick = () => names[Math.floor(random() * names.length)]!;
    const many = Array.from({ length: 400 }, () => {
      const day = addDays('2023-01-01', Math.floor(random() * 1000));
      const long = random() < 0.1 ? addDays(day, Math.floor(random() * 20)) : undefined;
      return {
        ...event(day, pick(), pick(), random() < 0.2 ? null : Math.floor(random() * 9)),
        ...(long ? { endDate: long } : {}),
      };
    }).sort((a, b) => a.date.localeCompare(b.date));
    const manyTable = ownEventTable(many);
    const manyIndex = buildActorIndex(manyTable);
    for (let run = 0; run < 50; run += 1) {
      const [from, to] = [
        addDays('2023-01-01', Math.floor(random() * 1000)),
        addDays('2023-01-01', Math.floor(random() * 1000)),
      ].sort() as [string, string];
      const range = { from, to };
      // Expected: a plain pass over the events with a day in the range.
      const expected = new Map<string, { events: number; deaths: number | null }>();
      const inRange = many.filter((e) => e.date <= to && (e.endDate ?? e.date) >= from);
      for (const e of inRange) {
        const era = matcher.eraOf(e.date);
        for (const name of new Set([e.actor1!, e.actor2!])) {
          const key = `${matcher.match(name, era) ?? ''}|${name}`;
          const t = expected.get(key) ?? { events: 0, deaths: null };
          t.events += 1;
          if (e.deaths !== null) t.deaths = (t.deaths ?? 0) + e.deaths;
          expected.set(key, t);
        }
      }
      const rows = countFileActors(
        manyTable,
        manyIndex,
        ownRangePositions(manyTable, range),
        matcher,
      );
      expect(
        Object.fromEntries(
          rows.map((r) => [`${r.actorId ?? ''}|${r.name}`, { events: r.events, deaths: r.deaths }]),
        ),
        `${from}..${to}`,
      ).toEqual(Object.fromEntries(expected));
    }
  });
});
