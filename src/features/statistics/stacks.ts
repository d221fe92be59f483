import { DAY_MS, isoOfTime, timeOfIso } from '@/lib/dates';
import { type ChartLine } from './series';

// Stacking the refugee figures of common dates: rows, gaps where cadences break, and tops.

/**
 * Rows for a stacked chart, as `stackableRows`, with a gap row (no values) between two dates
 * further apart than every line's cadence allows: the stack breaks there instead of joining
 * figures of years apart.
 */
export function stackRowsWithGaps(
  rows: ReturnType<typeof stackableRows>,
  lines: readonly Pick<ChartLine, 'maxJoinDays'>[],
): { t: number; date: string; values: Record<string, number | null> }[] {
  const maxGap = Math.min(...lines.map((l) => l.maxJoinDays)) * DAY_MS;
  const out: { t: number; date: string; values: Record<string, number | null> }[] = [];
  for (const row of rows) {
    const last = out.at(-1);
    if (last && row.t - last.t > maxGap) {
      const t = Math.round((last.t + row.t) / 2);
      out.push({ t, date: isoOfTime(t), values: {} });
    }
    out.push(row);
  }
  return out;
}

/**
 * Rows for a stacked chart: only the dates on which every line has a figure, since stacking
 * figures of different dates would invent the missing ones.
 */
export function stackableRows(
  lines: readonly ChartLine[],
): { t: number; date: string; values: Record<string, number> }[] {
  if (lines.length === 0) return [];
  const dates = lines
    .map((l) => new Set(l.points.filter((p) => p.value !== null).map((p) => p.date)))
    .reduce((common, set) => new Set([...common].filter((d) => set.has(d))));
  return [...dates].sort().map((date) => ({
    t: timeOfIso(date),
    date,
    values: Object.fromEntries(
      lines.map((l) => [l.id, l.points.find((p) => p.date === date)?.value ?? 0]),
    ),
  }));
}

/**
 * The top of each line's band in a stack of `rows` (line id → time → value): the sum of its
 * own value and those of the lines stacked under it, in the order of `lines`.
 */
export function stackTops(
  lines: readonly { id: string }[],
  rows: readonly { t: number; values: Record<string, number> }[],
): Map<string, Map<number, number>> {
  const tops = new Map(lines.map((l) => [l.id, new Map<number, number>()]));
  for (const row of rows) {
    let total = 0;
    for (const line of lines) {
      total += row.values[line.id] ?? 0;
      tops.get(line.id)!.set(row.t, total);
    }
  }
  return tops;
}
