import { t, type MessageKey } from '@/i18n/t';
import { isRealCalendarDate } from '@/lib/dates';
import { formatDate } from '@/lib/format';
import { EARLIEST_DATE, LATEST_DATE, type ViewState } from './view-state';

// The kinds of parameter the link's table (url-params.ts) is made of: what a parameter
// declares, and the builders for the common shapes (a record id, one word of a few, a switch,
// a subset of names), each reading, checking and writing its value the same way.

/**
 * How a change of a parameter enters the browser's history: `push` makes Back return to the
 * previous value; `replace` rewrites the current entry (map moves); `typing` pushes the first
 * change of a run of typing in one box and rewrites the entry for the rest, so Back returns to
 * what was there before the typing, not to each keystroke.
 */
export type HistoryMode = 'push' | 'replace' | 'typing';

/** One parameter of the link: its names in the URL, its store field, how it is read and written. */
export interface UrlParam<F extends keyof ViewState = keyof ViewState> {
  field: F;
  /** The URL's keys for it (most have one; the range has from/to, the map view lat/lng/zoom). */
  keys: readonly string[];
  /** The value when the URL has none of the keys; written as no parameter. */
  default: ViewState[F];
  /**
   * Reads the value when at least one key is present (`get` gives a key's first value or
   * null). A bad value is reported through `problem` and replaced by what the report says. A
   * report is a function that words it in the language shown, so that the notice can say it
   * again in another language.
   */
  parse: (
    get: (key: string) => string | null,
    problem: (say: () => string) => void,
  ) => ViewState[F];
  /** The keys' values for a value other than the default; a key left out is removed. */
  serialize: (value: ViewState[F]) => Partial<Record<string, string>>;
  history: HistoryMode;
}

/** Declares a parameter, checking its parts against the field's type. */
export function param<F extends keyof ViewState>(p: UrlParam<F>): UrlParam<F> {
  return p;
}

/** Record ids in the dataset are lower-case kebab-case (see src/data/schemas/common.ts). */
export const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Why a link's date cannot be used, worded in the language shown; null for a usable date. */
export function dateFault(value: string): (() => string) | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value))
    return () => t('data.url.dateForm', { format: 'YYYY-MM-DD' });
  if (!isRealCalendarDate(value)) return () => t('data.url.dateReal');
  if (value < EARLIEST_DATE || value > LATEST_DATE) {
    return () =>
      t('data.url.dateOutside', {
        earliest: formatDate(EARLIEST_DATE),
        latest: formatDate(LATEST_DATE),
      });
  }
  return null;
}

/** URL words in a list, as a notice names them. */
export const wordList = (words: readonly string[]) => words.join(t('common.listSeparator'));

/** A value as a notice quotes it: cut after `max` characters. */
export function truncate(value: string, max = 40): string {
  return value.length > max ? `${value.slice(0, max)}…` : value;
}

/** `?key=id`: a record id, or nothing selected. */
export function idParam<F extends 'actorId' | 'roundId' | 'compareId'>(field: F, key: string) {
  return param<F>({
    field,
    keys: [key],
    default: null as ViewState[F],
    parse: (get, problem) => {
      const raw = get(key) ?? '';
      if (raw === '') return null as ViewState[F];
      if (idPattern.test(raw)) return raw as ViewState[F];
      problem(() => t('data.url.notId', { key, value: truncate(raw) }));
      return null as ViewState[F];
    },
    serialize: (value) => (value ? { [key]: value } : {}),
    history: 'push',
  });
}

/** `?key=word`: one of a few words; an unknown one falls back to the default. */
export function choiceParam<F extends keyof ViewState, V extends ViewState[F] & string>(
  field: F,
  key: string,
  values: readonly V[],
  fallback: V,
) {
  return param<F>({
    field,
    keys: [key],
    default: fallback,
    parse: (get, problem) => {
      const raw = get(key) ?? '';
      if (raw === '') return fallback;
      if ((values as readonly string[]).includes(raw)) return raw as V;
      problem(() =>
        t('data.url.notChoice', {
          key,
          value: truncate(raw),
          values: wordList(values),
          fallback,
        }),
      );
      return fallback;
    },
    serialize: (value) => ({ [key]: value as string }),
    history: 'push',
  });
}

/** `?key=word` for a switch that is off unless the link names it. */
export function flagParam<F extends 'onlineTiles' | 'refugeesStacked'>(
  field: F,
  key: string,
  word: string,
) {
  return param<F>({
    field,
    keys: [key],
    default: false as ViewState[F],
    parse: (get, problem) => {
      const raw = get(key) ?? '';
      if (raw === word) return true as ViewState[F];
      if (raw !== '') problem(() => t('data.url.notFlag', { key, value: truncate(raw), word }));
      return false as ViewState[F];
    },
    serialize: (value) => (value ? { [key]: word } : {}),
    history: 'push',
  });
}

/** `?key=a,b`: a subset of known names, kept in their declared order, without repeats. */
export function subsetParam<F extends 'mapLayers' | 'chartTracks' | 'tableViews', V extends string>(
  field: F,
  key: string,
  values: readonly V[],
  fallback: V[] | null,
  what: MessageKey,
) {
  return param<F>({
    field,
    keys: [key],
    default: fallback as ViewState[F],
    parse: (get, problem) => {
      const raw = get(key) ?? '';
      const names = raw.split(',').filter(Boolean);
      const known = values.filter((v) => names.includes(v));
      if (names.some((n) => !(values as readonly string[]).includes(n))) {
        problem(() => t('data.url.unknownNames', { what: t(what), value: truncate(raw) }));
      }
      return known as ViewState[F];
    },
    serialize: (value) => ({ [key]: (value as V[] | null)?.join(',') ?? '' }),
    history: 'push',
  });
}
