import type { RowProblem } from '@/data/own-events';
import type { Language } from '@/i18n/catalogue';
import { currentLanguage, localeOf, useLanguageStore } from '@/i18n/language';
import { translate, type MessageKey, type MessageParams } from '@/i18n/t';
import { layoutShown } from './formats';

// What the import says to the analyst is worked out in the worker, which has no say over the
// language the page shows (nor sight of it): it says each problem as a message key with its
// values, kept as data, and the page puts them into words (problemText, ProblemMessage).

/**
 * A value in a problem's message: a number, a word of the interface, or one of these, each put
 * into words on the page in the language it shows.
 */
export type ProblemParam =
  | string
  | number
  /** Text shown as written: the analyst's own (a file name, a cell), or a browser's error. */
  | { own: string }
  /** A size in bytes: "2.0 GB". */
  | { bytes: number }
  /** Columns of the analyst's file, quoted, in a list: "'latitude', 'longitude'". */
  | { columns: readonly string[] }
  /** The name of a file's layout as the layer keeps it (see layoutShown). */
  | { layout: string };

export type ProblemParams = Readonly<Record<string, ProblemParam>>;

/** A problem as data: the message that says it and its values. */
export interface Problem {
  readonly key: MessageKey;
  readonly params?: ProblemParams;
}

/**
 * A file that cannot be read as a table: one clear message for the analyst. Its `message` is
 * the English (for the console, and where no page is there to say it); `problem` is what the
 * page says, in its language.
 */
export class FileProblem extends Error {
  readonly problem: Problem;

  constructor(key: MessageKey, params?: ProblemParams) {
    super(problemText({ key, params }, 'en'));
    this.problem = { key, params };
  }
}

const sizeFormats = new Map<string, Intl.NumberFormat>();

/** A size with one decimal, in the language's digits; never grouped ("1023.5 MB", as before). */
function sizeNumber(value: number, language: Language): string {
  const locale = localeOf(language, useLanguageStore.getState().digits);
  let format = sizeFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, {
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
      useGrouping: false,
    });
    sizeFormats.set(locale, format);
  }
  return format.format(value);
}

/** A size in bytes, in the language shown: "2.0 GB", "١٫٥ ميغابايت". */
export function formatBytes(bytes: number, language: Language = currentLanguage()): string {
  if (bytes >= 1024 ** 3)
    return translate(language, 'ownEvents.size.gb', {
      size: sizeNumber(bytes / 1024 ** 3, language),
    });
  if (bytes >= 1024 ** 2)
    return translate(language, 'ownEvents.size.mb', {
      size: sizeNumber(bytes / 1024 ** 2, language),
    });
  if (bytes >= 1024)
    return translate(language, 'ownEvents.size.kb', { size: Math.round(bytes / 1024) });
  return translate(language, 'ownEvents.size.bytes', { size: bytes });
}

/** Columns of the analyst's file as a list: "'a', 'b'" (Arabic: "«a»، «b»"). */
export function columnList(columns: readonly string[], language: Language): string {
  return columns
    .map((column) => translate(language, 'ownEvents.quoted', { x: column }))
    .join(translate(language, 'common.listSeparator'));
}

/** One value of a problem's message as text, in a language. */
export function paramText(value: ProblemParam, language: Language): string | number {
  if (typeof value === 'string' || typeof value === 'number') return value;
  if ('own' in value) return value.own;
  if ('bytes' in value) return formatBytes(value.bytes, language);
  if ('columns' in value) return columnList(value.columns, language);
  return layoutShown(value.layout, language);
}

/** Whether a value of a problem's message is the analyst's own text, shown as written. */
export function isOwnParam(value: ProblemParam): boolean {
  return typeof value === 'object' && ('own' in value || 'columns' in value);
}

/** A problem in words, in a language (the one shown unless said). */
export function problemText(
  { key, params }: Problem,
  language: Language = currentLanguage(),
): string {
  if (!params) return translate(language, key);
  const plain: MessageParams = {};
  for (const [name, value] of Object.entries(params)) plain[name] = paramText(value, language);
  return translate(language, key, plain);
}

/**
 * A row that could not be imported, as the import keeps it: the reason in English (what the
 * report kept before it was said in the reader's language, and still is for a layer kept from
 * then), and the problem as data.
 */
export function rowProblem(
  row: number,
  column: string,
  key: MessageKey,
  params?: ProblemParams,
): RowProblem & Problem {
  return {
    row,
    column,
    reason: problemText({ key, params }, 'en'),
    key,
    ...(params ? { params } : {}),
  };
}
