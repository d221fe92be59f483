import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { OwnEventTable } from '@/data/own-event-table';
import type { RangePositions } from '@/data/own-events';
import type { ConflictEvent } from '@/data/schemas/events';
import type { Place } from '@/data/schemas/places';
import { formatNumber, pluralize } from '@/lib/format';
import {
  classBreaks,
  classLabels,
  classOf,
  countByGovernorate,
  countOwnByGovernorate,
  loadGovernorates,
  type Governorate,
  type GovernorateCount,
  type OwnGovernorateCount,
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

/** Breaks of the shading and each governorate's class, for counted events. */
function withClasses<R extends GovernorateCount>(counted: {
  rows: R[];
  total: number;
  elsewhere: number;
}) {
  const breaks = classBreaks(counted.rows.map((r) => r.count));
  const classes = new Map(counted.rows.map((r) => [r.name, classOf(r.count, breaks)]));
  return { ...counted, breaks, classes };
}

/** Counts, breaks and a class per governorate for the events given (those in range). */
export function useGovernorateCounts(
  events: readonly ConflictEvent[],
  places: ReadonlyMap<string, Place>,
) {
  return useMemo(() => withClasses(countByGovernorate(events, places)), [events, places]);
}

/** The same for the analyst's events, once the boundaries are loaded (null until then). */
export function useOwnGovernorateCounts(
  events: { table: OwnEventTable; at: RangePositions } | null,
  governorates: readonly Governorate[] | undefined,
) {
  return useMemo(
    () =>
      events && governorates
        ? withClasses(countOwnByGovernorate(events.table, events.at, governorates))
        : null,
    [events, governorates],
  );
}

export type GovernorateCounts = ReturnType<typeof withClasses<GovernorateCount>>;
export type OwnGovernorateCounts = ReturnType<typeof withClasses<OwnGovernorateCount>>;

/** What the shading counts: the dashboard's events, or the analyst's. */
export type ShadingOf = 'dataset' | 'own';

/** "12 events", or "12 of your events". */
export function countedEvents(count: number, of: ShadingOf): string {
  return of === 'own' ? `${formatNumber(count)} of your events` : pluralize(count, 'event');
}

/** The legend of the shading, for the screen and the export. */
export function governorateLegend(
  breaks: readonly number[],
  of: ShadingOf = 'dataset',
): MapLegendItem[] {
  const noun = of === 'own' ? 'of your events' : 'events';
  return classLabels(breaks).map((label, i) => ({
    label:
      i === 0
        ? `Governorate: no ${of === 'own' ? 'event of yours' : 'events'} in range`
        : `Governorate: ${label} ${label === '1' && of === 'dataset' ? 'event' : noun}`,
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
