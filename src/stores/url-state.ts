import type { ViewState } from './view-state';
import { urlParams } from './url-params';

// Reading and writing a link with the table of url-params.ts.

/** Whether two values of a parameter are the same (they are small plain data). */
export function sameValue(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/** The fields of the view out of a larger object (the store). */
export function viewStateOf(state: ViewState): ViewState {
  return Object.fromEntries(
    urlParams.map((p) => [p.field, state[p.field]]),
  ) as unknown as ViewState;
}

export interface ParsedUrlState {
  state: ViewState;
  /**
   * Human-readable reasons why parts of the URL were ignored, in the language shown when it was
   * read (urlProblemInLanguageShown says one again); empty when all was well.
   */
  problems: string[];
}

/** How each reason given was worded, so that it can be worded again in another language. */
const problemWordings = new Map<string, () => string>();

/**
 * A reason parseUrlState gave, in the language shown now: the notice keeps the reasons as they
 * were first worded, and the reader may change the language while it shows.
 */
export function urlProblemInLanguageShown(problem: string): string {
  return problemWordings.get(problem)?.() ?? problem;
}

/**
 * Reads the view from a query string. Never throws: a missing value takes its default, a bad
 * one takes its default and is reported in `problems`, a reversed range falls back whole.
 */
export function parseUrlState(search: string): ParsedUrlState {
  const params = new URLSearchParams(search);
  const problems: string[] = [];
  const problem = (say: () => string) => {
    const text = say();
    problemWordings.set(text, say);
    problems.push(text);
  };
  const get = (key: string) => params.get(key);
  const entries = urlParams.map((p) => [
    p.field,
    p.keys.some((key) => params.has(key)) ? p.parse(get, problem) : p.default,
  ]);
  return { state: Object.fromEntries(entries) as ViewState, problems };
}

/**
 * Writes the view into a query string, keeping keys that other parts of the app own. A value at
 * its default is written as no parameter, so the plain address means "the default view".
 */
export function serializeUrlState(state: ViewState, currentSearch: string): string {
  const params = new URLSearchParams(currentSearch);
  for (const p of urlParams) {
    const value = state[p.field];
    const written = sameValue(value, p.default) ? {} : p.serialize(value);
    for (const key of p.keys) {
      const text = written[key];
      if (text === undefined) params.delete(key);
      else params.set(key, text);
    }
  }
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}
