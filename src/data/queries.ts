import { queryOptions, useQueries, type QueryClient } from '@tanstack/react-query';
import { DataFileError, type DataProblem } from './problems';
import {
  fetchDatasetFile,
  type Dataset,
  type DatasetFileData,
  type DatasetFileName,
} from './dataset-files';
import { findFileProblems, referencedFiles } from './validate-dataset';
import { memoOnInputs } from '@/lib/memo';

/** Query options for one dataset file: fetched once per page load, validated, never refetched. */
export function datasetQueryOptions<N extends DatasetFileName>(name: N) {
  return queryOptions({
    queryKey: ['dataset', name] as const,
    queryFn: ({ signal }) => fetchDatasetFile(name, signal),
    staleTime: Infinity,
    gcTime: Infinity,
    // A file that fails its schema will fail again; only retry what may be a network blip.
    retry: (failureCount, error) => !isSchemaError(error) && failureCount < 1,
    // A failed file stays failed until the user presses Reload: a panel mounting later must not
    // refetch it on its own (with every panel checking against meta.json, those refetches
    // would chase each other and leave every panel loading).
    retryOnMount: false,
  });
}

function isSchemaError(error: unknown): boolean {
  return (
    error instanceof DataFileError &&
    !error.problems.some((p) => p.message.startsWith('could not be'))
  );
}

/**
 * A dataset file as loaded, read once at the moment it is needed (an export's words), for code
 * that must not re-render with the data; undefined while it loads or after it failed.
 */
export function loadedDatasetFile<N extends DatasetFileName>(
  client: QueryClient,
  name: N,
): DatasetFileData<N> | undefined {
  return client.getQueryData(datasetQueryOptions(name).queryKey);
}

export interface DatasetFileResult<N extends DatasetFileName> {
  /** The file, once it has loaded and agrees with the files it refers to. */
  data: DatasetFileData<N> | undefined;
  /** Why the file cannot be used, naming file, record and field. */
  error: Error | undefined;
  /** Fetches the file (and what it was checked against) again after an error. */
  refetch: () => void;
}

/** One dataset file, checked like the files of a panel (see useDatasetFiles). */
export function useDatasetFile<N extends DatasetFileName>(name: N): DatasetFileResult<N> {
  const result = useDatasetFiles([name]);
  if (result.status === 'success') {
    return { data: result.data[name] as DatasetFileData<N>, error: undefined, refetch: noop };
  }
  if (result.status === 'error') {
    return { data: undefined, error: result.errors[0], refetch: result.refetch };
  }
  return { data: undefined, error: undefined, refetch: noop };
}

const noop = () => {};

export type DatasetFilesResult<N extends DatasetFileName> =
  | { status: 'pending' }
  | { status: 'error'; errors: Error[]; refetch: () => void }
  | { status: 'success'; data: { [K in N]: DatasetFileData<K> } };

/**
 * The dataset files a panel needs, as one result: pending until all have loaded, an error if
 * any failed (with every failure, so the panel can name each file), else all the data.
 *
 * A file that parses can still be wrong about the others (an unknown actor id, a period that
 * ends before it starts): the files it refers to are loaded too, and its records are checked
 * against them before the panel sees it. A referenced file that fails is the concern of the
 * panels that need it; here its references are simply not checked.
 */
export function useDatasetFiles<const N extends DatasetFileName>(
  names: readonly N[],
): DatasetFilesResult<N> {
  // The same queries and combine for the same files, render after render: react-query runs a
  // new combine (and the cross-file checks' lookups) on every render, and defaults and hashes
  // new queries (each panel renders on every range change).
  const { queries, combine } = filesQuery(names.join(' ')) as FilesQuery<N>;
  return useQueries({ queries, combine });
}

type QueryResults = { data?: unknown; error: Error | null; refetch: () => unknown }[];
interface FilesQuery<N extends DatasetFileName> {
  queries: ReturnType<typeof datasetQueryOptions>[];
  combine: (results: QueryResults) => DatasetFilesResult<N>;
}

// One per set of files the code asks for together (a handful).
const filesQueries = new Map<string, FilesQuery<DatasetFileName>>();

/** The queries of a set of files (names joined by spaces) and how their results combine. */
function filesQuery(key: string): FilesQuery<DatasetFileName> {
  let found = filesQueries.get(key);
  if (!found) {
    const names = key.split(' ') as DatasetFileName[];
    const loaded = [...new Set([...names, ...names.flatMap((name) => referencedFiles[name])])];
    found = {
      queries: loaded.map((name) => datasetQueryOptions(name)),
      combine: (results) => combineFiles(names, loaded, results),
    };
    filesQueries.set(key, found);
  }
  return found;
}

function combineFiles<N extends DatasetFileName>(
  names: readonly N[],
  loaded: readonly DatasetFileName[],
  results: QueryResults,
): DatasetFilesResult<N> {
  const byName = new Map(loaded.map((name, i) => [name, results[i]!]));
  const needed = names.map((name) => byName.get(name)!);
  const refetchFailed = () => needed.forEach((r) => (r.error ? void r.refetch() : undefined));
  const errors = needed.flatMap((r) => (r.error ? [r.error] : []));
  if (errors.length > 0) return { status: 'error', errors, refetch: refetchFailed };
  const settled = results.every((r) => r.data !== undefined || r.error);
  if (!settled) return { status: 'pending' };

  const dataset: Partial<Dataset> = {};
  for (const [name, result] of byName) {
    if (result.data !== undefined) Object.assign(dataset, { [name]: result.data });
  }
  const inconsistent = names.flatMap((name) => {
    const problems = checkedFileProblems(name, dataset);
    return problems.length > 0
      ? [{ name, error: new DataFileError(problems[0]!.file, problems) }]
      : [];
  });
  if (inconsistent.length > 0) {
    return {
      status: 'error',
      errors: inconsistent.map((i) => i.error),
      // Reload fetches the inconsistent files and the files they refer to afresh.
      refetch: () => {
        const again = new Set(inconsistent.flatMap((i) => [i.name, ...referencedFiles[i.name]]));
        again.forEach((name) => void byName.get(name)?.refetch());
      },
    };
  }
  return { status: 'success', data: dataset as { [K in N]: DatasetFileData<K> } };
}

/**
 * The cross-file problems of one file, kept per parsed file and the files it refers to: every
 * panel that needs the file asks on every render, and at a million events the check takes a
 * noticeable moment.
 */
function checkedFileProblems(name: DatasetFileName, dataset: Partial<Dataset>): DataProblem[] {
  return problemsOfFile(dataset[name]!, name, ...referencedFiles[name].map((ref) => dataset[ref]));
}
const problemsOfFile = memoOnInputs(
  (file: object, name: DatasetFileName, ...refs: unknown[]): DataProblem[] =>
    findFileProblems(name, {
      [name]: file,
      ...Object.fromEntries(referencedFiles[name].map((ref, i) => [ref, refs[i]])),
    } as Partial<Dataset>),
);
