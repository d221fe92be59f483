import type { Dataset } from '@/data/dataset-files';
import type { StatisticPoint } from '@/data/schemas/statistics';
import { filterEventsByRange, filterMeetingsByRange, indexById } from '@/data/selectors';
import type { DateRange } from '@/lib/dates';

// What a range holds, in four figures for the strip under the range bar: each one counted from
// the dataset's sourced records or read from one published figure, never computed across sources.

/** SOHR's annual tolls: the one deaths series with a total for every year of the conflict. */
export const HEADLINE_DEATHS_SERIES = 'sohr-annual-deaths';
/** UNHCR's registered Syrian refugees in the region: the one series of the regional whole. */
export const HEADLINE_REFUGEES_SERIES = 'unhcr-registered-syrian-refugees-region';

export interface HeadlineFigure {
  value: number;
  /** The figure's date (a year's total is dated at its end) and, for a total, its start. */
  date: string;
  start?: string;
  publisher: string;
  sources: readonly string[];
}

export interface RangeSummary {
  /** Meetings held (not postponed, cancelled or only scheduled) on some day of the range. */
  roundsHeld: number;
  /** Events on some day of the range. */
  events: number;
  /** The latest annual toll whose year meets the range, or null when none does. */
  deaths: HeadlineFigure | null;
  /** The latest regional refugee figure as of the range's end (it may predate the range). */
  refugees: HeadlineFigure | null;
}

export function summarizeRange(
  dataset: Pick<Dataset, 'meetings' | 'events' | 'statistics'>,
  range: DateRange,
): RangeSummary {
  const series = (id: string) => indexById(dataset.statistics.series).get(id);
  const figure = (
    s: ReturnType<typeof series>,
    pick: (points: readonly StatisticPoint[]) => StatisticPoint | undefined,
  ): HeadlineFigure | null => {
    const point = s ? pick(s.points) : undefined;
    if (!s || !point || point.value === null) return null;
    return {
      value: point.value,
      date: point.date,
      ...(point.start ? { start: point.start } : {}),
      publisher: s.publisher,
      sources: point.sources ?? s.sources,
    };
  };
  return {
    roundsHeld: filterMeetingsByRange(dataset.meetings.meetings, range).filter(
      (m) => m.status === 'held',
    ).length,
    events: filterEventsByRange(dataset.events.events, range).length,
    deaths: figure(series(HEADLINE_DEATHS_SERIES), (points) =>
      points.findLast(
        (p) => p.value !== null && (p.start ?? p.date) <= range.to && p.date >= range.from,
      ),
    ),
    refugees: figure(series(HEADLINE_REFUGEES_SERIES), (points) =>
      points.findLast((p) => p.value !== null && p.date <= range.to),
    ),
  };
}
