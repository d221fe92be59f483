/**
 * `npm run schema:data`: writes a JSON Schema (draft 2020-12) for every dataset file to
 * public/data/schema/, generated from the zod schemas so that the two never disagree.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { jsonSchemaDocuments } from './json-schema';

const outDir = join('public', 'data', 'schema');
await mkdir(outDir, { recursive: true });
for (const { fileName, text } of jsonSchemaDocuments()) {
  await writeFile(join(outDir, fileName), text);
  console.log(`wrote ${join(outDir, fileName)}`);
}
