import type { MessageKey } from '@/i18n/t';
import type { Problem, ProblemParams, RowProblem } from '@/data/own-events';

// What the import finds wrong is worked out in the import worker, which has no catalogue (it
// would weigh the worker eight times over) nor sight of the language shown: it says each problem
// as a message key with its values, kept as data, and the page puts them into words
// (problem-text.ts, ProblemMessage).

/**
 * A file that cannot be read as a table: one clear message for the analyst, said on the page
 * from `problem`. Its `message` is the key, for the console.
 */
export class FileProblem extends Error {
  readonly problem: Problem;

  constructor(key: MessageKey, params?: ProblemParams) {
    super(key);
    this.name = 'FileProblem';
    this.problem = params ? { key, params } : { key };
  }
}

/** A row that could not be imported: where, and the problem as data. */
export function rowProblem(
  row: number,
  column: string,
  key: MessageKey,
  params?: ProblemParams,
): RowProblem {
  return params ? { row, column, key, params } : { row, column, key };
}
