import { useLayoutEffect, useMemo } from 'react';
import { useDatasetFile } from '@/data/queries';
import { firstDataDate } from '@/data/selectors';
import { useFiltersStore } from '@/stores/filters';
import { defaultRange } from '@/stores/view-state';

/**
 * Tells the store what the default range is once the dataset says: from the first dated record
 * to the dataset's as-of date. The link is read before the data loads; a range it leaves out
 * (or either end of it) follows this default. Set before the browser paints, so no panel shows
 * the stand-in range.
 */
export function useDefaultRangeFromData(): void {
  const setDefaultRange = useFiltersStore((s) => s.setDefaultRange);
  const asOf = useDatasetFile('meta').data?.asOf;
  const meetings = useDatasetFile('meetings').data;
  const events = useDatasetFile('events').data;
  const statistics = useDatasetFile('statistics').data;
  // Keyed on the files themselves, which never change: the first date is a scan of every event.
  const first = useMemo(
    () =>
      meetings && events && statistics
        ? firstDataDate({ meetings, events, statistics })
        : undefined,
    [meetings, events, statistics],
  );
  useLayoutEffect(() => {
    if (first !== undefined || asOf !== undefined) setDefaultRange(defaultRange({ first, asOf }));
  }, [first, asOf, setDefaultRange]);
}
