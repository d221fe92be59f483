import { queryOptions, useQueries, useQuery } from '@tanstack/react-query';
import { DataFileError } from './problems';
import { fetchDatasetFile, type DatasetFileData, type DatasetFileName } from './dataset-files';

/** Query options for one dataset file: fetched once per page load, validated, never refetched. */
export function datasetQueryOptions<N extends DatasetFileName>(name: N) {
  return queryOptions({
    queryKey: ['dataset', name] as const,
    queryFn: ({ signal }) => fetchDatasetFile(name, signal),
    staleTime: Infinity,
    gcTime: Infinity,
    // A file that fails its schema will fail again; only retry what may be a network blip.
    retry: (failureCount, error) => !isSchemaError(error) && failureCount < 1,
  });
}

function isSchemaError(error: unknown): boolean {
  return (
    error instanceof DataFileError &&
    !error.problems.some((p) => p.message.startsWith('could not be'))
  );
}

/** One dataset file. */
export function useDatasetFile<N extends DatasetFileName>(name: N) {
  return useQuery(datasetQueryOptions(name));
}

export type DatasetFilesResult<N extends DatasetFileName> =
  | { status: 'pending' }
  | { status: 'error'; errors: Error[]; refetch: () => void }
  | { status: 'success'; data: { [K in N]: DatasetFileData<K> } };

/**
 * The dataset files a panel needs, as one result: pending until all have loaded, an error if
 * any failed (with every failure, so the panel can name each file), else all the data.
 */
export function useDatasetFiles<const N extends DatasetFileName>(
  names: readonly N[],
): DatasetFilesResult<N> {
  return useQueries({
    queries: names.map((name) => datasetQueryOptions(name)),
    combine: (results): DatasetFilesResult<N> => {
      const errors = results.flatMap((r) => (r.error ? [r.error] : []));
      if (errors.length > 0) {
        return {
          status: 'error',
          errors,
          refetch: () => results.forEach((r) => (r.error ? void r.refetch() : undefined)),
        };
      }
      if (results.some((r) => r.data === undefined)) return { status: 'pending' };
      const data = Object.fromEntries(names.map((name, i) => [name, results[i]?.data]));
      return { status: 'success', data: data as { [K in N]: DatasetFileData<K> } };
    },
  });
}
