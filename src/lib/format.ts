import { currentLocale } from '@/i18n/language';
import { t } from '@/i18n/t';
import { timeOfIso, type DateRange } from './dates';

// Dates and numbers in the language shown (src/i18n/language.ts): British English, or Syrian
// Arabic with the digits the reader chose. The formatters of a locale are made once.

interface Formatters {
  day: Intl.DateTimeFormat;
  month: Intl.DateTimeFormat;
  /** "15 March 2011": a day with its month in full, inside a sentence. */
  dayInFull: Intl.DateTimeFormat;
  number: Intl.NumberFormat;
  compact: Intl.NumberFormat;
  percent: Intl.NumberFormat;
  /** A share of a whole with one decimal: "12.3%". */
  share: Intl.NumberFormat;
  /** Without grouping: years, round numbers. */
  plain: Intl.NumberFormat;
  /** One decimal, without grouping: sizes ("1023.5 MB"). */
  oneDecimal: Intl.NumberFormat;
  /** "18 Oct" on a short axis. */
  dayMonth: Intl.DateTimeFormat;
  /** "Oct 2021" on an axis. */
  monthShort: Intl.DateTimeFormat;
  /** Dates already formatted: the same few thousand are formatted often. */
  dates: Map<string, string>;
}

const byLocale = new Map<string, Formatters>();

/**
 * The formatters of a locale (by default the one shown now), made once per locale: the page's
 * own, and English for what is kept in English whatever the language shown.
 */
export function localeFormatters(locale: string = currentLocale()): Formatters {
  let of = byLocale.get(locale);
  if (!of) {
    of = makeFormatters(locale);
    byLocale.set(locale, of);
  }
  return of;
}

function makeFormatters(locale: string): Formatters {
  return {
    day: new Intl.DateTimeFormat(locale, {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    }),
    month: new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }),
    dayInFull: new Intl.DateTimeFormat(locale, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }),
    number: new Intl.NumberFormat(locale),
    compact: new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 }),
    percent: new Intl.NumberFormat(locale, {
      style: 'percent',
      maximumFractionDigits: 1,
      signDisplay: 'exceptZero',
    }),
    share: new Intl.NumberFormat(locale, {
      style: 'percent',
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
    }),
    plain: new Intl.NumberFormat(locale, { useGrouping: false }),
    oneDecimal: new Intl.NumberFormat(locale, {
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
      useGrouping: false,
    }),
    dayMonth: new Intl.DateTimeFormat(locale, {
      day: 'numeric',
      month: 'short',
      timeZone: 'UTC',
    }),
    monthShort: new Intl.DateTimeFormat(locale, {
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    }),
    dates: new Map(),
  };
}

/** "2021-10-18" → "18 Oct 2021" (Arabic: "١٨ تشرين الأول ٢٠٢١"). */
export function formatDate(iso: string): string {
  const { day, dates } = localeFormatters();
  let text = dates.get(iso);
  if (text === undefined) {
    text = day.format(new Date(timeOfIso(iso)));
    dates.set(iso, text);
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
  if (from) return t('common.since', { date: formatDate(from) });
  if (to) return t('common.until', { date: formatDate(to) });
  return t('common.throughout');
}

/** The date range as it appears in headings and exports: "18 Oct 2021 – 22 Oct 2022". */
export function formatRange(range: DateRange): string {
  return formatSpan(range.from, range.to);
}

/** 350209 → "350,209". */
export function formatNumber(value: number): string {
  return localeFormatters().number.format(value);
}

/** A number short, as on a chart's value axis: 0, 500k, 2m, 1.5bn. */
export function formatCompact(value: number): string {
  return localeFormatters().compact.format(value);
}

/** A share as a signed percentage: −0.0015 → "−0.2%". */
export function formatPercent(share: number): string {
  return localeFormatters().percent.format(share);
}

/** "1 meeting", "3 meetings". */
export function pluralize(count: number, singular: string, plural = `${singular}s`): string {
  return `${formatNumber(count)} ${count === 1 ? singular : plural}`;
}

/** The range inside a sentence: "between 8 Dec 2024 and 23 Nov 2026" (or "on 8 Dec 2024"). */
export function formatRangeInWords(range: DateRange): string {
  return range.from === range.to
    ? t('common.onDay', { date: formatDate(range.from) })
    : t('common.betweenDays', { from: formatDate(range.from), to: formatDate(range.to) });
}

/** 2018 → "2018" (Arabic: "٢٠١٨"): a year, a round or an ordinal, without grouping. */
export function formatYear(year: number): string {
  return localeFormatters().plain.format(year);
}

/** "2011-03-15" → "15 March 2011" (Arabic: "١٥ آذار ٢٠١١"), for a date inside a sentence. */
export function formatDateInFull(iso: string): string {
  return localeFormatters().dayInFull.format(new Date(timeOfIso(iso)));
}

/** "2018-03-01" → "March 2018". */
export function formatMonth(iso: string): string {
  return localeFormatters().month.format(new Date(timeOfIso(iso)));
}

/**
 * An address as a reader reads it in print: its escaped letters written out
 * ("…/%D8%B3%D9%88…" → "…/سو…"), which a browser takes as typed. Escapes that stand for the
 * address's own punctuation (%2F, %3F…) and malformed ones stay as they are.
 */
export function readableUrl(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}
