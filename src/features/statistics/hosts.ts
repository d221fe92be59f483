import type { DateRange } from '@/lib/dates';
import { categoricalPalette } from '@/lib/palette';
import { MAX_ASYLUM_HOSTS } from '@/stores/view-state';
import type { ChartLine } from './series';

/**
 * Which host countries the year-end refugee chart draws. Some twenty hosts cannot be told apart
 * as twenty lines, so the chart draws a few: by default the largest at the range's end, or
 * those the reader picks; at most one per palette colour, so that no two share a colour.
 */
export const MAX_HOSTS = Math.min(categoricalPalette.length, MAX_ASYLUM_HOSTS);
export const DEFAULT_HOSTS = 6;

export interface RankedHost<L extends ChartLine = ChartLine> {
  line: L;
  /** The host's latest figure on or before the range's last day; null if none by then. */
  value: number | null;
  /** The as-of date of that figure. */
  date: string | null;
}

/** The latest figure of a line on or before a day (the points are in date order). */
function latestBy(line: ChartLine, day: string): { value: number; date: string } | null {
  let found: { value: number; date: string } | null = null;
  for (const p of line.allPoints) {
    if (p.date > day) break;
    if (p.value !== null) found = { value: p.value, date: p.date };
  }
  return found;
}

/**
 * The hosts ranked by their latest figure at the range's end, largest first; hosts with no
 * figure by then come last, in their given order.
 */
export function rankAtRangeEnd<L extends ChartLine>(
  lines: readonly L[],
  range: DateRange,
): RankedHost<L>[] {
  const ranked = lines.map((line, order) => {
    const latest = latestBy(line, range.to);
    return { line, value: latest?.value ?? null, date: latest?.date ?? null, order };
  });
  ranked.sort((a, b) =>
    a.value === null || b.value === null
      ? (a.value === null ? 1 : 0) - (b.value === null ? 1 : 0) || a.order - b.order
      : b.value - a.value || a.order - b.order,
  );
  return ranked.map(({ line, value, date }) => ({ line, value, date }));
}

/**
 * The lines to draw, in rank order: the reader's picks, or when there are none (null) the
 * `DEFAULT_HOSTS` largest with a figure by the range's end.
 */
export function shownHosts<L extends ChartLine>(
  ranked: readonly RankedHost<L>[],
  picked: ReadonlySet<string> | null,
): L[] {
  if (picked === null)
    return ranked
      .filter((r) => r.value !== null)
      .slice(0, DEFAULT_HOSTS)
      .map((r) => r.line);
  return ranked
    .filter((r) => picked.has(r.line.id))
    .slice(0, MAX_HOSTS)
    .map((r) => r.line);
}
