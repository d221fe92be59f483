import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { ConflictEvent } from '@/data/schemas/events';
import type { Place } from '@/data/schemas/places';
import {
  classBreaks,
  classLabels,
  classOf,
  countByGovernorate,
  loadGovernorates,
} from './governorates';
import type { MapLegendItem } from './map-legend';
import { GOVERNORATE_FILLS, GOVERNORATE_LINE } from './map-style';

/** The boundaries, fetched once, and only once the governorate view is asked for. */
export function useGovernorates(enabled: boolean) {
  return useQuery({
    queryKey: ['governorates'],
    queryFn: ({ signal }) => loadGovernorates(signal),
    staleTime: Infinity,
    gcTime: Infinity,
    enabled,
  });
}

/** Counts, breaks and a class per governorate for the events given (those in range). */
export function useGovernorateCounts(
  events: readonly ConflictEvent[],
  places: ReadonlyMap<string, Place>,
) {
  return useMemo(() => {
    const counted = countByGovernorate(events, places);
    const breaks = classBreaks(counted.rows.map((r) => r.count));
    const classes = new Map(counted.rows.map((r) => [r.name, classOf(r.count, breaks)]));
    return { ...counted, breaks, classes };
  }, [events, places]);
}

export type GovernorateCounts = ReturnType<typeof useGovernorateCounts>;

/** The legend of the shading, for the screen and the export. */
export function governorateLegend(breaks: readonly number[]): MapLegendItem[] {
  return classLabels(breaks).map((label, i) => ({
    label:
      i === 0
        ? 'Governorate: no events in range'
        : `Governorate: ${label} ${label === '1' ? 'event' : 'events'}`,
    // As the map shades them: the class's colour (none for no events) inside the outline.
    color: GOVERNORATE_FILLS[i]!,
    screenColor: i === 0 ? 'transparent' : GOVERNORATE_FILLS[i]!,
    symbol: 'swatch' as const,
    outline: GOVERNORATE_LINE,
    // The shading stands for the events layer.
    layer: 'events' as const,
  }));
}

/** Share as a percentage with one decimal. */
export function formatShare(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}

export { useEventsInGovernorate } from '@/data/governorate-filter';
