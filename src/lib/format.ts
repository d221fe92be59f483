import { timeOfIso, type DateRange } from './dates';

const dayFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

const numberFormat = new Intl.NumberFormat('en-GB');
const compactFormat = new Intl.NumberFormat('en-GB', {
  notation: 'compact',
  maximumFractionDigits: 1,
});

const formattedDates = new Map<string, string>();

/** "2021-10-18" → "18 Oct 2021". Remembered: the same few thousand dates are formatted often. */
export function formatDate(iso: string): string {
  let text = formattedDates.get(iso);
  if (text === undefined) {
    text = dayFormat.format(new Date(timeOfIso(iso)));
    formattedDates.set(iso, text);
  }
  return text;
}

/** A span of days: "18–22 Oct 2021" is spelled out in full as "18 Oct 2021 – 22 Oct 2021". */
export function formatSpan(start: string, end: string): string {
  return start === end ? formatDate(start) : `${formatDate(start)} – ${formatDate(end)}`;
}

/** A period that may be open at either end: "since 30 Sept 2015", "until 8 Dec 2024", "throughout". */
export function formatOpenSpan(from?: string, to?: string): string {
  if (from && to) return formatSpan(from, to);
  if (from) return `since ${formatDate(from)}`;
  if (to) return `until ${formatDate(to)}`;
  return 'throughout';
}

/** The date range as it appears in headings and exports: "18 Oct 2021 – 22 Oct 2022". */
export function formatRange(range: DateRange): string {
  return formatSpan(range.from, range.to);
}

/** 350209 → "350,209". */
export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/** A number short, as on a chart's value axis: 0, 500k, 2m, 1.5bn. */
export function formatCompact(value: number): string {
  return compactFormat.format(value);
}

/** "1 meeting", "3 meetings". */
export function pluralize(count: number, singular: string, plural = `${singular}s`): string {
  return `${formatNumber(count)} ${count === 1 ? singular : plural}`;
}

/** The range inside a sentence: "between 8 Dec 2024 and 23 Nov 2026" (or "on 8 Dec 2024"). */
export function formatRangeInWords(range: DateRange): string {
  return range.from === range.to
    ? `on ${formatDate(range.from)}`
    : `between ${formatDate(range.from)} and ${formatDate(range.to)}`;
}

const monthFormat = new Intl.DateTimeFormat('en-GB', {
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "2018-03-01" → "March 2018". */
export function formatMonth(iso: string): string {
  return monthFormat.format(new Date(timeOfIso(iso)));
}
