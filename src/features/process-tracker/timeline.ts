import { trackLabels } from '@/data/labels';
import type { Meeting, Track } from '@/data/schemas/meetings';
import { daysBetween, addDays, type DateRange } from '@/lib/dates';
import { estimateTextWidth } from '@/lib/export/text-layout';
import { timeTicks, type Tick } from '@/lib/time-ticks';

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

export interface TimeScale {
  pxPerDay: number;
  /** The x of the start of a day. */
  x: (iso: string) => number;
  /** The day under an x position, clamped to the range. */
  dateAt: (x: number) => string;
}

/** A linear time scale between a range (whole days, end inclusive) and pixels. */
export function timeScale(range: DateRange, width: number): TimeScale {
  const totalDays = daysBetween(range.from, range.to) + 1;
  const pxPerDay = width / totalDays;
  return {
    pxPerDay,
    x: (iso: string) => daysBetween(range.from, iso) * pxPerDay,
    dateAt: (x: number) => {
      const day = Math.floor(Math.min(Math.max(x, 0), width - 0.001) / pxPerDay);
      return addDays(range.from, day);
    },
  };
}

/** The timeline's fixed measures, in px: shared by the screen and the exported figure. */
export const TIMELINE = {
  /** The lane labels' column, left of the plot, at its narrowest (see `labelGutter`). */
  gutter: 170,
  /** Where a lane's label begins (after its colour square), and its type size (`.timeline__label`). */
  labelX: 24,
  labelSize: 12,
  /** The room kept between the end of the longest label and the plot. */
  labelGap: 10,
  /** Narrower than this (a phone), each lane's label goes on a line of its own above its marks,
   * and the plot takes the whole width but for `narrowGutter`. */
  narrowBelow: 600,
  narrowGutter: 8,
  /** The height of a lane's label line when it is above the marks. */
  labelLine: 20,
  right: 16,
  /** The axis' labels above the lanes. */
  axis: 26,
  row: 18,
  lanePad: 10,
  /** The height of a mark. */
  mark: 12,
  /** Below this width an item is drawn as a diamond centred on its days instead of a bar. */
  minBar: 6,
  /** Half the diagonal of a diamond: a little more than half a mark, so that it reads as big. */
  halfDiamond: 7,
} as const;

export type MarkShape = 'bar' | 'diamond';

/**
 * Where an item's mark goes, in plot px: its days, first to last inclusive, run from the start
 * of its first day to the start of the day after its last (`end + 1 day`), cut at the range's
 * edges. `cutStart`/`cutEnd` say whether the item goes on beyond an edge.
 */
export function markSpan(
  span: { start: string; end: string },
  range: DateRange,
  scale: Pick<TimeScale, 'x' | 'pxPerDay'>,
): { x0: number; x1: number; cutStart: boolean; cutEnd: boolean } {
  const cutStart = span.start < range.from;
  const cutEnd = span.end > range.to;
  return {
    x0: scale.x(cutStart ? range.from : span.start),
    x1: scale.x(cutEnd ? range.to : span.end) + scale.pxPerDay,
    cutStart,
    cutEnd,
  };
}

/** The left and right edges of a mark as drawn: a diamond is wider than the days it stands for. */
export function markExtent(
  shape: MarkShape,
  x0: number,
  x1: number,
): { left: number; right: number } {
  if (shape === 'bar') return { left: x0, right: x1 };
  const cx = (x0 + x1) / 2;
  return { left: cx - TIMELINE.halfDiamond, right: cx + TIMELINE.halfDiamond };
}

export interface PlacedItem {
  meeting: Meeting;
  row: number;
  /** The item's days on the page, cut at the plot's edges (see markSpan). */
  x0: number;
  x1: number;
  /** The top of its mark. */
  y: number;
  shape: MarkShape;
}

export interface TimelineLayout {
  width: number;
  height: number;
  plotLeft: number;
  plotWidth: number;
  /** The time scale of the plot, from its left edge: the one every x here comes from. */
  scale: TimeScale;
  ticks: (Tick & { x: number })[];
  lanes: {
    track: Track;
    top: number;
    height: number;
    /** The baseline of the lane's label: in the gutter, or on its own line above the marks. */
    labelY: number;
    items: PlacedItem[];
  }[];
}

/**
 * The width of the labels' column: wide enough for the longest lane label in the language
 * shown, so that no label runs into the plot and over the marks at its start ("Other summits
 * and meetings" did). Every track counts, drawn in the range or not, so that the plot does not
 * move when a range change adds or removes a lane.
 */
