import { describe, expect, it } from 'vitest';
import { fixtureDataset } from '@/test/fixture-dataset';
import { eventsInGovernorate } from './governorate-filter';
import { indexById } from './selectors';

describe('eventsInGovernorate', () => {
  const data = fixtureDataset();
  const places = indexById(data.places.places);
  const events = data.events.events;
  it('keeps all events when no governorate is chosen', () => {
    expect(eventsInGovernorate(events, places, null)).toBe(events);
  });
  it('keeps exactly the events whose place names the governorate, the same array each time', () => {
    const governorate = places.get(
      events.find((e) => places.get(e.placeId)?.governorate)!.placeId,
    )!.governorate!;
    const kept = eventsInGovernorate(events, places, governorate);
    expect(kept.length).toBeGreaterThan(0);
    expect(kept).toEqual(events.filter((e) => places.get(e.placeId)?.governorate === governorate));
    expect(eventsInGovernorate(events, places, governorate)).toBe(kept);
  });
});
