import { addDays, daysBetween, timeOfIso, type DateRange } from './dates';
import { formatYear, localeFormatters } from './format';

export interface Tick {
  date: string;
  label: string;
}

/** Where an axis' labels may go, in px along the axis, and how they are drawn. */
export interface TickSpace {
  /** The length of the axis: the range's first day starts at 0, the day after its last ends here. */
  width: number;
  /** The labels' font size, px. */
  fontSize: number;
  /** `middle`: a label is centred on its tick (the charts); `start`: it begins `offset` px right of it (the timeline). */
  anchor: 'middle' | 'start';
  offset?: number;
  /** How far past each end of the axis a label may reach, px (the room the plot leaves there). */
  overhangLeft?: number;
  overhangRight?: number;
}

/** The least clear space between two labels, px. */
const LABEL_GAP = 8;

/** Steps between ticks, finest first: days, then months. */
const STEPS: readonly ({ days: number } | { months: number })[] = [
  { days: 7 },
  { days: 14 },
  { months: 1 },
  { months: 3 },
  { months: 6 },
  { months: 12 },
  { months: 24 },
  { months: 60 },
  { months: 120 },
];

/**
 * Axis ticks for a range: years for long ranges, quarters or months for shorter ones, weeks for
 * a few weeks; about a dozen at most. Given the axis' space, the step grows until no two
 * labels touch (a phone fits fewer than a desktop) and a label that would run off an end of
 * the axis is left out.
 */
export function timeTicks(range: DateRange, space?: TickSpace): Tick[] {
  const first = STEPS.indexOf(preferredStep(range));
  for (const step of STEPS.slice(first)) {
    const ticks = ticksEvery(range, step);
    if (!space) return ticks;
    const placed = withinEnds(ticks, range, space);
    if (placed.length <= 1 || labelsClear(placed, range, space)) return placed;
  }
  // Not even one label a decade apart fits: keep the first that does.
  return withinEnds(ticksEvery(range, STEPS.at(-1)!), range, space!).slice(0, 1);
}

/** The step a wide axis gets for a range of this length (about a dozen ticks at most). */
function preferredStep(range: DateRange): (typeof STEPS)[number] {
  const days = daysBetween(range.from, range.to);
  const months = days > 365 * 12 ? 24 : days > 365 * 3 ? 12 : days > 365 ? 3 : days > 120 ? 1 : 0;
  if (months > 0) return STEPS.find((s) => 'months' in s && s.months === months)!;
  return STEPS[days > 45 ? 1 : 0]!;
}

function ticksEvery(range: DateRange, step: (typeof STEPS)[number]): Tick[] {
  return 'days' in step ? dayTicks(range, step.days) : monthTicks(range, step.months);
}

/** Ticks on the first of every `stepMonths`-th month (counted from year 0, so years line up). */
function monthTicks(range: DateRange, stepMonths: number): Tick[] {
  const ticks: Tick[] = [];
  let [year, month] = range.from.split('-').map(Number) as [number, number];
  if (!range.from.endsWith('-01')) month += 1;
  for (;;) {
    if (month > 12) {
      month -= 12;
      year += 1;
    }
    const date = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`;
    if (date > range.to) break;
    const monthIndex = year * 12 + (month - 1);
    if (monthIndex % stepMonths === 0) {
      ticks.push({ date, label: month === 1 ? formatYear(year) : monthLabel(month, year) });
    }
    month += 1;
  }
  return ticks;
}

function dayTicks(range: DateRange, step: number): Tick[] {
  const ticks: Tick[] = [];
  for (let date = range.from; date <= range.to; date = addDays(date, step)) {
    ticks.push({
      date,
      label: localeFormatters().dayMonth.format(new Date(timeOfIso(date))),
    });
  }
  return ticks;
}

function monthLabel(month: number, year: number): string {
  return localeFormatters().monthShort.format(new Date(Date.UTC(year, month - 1, 1)));
}

/**
 * A label's width in px, estimated on the generous side (Inter's widest letters and digits are
 * about 0.62 em), so that labels estimated apart are apart when drawn.
 */
export function labelWidth(label: string, fontSize: number): number {
  return label.length * fontSize * 0.62;
}

/** The px a tick's label spans along the axis. */
export function labelExtent(
  tick: Tick,
  range: DateRange,
  space: TickSpace,
): { left: number; right: number } {
  const x =
    (daysBetween(range.from, tick.date) / (daysBetween(range.from, range.to) + 1)) * space.width;
  const width = labelWidth(tick.label, space.fontSize);
  const left = space.anchor === 'middle' ? x - width / 2 : x + (space.offset ?? 0);
  return { left, right: left + width };
}

function withinEnds(ticks: readonly Tick[], range: DateRange, space: TickSpace): Tick[] {
  return ticks.filter((tick) => {
    const { left, right } = labelExtent(tick, range, space);
    return left >= -(space.overhangLeft ?? 0) && right <= space.width + (space.overhangRight ?? 0);
  });
}

function labelsClear(ticks: readonly Tick[], range: DateRange, space: TickSpace): boolean {
  const extents = ticks.map((tick) => labelExtent(tick, range, space));
  return extents.every((e, i) => i === 0 || e.left - extents[i - 1]!.right >= LABEL_GAP);
}
