import { addDays, daysBetween, type DateRange } from './dates';

export interface Tick {
  date: string;
  label: string;
}

/** Axis ticks: years for long ranges, quarters or months for short ones; about a dozen at most. */
export function timeTicks(range: DateRange): Tick[] {
  const days = daysBetween(range.from, range.to);
  const stepMonths =
    days > 365 * 12 ? 24 : days > 365 * 3 ? 12 : days > 365 ? 3 : days > 120 ? 1 : 0;
  if (stepMonths === 0) return weekTicks(range);
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
      ticks.push({ date, label: month === 1 ? String(year) : monthLabel(month, year) });
    }
    month += 1;
  }
  return ticks;
}

function weekTicks(range: DateRange): Tick[] {
  const ticks: Tick[] = [];
  const step = daysBetween(range.from, range.to) > 45 ? 14 : 7;
  for (let date = range.from; date <= range.to; date = addDays(date, step)) {
    ticks.push({
      date,
      label: new Date(`${date}T00:00:00Z`).toLocaleDateString('en-GB', {
        day: 'numeric',
        month: 'short',
        timeZone: 'UTC',
      }),
    });
  }
  return ticks;
}

function monthLabel(month: number, year: number): string {
  const name = new Date(Date.UTC(year, month - 1, 1)).toLocaleDateString('en-GB', {
    month: 'short',
    timeZone: 'UTC',
  });
  return `${name} ${year}`;
}
