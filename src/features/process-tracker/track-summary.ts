import type { Meeting, Track } from '@/data/schemas/meetings';
import { daysBetween, spanOverlapsRange, type DateRange } from '@/lib/dates';

export interface TrackSummary {
  track: Track;
  /** Items of the track in the range. */
  total: number;
  held: number;
  /** Postponed or cancelled. */
  notHeld: number;
  scheduled: number;
  first: Meeting;
  latest: Meeting;
  /** The held item before `latest` on the track (in the whole dataset), if any. */
  previous?: Meeting;
  /** Days from the start of `previous` to the start of `latest`. */
  daysSincePrevious?: number;
}

/**
 * Where each track stood in the range: how many items were held or not, the first and the
 * latest, and how long the latest came after the one before it (looking outside the range, so
 * that a range holding one round still says how long the gap was).
 */
export function summarizeTracks(
  meetings: readonly Meeting[],
  range: DateRange,
  trackOrder: readonly Track[],
): TrackSummary[] {
  return trackOrder.flatMap((track) => {
    const all = meetings
      .filter((m) => m.track === track)
      .sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id));
    const inRange = all.filter((m) => spanOverlapsRange(m.start, m.end, range));
    const first = inRange[0];
    const latest = inRange[inRange.length - 1];
    if (!first || !latest) return [];
    const previous = all.filter((m) => m.status === 'held' && m.start < latest.start).at(-1);
    return [
      {
        track,
        total: inRange.length,
        held: inRange.filter((m) => m.status === 'held').length,
        notHeld: inRange.filter((m) => m.status === 'postponed' || m.status === 'cancelled').length,
        scheduled: inRange.filter((m) => m.status === 'scheduled').length,
        first,
        latest,
        previous,
        daysSincePrevious: previous ? daysBetween(previous.start, latest.start) : undefined,
      },
    ];
  });
}
