import { afterEach, describe, expect, it } from 'vitest';
import { useLanguageStore } from '@/i18n/language';
import { fixtureDataset } from '@/test/fixture-dataset';
import { buildSearchIndex, searchKindLabel, searchRecords, shownLabel } from './search-index';

// The search in Arabic: it finds a record by any of its names, in either script, and shows it
// in Arabic.

afterEach(() => {
  useLanguageStore.setState({ language: 'en' });
});

const data = fixtureDataset();

describe('the search in Arabic', () => {
  it('finds records by their English and their Arabic names', () => {
    useLanguageStore.setState({ language: 'ar' });
    const index = buildSearchIndex(data);
    const ids = (query: string) =>
      searchRecords(index, query, 10).flatMap((g) => g.entries.map((e) => e.id));
    expect(ids('party y')).toEqual(['party-y']);
    expect(ids('حزب')).toEqual(['party-y']);
  });

  it('shows each result, its heading and its second line in Arabic', () => {
    const index = buildSearchIndex(data);
    const entry = (id: string) => index.find((e) => e.id === id)!;
    expect(shownLabel(entry('party-y'))).toBe('Party Y');
    expect(searchKindLabel('actor')).toBe('Actors');
    expect(entry('venue-q').detail()).toBe('Venue · CH');

    useLanguageStore.setState({ language: 'ar' });
    expect(shownLabel(entry('party-y'))).toBe('حزب واي');
    expect(searchKindLabel('actor')).toBe('الأطراف');
    // A place abroad: its country by name.
    expect(entry('venue-q').detail()).toMatch(/ · سويسرا$/);
    // An event: its place by its Arabic name; its title, in English only, stays so.
    const event = index.find((e) => e.kind === 'event')!;
    expect(event.detail()).toMatch(/ · مدينة بي$/);
    expect(shownLabel(event)).toBe(event.label);
  });
});
