import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '@/lib/random';
import { mutate } from '@/test/damage';
import { fixtureDataset } from '@/test/fixture-dataset';
import { datasetFileNames, datasetFiles, parseDatasetFile } from './dataset-files';
import { DataFileError } from './problems';

describe('dataset files under random damage', () => {
  const data = fixtureDataset();

  it.each(datasetFileNames)(
    '%s: either parses or fails with a DataFileError naming the file',
    (name) => {
      fc.assert(
        fc.property(fc.integer(), fc.integer({ min: 0, max: 3 }), (seed, damage) => {
          const random = seededRandom(seed);
          let value: unknown = data[name];
          for (let i = 0; i < damage; i += 1) value = mutate(value, random);
          const text =
            random() < 0.1
              ? JSON.stringify(value).slice(0, Math.floor(random() * 40))
              : JSON.stringify(value);
          try {
            parseDatasetFile(name, text ?? '');
          } catch (error) {
            expect(error).toBeInstanceOf(DataFileError);
            const problems = (error as DataFileError).problems;
            expect(problems.length).toBeGreaterThan(0);
            for (const p of problems) {
              expect(p.file).toBe(datasetFiles[name].file);
              expect(p.record).not.toBe('');
              expect(p.field).not.toBe('');
            }
          }
        }),
        { numRuns: 300 },
      );
    },
  );
});
