import { useMemo } from 'react';
import { memoOnInputs } from '@/lib/memo';
import { useFiltersStore } from '@/stores/filters';
import type { ConflictEvent } from './schemas/events';
import type { Place, SyrianGovernorate } from './schemas/places';

/**
 * The events whose place lies in the governorate (as places.json names it), or all of them
 * for none. Kept per events list, places and governorate: the same list comes back, so the
 * keyed indexes built on it (eventsByPlace, eventsByActor) are built once.
 */
export function eventsInGovernorate(
  events: readonly ConflictEvent[],
  places: ReadonlyMap<string, Place>,
  governorate: SyrianGovernorate | null,
): readonly ConflictEvent[] {
  return governorate ? eventsOfGovernorate(events, places, governorate) : events;
}

const eventsOfGovernorate = memoOnInputs(
  (
    events: readonly ConflictEvent[],
    places: ReadonlyMap<string, Place>,
    governorate: SyrianGovernorate,
  ): readonly ConflictEvent[] =>
    events.filter((e) => places.get(e.placeId)?.governorate === governorate),
);

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
