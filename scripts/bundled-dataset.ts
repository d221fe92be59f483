import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  datasetFileNames,
  datasetFiles,
  parseDatasetFile,
  type Dataset,
} from '../src/data/dataset-files';

/** The dataset as bundled in public/data, parsed as the app parses it (for tests of the data). */
export function readBundledDataset(): Dataset {
  return Object.fromEntries(
    datasetFileNames.map((name) => [
      name,
      parseDatasetFile(name, readFileSync(join('public', 'data', datasetFiles[name].file), 'utf8')),
    ]),
  ) as unknown as Dataset;
}
