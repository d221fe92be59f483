import { z } from 'zod';
import { isRealCalendarDate, todayIso, type DateRange } from '@/lib/dates';
import { formatDate } from '@/lib/format';

/** The first day the dashboard's "whole conflict" covers: the protests of 15 March 2011. */
export const CONFLICT_START = '2011-03-15';
/** Dates outside these bounds are treated as typing mistakes in a link. */
export const EARLIEST_DATE = '1990-01-01';
export const LATEST_DATE = '2100-12-31';

/** The range shown when the URL names none: the whole conflict up to today. */
export function defaultRange(today: string = todayIso()): DateRange {
  return { from: CONFLICT_START, to: today };
}

/** What the URL holds of the view: `?from=&to=` (the range), `?actor=` and `?round=` (selections). */
export interface UrlViewState {
  range: DateRange;
  /** Id of the selected actor, or null. Whether the dataset knows it is for the panels to say. */
  actor: string | null;
  /** Id of the open round (a meeting in meetings.json), or null. */
  round: string | null;
}

export interface ParsedUrlState {
  state: UrlViewState;
  /** Human-readable reasons why parts of the URL were ignored; empty when all was well. */
  problems: string[];
}

/** Record ids in the dataset are lower-case kebab-case (see src/data/schemas/common.ts). */
const idParam = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const dateParam = z
  .string()
  .refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v), 'is not a date in the form YYYY-MM-DD')
  .refine(isRealCalendarDate, 'is not a real calendar date')
  .refine(
    (v) => v >= EARLIEST_DATE && v <= LATEST_DATE,
    `is outside ${EARLIEST_DATE} to ${LATEST_DATE}`,
  );

/**
 * Reads the view from a query string. Never throws: a missing value takes its default, a bad
 * one takes its default and is reported in `problems`, a reversed range falls back whole.
 */
export function parseUrlState(
  search: string,
  defaults: DateRange = defaultRange(),
): ParsedUrlState {
  const params = new URLSearchParams(search);
  const problems: string[] = [];

  const readDate = (key: 'from' | 'to'): string => {
    const raw = params.get(key);
    if (raw === null || raw === '') return defaults[key];
    const result = dateParam.safeParse(raw);
    if (result.success) return result.data;
    const reason = result.error.issues[0]?.message ?? 'is not valid';
    problems.push(
      `The link's "${key}" value "${truncate(raw)}" ${reason}; using ${formatDate(defaults[key])}.`,
    );
    return defaults[key];
  };

  const readId = (key: 'actor' | 'round'): string | null => {
    const raw = params.get(key);
    if (raw === null || raw === '') return null;
    if (idParam.test(raw)) return raw;
    problems.push(
      `The link's "${key}" value "${truncate(raw)}" is not a valid id; nothing is selected.`,
    );
    return null;
  };

  let range: DateRange = { from: readDate('from'), to: readDate('to') };
  if (range.from > range.to) {
    problems.push(
      `The link's range ends (${formatDate(range.to)}) before it starts (${formatDate(range.from)}); showing the default range.`,
    );
    range = { ...defaults };
  }
  return { state: { range, actor: readId('actor'), round: readId('round') }, problems };
}

/**
 * Writes the view into a query string, keeping keys that other parts of the app own. The default
 * range is written as no parameters, so the plain address means "the whole conflict to today".
 */
export function serializeUrlState(
  state: UrlViewState,
  currentSearch: string,
  defaults: DateRange = defaultRange(),
): string {
  const params = new URLSearchParams(currentSearch);
  const isDefault = state.range.from === defaults.from && state.range.to === defaults.to;
  if (isDefault) {
    params.delete('from');
    params.delete('to');
  } else {
    params.set('from', state.range.from);
    params.set('to', state.range.to);
  }
  for (const key of ['actor', 'round'] as const) {
    const value = state[key];
    if (value) params.set(key, value);
    else params.delete(key);
  }
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

function truncate(value: string, max = 40): string {
  return value.length > max ? `${value.slice(0, max)}…` : value;
}
