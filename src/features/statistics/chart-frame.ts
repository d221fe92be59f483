import { spanOverlapsRange, type DateRange } from '@/lib/dates';
import { indexById } from '@/data/selectors';
import { t } from '@/i18n/t';
import { formatSpan } from '@/lib/format';
import type { Annotation } from './annotation-layer';

// The frame of a time chart: its size and margins, the windows it may shade, and the line an
// export adds about the open round.

export const HEIGHT = 300;

// The top margin leaves room for the rail of annotation tabs above the plot.
export const MARGIN = { top: 16, right: 18, bottom: 4, left: 4 };

export const Y_AXIS_WIDTH = 64;

export const X_AXIS_HEIGHT = 30;

/** The before/after windows drawn on a chart, with what they are around. */
export interface ChartWindows {
  before: DateRange;
  after: DateRange;
  label: string;
}

/** The line an export adds when a round is open: which, and that its mark is the emphasised one. */
export function openRoundLine(
  annotations: readonly Annotation[],
  roundId: string | null,
  range: DateRange,
): string | undefined {
  const round = roundId ? indexById(annotations).get(roundId) : undefined;
  if (!round) return undefined;
  const inside = spanOverlapsRange(round.start, round.end, range);
  return t(inside ? 'statistics.chart.openRound' : 'statistics.chart.openRoundOutside', {
    title: round.title,
    dates: formatSpan(round.start, round.end),
  });
}
