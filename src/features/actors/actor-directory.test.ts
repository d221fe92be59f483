import { describe, expect, it } from 'vitest';
import type { Actor } from '@/data/schemas/actors';
import { rankActorsByActivity } from '@/data/selectors';
import { fixtureDataset } from '@/test/fixture-dataset';
import {
  actorParticipation,
  buildSearchIndex,
  filterActors,
  isActorActiveInRange,
  sortActivity,
} from './actor-directory';
import { alignmentsInRange, standingInRange } from './actor-periods';

const base: Omit<Actor, 'id' | 'name'> = {
  nameAr: 'اسم',
  aliases: [],
  kind: 'armed-group',
  periods: [{ alignment: 'jihadist', role: 'r' }],
  description: 'd',
  relations: [],
  sources: ['src-a'],
};
const actors: Actor[] = [
  {
    ...base,
    id: 'hayat-tahrir-al-sham',
    name: "Hay'at Tahrir al-Sham",
    nameAr: 'هيئة تحرير الشام',
    aliases: ['HTS', 'Jabhat al-Nusra', 'al-Nusra Front', 'Jabhat Fatah al-Sham'],
  },
  {
    ...base,
    id: 'erdogan',
    name: 'Recep Tayyip Erdoğan',
    kind: 'person',
    periods: [{ alignment: 'backs-opposition', role: 'r' }],
    aliases: ['Erdogan'],
  },
  {
    ...base,
    id: 'zakharova',
    name: 'Maria Zakharova',
    kind: 'person',
    periods: [{ alignment: 'backs-assad-government', role: 'r' }],
    aliases: ['Мария Захарова'],
  },
  {
    ...base,
    id: 'astana-format',
    name: 'Astana format',
    kind: 'political-body',
    periods: [{ alignment: 'mediator', role: 'r' }],
    aliases: ['Astana process'],
  },
];
const index = buildSearchIndex(actors);
const rows = actors.map((actor) => ({ actor }));
const alignmentsById = new Map(
  actors.map((a) => [
    a.id,
    alignmentsInRange(standingInRange(a, { from: '2020-01-01', to: '2020-12-31' })),
  ]),
);
const find = (query: string, extra: Partial<Parameters<typeof filterActors>[1]> = {}) =>
  filterActors(rows, { query, kind: 'all', alignment: 'all', ...extra }, index, alignmentsById).map(
    (r) => r.actor.id,
  );

describe('actor search', () => {
  it('finds an actor by a former name', () => {
    expect(find('Nusra')).toEqual(['hayat-tahrir-al-sham']);
    expect(find('fatah sham')).toEqual(['hayat-tahrir-al-sham']);
  });
  it('finds an actor by its Arabic name, with or without vowel marks', () => {
    expect(find('هيئة تحرير الشام')).toEqual(['hayat-tahrir-al-sham']);
    expect(find('هَيْئَة')).toEqual(['hayat-tahrir-al-sham']);
  });
  it('ignores diacritics and apostrophes', () => {
    expect(find('erdogan')).toEqual(['erdogan']);
    expect(find('ERDOĞAN')).toEqual(['erdogan']);
    expect(find('hayat tahrir')).toEqual(['hayat-tahrir-al-sham']);
  });
  it('finds people by surname and in Cyrillic', () => {
    expect(find('Zakharova')).toEqual(['zakharova']);
    expect(find('Захарова')).toEqual(['zakharova']);
  });
  it('matches words from their beginning, not inside them', () => {
    expect(find('HTS')).toEqual(['hayat-tahrir-al-sham']);
    expect(find('tana')).toEqual([]);
    expect(find('ast')).toEqual(['astana-format']);
  });
  it('does not invent matches: a place is not an actor', () => {
    expect(find('Nur-Sultan')).toEqual([]);
  });
  it('filters by kind and alignment', () => {
    expect(find('', { kind: 'person' })).toEqual(['erdogan', 'zakharova']);
    expect(find('', { alignment: 'mediator' })).toEqual(['astana-format']);
    expect(find('', { kind: 'person', alignment: 'mediator' })).toEqual([]);
  });
});

describe('sorting and activity', () => {
  const data = fixtureDataset();
  const ranked = rankActorsByActivity(
    data.actors.actors,
    data.meetings.meetings,
    data.events.events,
    { from: '1900-01-01', to: '2100-12-31' },
  );
  it('sorts by activity, ties by name, or by name alone', () => {
    expect(sortActivity(ranked, 'activity').map((r) => r.actor.id)).toEqual([
      'state-x',
      'party-y',
      'person-z',
    ]);
    expect(sortActivity(ranked, 'name').map((r) => r.actor.id)).toEqual([
      'party-y',
      'person-z',
      'state-x',
    ]);
  });
  it('lists what an actor took part in, newest first, meetings and events together', () => {
    expect(
      actorParticipation('state-x', data.meetings.meetings, data.events.events).map((i) => [
        i.kind,
        i.id,
      ]),
    ).toEqual([
      ['meeting', 'track-a-2'],
      ['event', 'ev-2'],
      ['event', 'ev-1'],
      ['meeting', 'track-a-1'],
    ]);
  });
  it('knows whether an actor existed in the range', () => {
    const person = data.actors.actors.find((a) => a.id === 'person-z')!;
    expect(isActorActiveInRange(person, { from: '2018-01-01', to: '2018-12-31' })).toBe(false);
    expect(isActorActiveInRange(person, { from: '2018-01-01', to: '2019-01-01' })).toBe(true);
  });
});
