import { z } from 'zod';
import { datasetFileNames, datasetFiles } from '../src/data/dataset-files';

/** The JSON Schema text for each dataset file, e.g. "meetings.schema.json". */
export function jsonSchemaDocuments(): { fileName: string; text: string }[] {
  return datasetFileNames.map((name) => {
    const { file, schema } = datasetFiles[name];
    const fileName = file.replace(/\.json$/, '.schema.json');
    const jsonSchema = {
      ...z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input' }),
      title: `Syria Conflict & Diplomacy Dashboard: ${file}`,
    };
    return { fileName, text: `${JSON.stringify(jsonSchema, null, 2)}\n` };
  });
}
