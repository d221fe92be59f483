import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { OwnEventTable } from '@/data/own-event-table';
import type { RangePositions } from '@/data/own-events';
import type { ConflictEvent } from '@/data/schemas/events';
import type { Place } from '@/data/schemas/places';
import { localeFormatters } from '@/lib/format';
import { t } from '@/i18n/t';
import {
  classBounds,
  classBreaks,
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
  return of === 'own' ? t('map.gov.ownCount', { count }) : t('map.count.events', { count });
}

/**
 * What each class of the shading holds, as the legend under the map lists it: "no events in
 * range", "1 event", "2–3 events"… (or "of your events").
 */
export function governorateClassLabels(breaks: readonly number[], of: ShadingOf): string[] {
  const own = of === 'own';
  return [
    t(own ? 'map.gov.classNoneOwn' : 'map.gov.classNone'),
    ...classBounds(breaks).map(({ lower, upper }) =>
      lower === upper
        ? countedEvents(upper, of)
        : t(own ? 'map.gov.classRangeOwn' : 'map.gov.classRange', { from: lower, count: upper }),
    ),
  ];
}

/** The legend of the shading, for the export (each item says it is a governorate's shade). */
export function governorateLegend(
  breaks: readonly number[],
  of: ShadingOf = 'dataset',
): MapLegendItem[] {
  return governorateClassLabels(breaks, of).map((label, i) => ({
    label: t('map.gov.legendItem', { label }),
    // As the map shades them: the class's colour (none for no events) inside the outline.
    color: GOVERNORATE_FILLS[i]!,
    screenColor: i === 0 ? 'transparent' : GOVERNORATE_FILLS[i]!,
    symbol: 'swatch' as const,
    outline: GOVERNORATE_LINE,
    // The shading stands for the events layer.
    layer: 'events' as const,
  }));
}

/** Share as a percentage with one decimal: 0.1234 → "12.3%" (Arabic "١٢٫٣٪؜"). */
export function formatShare(share: number): string {
  return localeFormatters().share.format(share);
}

export { useEventsInGovernorate } from '@/data/governorate-filter';
