import { afterEach, describe, expect, it } from 'vitest';
import { rankActorsByActivity } from '@/data/selectors';
import { useLanguageStore } from '@/i18n/language';
import { fixtureDataset } from '@/test/fixture-dataset';
import { sortActivity } from './actor-directory';

// The directory in Arabic: actors named and put in order as Arabic names them.

afterEach(() => {
  useLanguageStore.setState({ language: 'en' });
});

describe('the directory in Arabic', () => {
  const data = fixtureDataset();
  const ranked = rankActorsByActivity(
    data.actors.actors,
    data.meetings.meetings,
    data.events.events,
    { from: '1900-01-01', to: '2100-12-31' },
  );

  it('sorts by the Arabic names, in Arabic alphabetical order', () => {
    useLanguageStore.setState({ language: 'ar' });
    // الدولة إكس, الشخص زد, حزب واي (in English: Party Y, Person Z, State X).
    expect(sortActivity(ranked, 'name').map((r) => r.actor.id)).toEqual([
      'state-x',
      'person-z',
      'party-y',
    ]);
  });

  it('breaks ties in activity by the Arabic name too', () => {
    useLanguageStore.setState({ language: 'ar' });
    const idle = ranked.map((r) => ({ ...r, meetings: 0, events: 0 }));
    expect(sortActivity(idle, 'activity').map((r) => r.actor.id)).toEqual([
      'state-x',
      'person-z',
      'party-y',
    ]);
  });
});
