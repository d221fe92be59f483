import type { Meeting, Track } from '@/data/schemas/meetings';
import { daysBetween, addDays, type DateRange } from '@/lib/dates';

export interface Span {
  id: string;
  start: string;
  end: string;
}

/**
 * Packs spans into rows so that no two in a row overlap or come closer than `minGapDays`
 * (marks have a width on screen, so one-day items a few days apart would collide). Greedy
 * first fit in start order; returns each id's row and the number of rows.
 */
export function assignRows(
  spans: readonly Span[],
  minGapDays: number,
): { rows: Map<string, number>; count: number } {
  const sorted = [...spans].sort(
    (a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id),
  );
  const rowEnds: string[] = [];
  const rows = new Map<string, number>();
  for (const span of sorted) {
    let row = rowEnds.findIndex((end) => daysBetween(end, span.start) > minGapDays);
    if (row === -1) {
      row = rowEnds.length;
      rowEnds.push(span.end);
    } else rowEnds[row] = span.end;
    rows.set(span.id, row);
  }
  return { rows, count: rowEnds.length };
}

export interface Lane {
  track: Track;
  items: { meeting: Meeting; row: number }[];
  rows: number;
}

/** One lane per track that has items, in track order, each item in its row. */
export function buildLanes(
  meetings: readonly Meeting[],
  trackOrder: readonly Track[],
  minGapDays: number,
): Lane[] {
  return trackOrder.flatMap((track) => {
    const onTrack = meetings.filter((m) => m.track === track);
    if (onTrack.length === 0) return [];
    const { rows, count } = assignRows(onTrack, minGapDays);
    return [
      {
        track,
        items: onTrack.map((meeting) => ({ meeting, row: rows.get(meeting.id) ?? 0 })),
        rows: count,
      },
    ];
  });
}

/** A linear time scale between a range (whole days, end inclusive) and pixels. */
export function timeScale(range: DateRange, width: number) {
  const totalDays = daysBetween(range.from, range.to) + 1;
  const pxPerDay = width / totalDays;
  return {
    pxPerDay,
    /** The x of the start of a day. */
    x: (iso: string) => daysBetween(range.from, iso) * pxPerDay,
    /** The day under an x position, clamped to the range. */
    dateAt: (x: number) => {
      const day = Math.floor(Math.min(Math.max(x, 0), width - 0.001) / pxPerDay);
      return addDays(range.from, day);
    },
  };
}