export function labelGutter(trackOrder: readonly Track[]): number {
  const longest = Math.max(
    0,
    ...trackOrder.map((track) => estimateTextWidth(trackLabels[track], TIMELINE.labelSize)),
  );
  return Math.max(TIMELINE.gutter, Math.ceil(TIMELINE.labelX + longest + TIMELINE.labelGap));
}

/**
 * Everything the timeline draws, placed: the axis' ticks, one lane per track and each item's
 * mark, on one time scale. `labelRoom` keeps that many px free after each mark in its row (the
 * export prints a key there); `rightRoom` is kept free right of the plot.
 */
export function layoutTimeline(
  meetings: readonly Meeting[],
  range: DateRange,
  width: number,
  trackOrder: readonly Track[],
  labelRoom = 0,
  rightRoom = 0,
): TimelineLayout {
  const { right, axis, row, lanePad, mark, minBar } = TIMELINE;
  const narrow = width < TIMELINE.narrowBelow;
  const gutter = narrow ? TIMELINE.narrowGutter : labelGutter(trackOrder);
  const labelLine = narrow ? TIMELINE.labelLine : 0;
  const plotWidth = width - gutter - right - rightRoom;
  const scale = timeScale(range, plotWidth);
  // Marks need about `mark` px (and the label room); closer items go on separate rows.
  const lanes = buildLanes(meetings, trackOrder, (mark + labelRoom) / scale.pxPerDay);
  let top = axis;
  const placed = lanes.map((lane) => {
    const laneTop = top;
    const height = labelLine + lane.rows * row + 2 * lanePad;
    top += height;
    return {
      track: lane.track,
      top: laneTop,
      height,
      labelY: narrow ? laneTop + lanePad + 8 : laneTop + height / 2 + 4,
      items: lane.items.map(({ meeting, row: rowIndex }): PlacedItem => {
        const { x0, x1 } = markSpan(meeting, range, scale);
        return {
          meeting,
          row: rowIndex,
          x0: gutter + x0,
          x1: gutter + x1,
          y: laneTop + labelLine + lanePad + rowIndex * row + (row - mark) / 2,
          shape: x1 - x0 >= minBar ? 'bar' : 'diamond',
        };
      }),
    };
  });
  return {
    width,
    height: top + 4,
    plotLeft: gutter,
    plotWidth,
    scale,
    ticks: timeTicks(range, {
      width: plotWidth,
      fontSize: TICK_FONT_SIZE,
      anchor: 'start',
      offset: TICK_OFFSET,
      overhangRight: right + rightRoom,
    }).map((tick) => ({ ...tick, x: gutter + scale.x(tick.date) })),
    lanes: placed,
  };
}

/** The size of the axis' labels (`.timeline__tick`), and how far right of its tick each begins. */
const TICK_FONT_SIZE = 11;
export const TICK_OFFSET = 3;

/**
 * The key of each item for the export's list: 1, 2, 3… in date order (then track order, then
 * id, so that the same view always gets the same keys).
 */
export function assignKeys(
  meetings: readonly Meeting[],
  trackOrder: readonly Track[],
): Map<string, number> {
  const sorted = [...meetings].sort(
    (a, b) =>
      a.start.localeCompare(b.start) ||
      trackOrder.indexOf(a.track) - trackOrder.indexOf(b.track) ||
      a.id.localeCompare(b.id),
  );
  return new Map(sorted.map((m, i) => [m.id, i + 1]));
}

/**
 * Flows blocks of the given heights down `columns` columns, in order, each column about as tall
 * as the others; returns each block's column and top, and the height of the tallest column.
 */
export function flowColumns(
  heights: readonly number[],
  columns: number,
): { placed: { column: number; top: number }[]; height: number } {
  const total = heights.reduce((sum, h) => sum + h, 0);
  const target = total / Math.max(1, columns);
  const placed: { column: number; top: number }[] = [];
  let column = 0;
  let top = 0;
  let height = 0;
  for (const h of heights) {
    // Move on once this column would pass its share, unless it is the last or still empty.
    if (top > 0 && top + h / 2 > target && column < columns - 1) {
      column += 1;
      top = 0;
    }
    placed.push({ column, top });
    top += h;
    height = Math.max(height, top);
  }
  return { placed, height };
}
