import { describe, expect, it } from 'vitest';
import { fixtureDataset } from '@/test/fixture-dataset';
import { buildSearchIndex, searchRecords } from './search-index';

const data = fixtureDataset();
data.actors.actors.push({
  ...data.actors.actors[0]!,
  id: 'hts',
  name: "Hay'at Tahrir al-Sham",
  nameAr: 'هيئة تحرير الشام',
  aliases: ['HTS', 'Jabhat al-Nusra'],
  relations: [],
});
data.actors.actors.push({
  ...data.actors.actors[0]!,
  id: 'ohchr',
  name: 'Office of the UN High Commissioner for Human Rights',
  nameAr: 'مفوضية الأمم المتحدة السامية لحقوق الإنسان',
  aliases: ['OHCHR'],
  relations: [],
});
data.events.events.push({
  ...data.events.events[0]!,
  id: 'ev-hts',
  title: 'HTS takes City P',
});
const index = buildSearchIndex(data);
const found = (query: string, limit = 10) =>
  searchRecords(index, query, limit).map((g) => [g.kind, g.total, g.entries.map((e) => e.id)]);

describe('the search index', () => {
  it('holds every actor, meeting, place and event once', () => {
    const count = (kind: string) => index.filter((e) => e.kind === kind).length;
    expect(count('actor')).toBe(data.actors.actors.length);
    expect(count('meeting')).toBe(data.meetings.meetings.length);
    expect(count('place')).toBe(data.places.places.length);
    expect(count('event')).toBe(data.events.events.length);
  });

  it('finds records by name, Arabic name, alias and title, grouped by kind', () => {
    expect(found('HTS')).toEqual([
      ['actor', 1, ['hts']],
      ['event', 1, ['ev-hts']],
    ]);
    expect(found('nusra')).toEqual([['actor', 1, ['hts']]]);
    expect(found('هيئه تحرير')).toEqual([['actor', 1, ['hts']]]);
    expect(found('old q')).toEqual([['place', 1, ['venue-q']]]);
    expect(found('مقر')).toEqual([['place', 1, ['venue-q']]]);
    expect(found('الدورة')).toEqual([['meeting', 1, ['cc-1']]]);
  });

  it('finds a numbered round by its common name', () => {
    expect(found('astana 2')).toEqual([['meeting', 1, ['track-a-2']]]);
    expect(found('constitutional committee 1')).toEqual([['meeting', 1, ['cc-1']]]);
  });

  it('never matches inside a word', () => {
    expect(found('rights')).toEqual([['actor', 1, ['ohchr']]]);
    expect(found('ights')).toEqual([]);
  });

  it('ranks a main name beginning with the query first, then main names, then aliases', () => {
    const ranked = buildSearchIndex({
      ...data,
      actors: {
        actors: [
          { ...data.actors.actors[0]!, id: 'by-alias', name: 'Army', aliases: ['Sham Army'] },
          { ...data.actors.actors[0]!, id: 'inside-name', name: 'Ahrar al-Sham', aliases: [] },
          { ...data.actors.actors[0]!, id: 'begins-name', name: 'Sham Legion', aliases: [] },
        ],
      },
    });
    expect(searchRecords(ranked, 'sham', 10)[0]!.entries.map((e) => e.id)).toEqual([
      'begins-name',
      'inside-name',
      'by-alias',
    ]);
  });

  it('caps the entries of each kind but counts them all', () => {
    const [rounds] = searchRecords(index, 'round', 1);
    expect(rounds).toMatchObject({ kind: 'meeting', total: 2 });
    expect(rounds!.entries.map((e) => e.id)).toEqual(['track-a-1']);
  });

  it('finds nothing for a blank query', () => {
    expect(found('  ')).toEqual([]);
  });
});
