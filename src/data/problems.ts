import type { z } from 'zod';

/** One thing wrong with the dataset, located as precisely as the data allows. */
export interface DataProblem {
  /** File name under public/data/, e.g. "meetings.json". */
  file: string;
  /** The record's id, "#3" when it has none, or "(file)" for the file as a whole. */
  record: string;
  /** Dotted path inside the record, e.g. "start" or "points[2].value"; "(file)" for the whole. */
  field: string;
  message: string;
}

export const WHOLE_FILE = '(file)';

/** "meetings.json: astana-4: start: must be a date in the form YYYY-MM-DD". */
export function formatProblem(problem: DataProblem): string {
  return `${problem.file}: ${problem.record}: ${problem.field}: ${problem.message}`;
}

/** A dataset file that could not be loaded or did not match its schema. */
export class DataFileError extends Error {
  readonly file: string;
  readonly problems: readonly DataProblem[];

  constructor(file: string, problems: readonly DataProblem[]) {
    const first = problems[0];
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more problems)` : '';
    super(first ? `${formatProblem(first)}${more}` : `${file}: invalid`);
    this.name = 'DataFileError';
    this.file = file;
    this.problems = problems;
  }
}

/**
 * The lines the interface lists for an error: each problem of a dataset file, or the error's
 * message. They stay as the schema and the checks word them, in English, for whoever maintains
 * the dataset (the interface marks them as English).
 */
export function problemLines(error: Error): string[] {
  if (!(error instanceof DataFileError)) return [error.message];
  return error.problems.length > 0 ? error.problems.map(formatProblem) : [`${error.file}: invalid`];
}

/**
 * Turns zod issues into problems that name the record by its id. Paths look like
 * ["meetings", 3, "start"] for list files, or ["sources", 2, "url"] / ["asOf"] for meta.json.
 */
export function problemsFromZodIssues(
  file: string,
  raw: unknown,
  issues: readonly z.core.$ZodIssue[],
): DataProblem[] {
  return issues.map((issue) => {
    const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
    const listIndex = path.findIndex((key) => typeof key === 'number');
    if (listIndex === -1) {
      return {
        file,
        record: WHOLE_FILE,
        field: path.length > 0 ? formatPath(path) : WHOLE_FILE,
        message: issue.message,
      };
    }
    const record = recordLabel(raw, path.slice(0, listIndex + 1));
    const rest = path.slice(listIndex + 1);
    return {
      file,
      record,
      field: rest.length > 0 ? formatPath(rest) : WHOLE_FILE,
      message: issue.message,
    };
  });
}

/** ["points", 2, "value"] → "points[2].value". */
export function formatPath(path: readonly (string | number)[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? key : `.${key}`))
    .join('');
}

function recordLabel(raw: unknown, pathToRecord: readonly (string | number)[]): string {
  let node: unknown = raw;
  for (const key of pathToRecord) {
    if (node === null || typeof node !== 'object') {
      node = undefined;
      break;
    }
    node = (node as Record<string | number, unknown>)[key];
  }
  const index = pathToRecord[pathToRecord.length - 1];
  if (node !== null && typeof node === 'object' && 'id' in node) {
    const id = (node as { id: unknown }).id;
    if (typeof id === 'string' && id.trim() !== '') return id;
  }
  return `#${String(index)}`;
}
