import {
  datasetFileNames,
  datasetFiles,
  parseDatasetFile,
  type Dataset,
} from '../src/data/dataset-files';
import { DataFileError, formatProblem, WHOLE_FILE, type DataProblem } from '../src/data/problems';
import { findCrossFileProblems } from '../src/data/validate-dataset';
import { datasetCoverage, type Coverage } from './dataset-coverage';
import { findInternalRemarks, findTitleNotes } from './internal-remarks';

/**
 * Validates the dataset files of one directory: every file against its schema, then the files
 * that parsed against each other, then every user-visible text for internal remarks. Returns
 * the problems as printable lines, a count summary and, when every file parsed, the dataset.
 */
export async function validateDatasetDirectory(
  dir: string,
  readText: (file: string) => Promise<string>,
): Promise<{ problems: string[]; coverage?: Coverage; dataset?: Dataset }> {
  const problems: DataProblem[] = [];
  const dataset: Partial<Dataset> = {};
  for (const name of datasetFileNames) {
    const { file } = datasetFiles[name];
    let text: string;
    try {
      text = await readText(file);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      problems.push({
        file,
        record: WHOLE_FILE,
        field: WHOLE_FILE,
        message: `cannot be read from ${dir}: ${message}`,
      });
      continue;
    }
    try {
      Object.assign(dataset, { [name]: parseDatasetFile(name, text) });
    } catch (error) {
      if (!(error instanceof DataFileError)) throw error;
      problems.push(...error.problems);
    }
  }
  problems.push(...findCrossFileProblems(dataset));
  problems.push(...findInternalRemarks(dataset), ...findTitleNotes(dataset));
  const complete = datasetFileNames.every((name) => dataset[name] !== undefined);
  return {
    problems: problems.map(formatProblem),
    coverage: complete ? datasetCoverage(dataset as Dataset) : undefined,
    dataset: complete ? (dataset as Dataset) : undefined,
  };
}
