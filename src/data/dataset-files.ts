import type { z } from 'zod';
import { actorsFileSchema } from './schemas/actors';
import { eventsFileSchema } from './schemas/events';
import { meetingsFileSchema } from './schemas/meetings';
import { metaSchema } from './schemas/meta';
import { placesFileSchema } from './schemas/places';
import { statisticsFileSchema } from './schemas/statistics';
import { DataFileError, problemsFromZodIssues, WHOLE_FILE } from './problems';

/** Every file of the dataset under public/data/, with the schema it must satisfy. */
export const datasetFiles = {
  meta: { file: 'meta.json', schema: metaSchema },
  actors: { file: 'actors.json', schema: actorsFileSchema },
  places: { file: 'places.json', schema: placesFileSchema },
  meetings: { file: 'meetings.json', schema: meetingsFileSchema },
  events: { file: 'events.json', schema: eventsFileSchema },
  statistics: { file: 'statistics.json', schema: statisticsFileSchema },
} as const;

export type DatasetFileName = keyof typeof datasetFiles;
export type DatasetFileData<N extends DatasetFileName> = z.infer<
  (typeof datasetFiles)[N]['schema']
>;
export type Dataset = { [N in DatasetFileName]: DatasetFileData<N> };

export const datasetFileNames = Object.keys(datasetFiles) as DatasetFileName[];

/**
 * Parses the text of a dataset file and checks it against its schema. Pure: used by the app
 * after fetching and by `npm run validate:data` after reading from disk.
 */
export function parseDatasetFile<N extends DatasetFileName>(
  name: N,
  text: string,
): DatasetFileData<N> {
  const { file, schema } = datasetFiles[name];
  if (text.trim() === '') {
    throw new DataFileError(file, [
      { file, record: WHOLE_FILE, field: WHOLE_FILE, message: 'the file is empty' },
    ]);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new DataFileError(file, [
      { file, record: WHOLE_FILE, field: WHOLE_FILE, message: `is not valid JSON: ${message}` },
    ]);
  }
  const result = schema.safeParse(raw);
  if (!result.success) {
    throw new DataFileError(file, problemsFromZodIssues(file, raw, result.error.issues));
  }
  return result.data as DatasetFileData<N>;
}

/** The URL of a dataset file, relative to wherever the app is served from. */
export function datasetFileUrl(name: DatasetFileName): string {
  return `${import.meta.env.BASE_URL}data/${datasetFiles[name].file}`;
}

/** Fetches one dataset file and validates it; the only code in the app that fetches data. */
export async function fetchDatasetFile<N extends DatasetFileName>(
  name: N,
  signal?: AbortSignal,
): Promise<DatasetFileData<N>> {
  const { file } = datasetFiles[name];
  let response: Response;
  try {
    response = await fetch(datasetFileUrl(name), { signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw new DataFileError(file, [
      { file, record: WHOLE_FILE, field: WHOLE_FILE, message: `could not be fetched: ${message}` },
    ]);
  }
  if (!response.ok) {
    throw new DataFileError(file, [
      {
        file,
        record: WHOLE_FILE,
        field: WHOLE_FILE,
        message: `could not be loaded: HTTP ${response.status} ${response.statusText}`.trim(),
      },
    ]);
  }
  return parseDatasetFile(name, await response.text());
}
