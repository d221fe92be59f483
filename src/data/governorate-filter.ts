import { useMemo } from 'react';
import { useFiltersStore } from '@/stores/filters';
import type { ConflictEvent } from './schemas/events';
import type { Place, SyrianGovernorate } from './schemas/places';

/**
 * The events whose place lies in the governorate (as places.json names it), or all of them
 * for none. Cached per events array and governorate: the same array comes back, so the keyed
 * indexes built on it (eventsByPlace, eventsByActor) are built once.
 */
const cache = new WeakMap<readonly ConflictEvent[], Map<string, readonly ConflictEvent[]>>();
export function eventsInGovernorate(
  events: readonly ConflictEvent[],
  places: ReadonlyMap<string, Place>,
  governorate: SyrianGovernorate | null,
): readonly ConflictEvent[] {
  if (!governorate) return events;
  let byGovernorate = cache.get(events);
  if (!byGovernorate) {
    byGovernorate = new Map();
    cache.set(events, byGovernorate);
  }
  let found = byGovernorate.get(governorate);
  if (!found) {
    found = events.filter((e) => places.get(e.placeId)?.governorate === governorate);
    byGovernorate.set(governorate, found);
  }
  return found;
}

/** The events of the selected governorate (see eventsInGovernorate); all while places load. */
export function useEventsInGovernorate(
  events: readonly ConflictEvent[],
  places: ReadonlyMap<string, Place> | undefined,
): readonly ConflictEvent[] {
  const governorate = useFiltersStore((s) => s.governorate);
  return useMemo(
    () => (places ? eventsInGovernorate(events, places, governorate) : events),
    [events, places, governorate],
  );
}
