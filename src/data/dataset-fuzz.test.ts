import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixtureDataset } from '@/test/fixture-dataset';
import { datasetFileNames, datasetFiles, parseDatasetFile } from './dataset-files';
import { DataFileError } from './problems';

/** Breaks a JSON value at a random place: a wrong type, a missing key, junk, a deep copy of itself. */
function mutate(value: unknown, random: () => number): unknown {
  if (Array.isArray(value)) {
    if (value.length === 0 || random() < 0.2)
      return random() < 0.5 ? 'not a list' : [...value, { junk: true }];
    const i = Math.floor(random() * value.length);
    return value.map((item, j) => (j === i ? mutate(item, random) : item));
  }
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value);
    const key = keys[Math.floor(random() * keys.length)];
    if (!key || random() < 0.15) return null;
    const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
    if (random() < 0.3) delete copy[key];
    else copy[key] = mutate(copy[key], random);
    return copy;
  }
  const replacements = [
    42,
    -1,
    '',
    'x'.repeat(5000),
    '2021-02-30',
    null,
    true,
    [],
    {},
    '<script>alert(1)</script>',
    'javascript:alert(1)',
  ];
  return replacements[Math.floor(random() * replacements.length)];
}

describe('dataset files under random damage', () => {
  const data = fixtureDataset();

  it.each(datasetFileNames)(
    '%s: either parses or fails with a DataFileError naming the file',
    (name) => {
      fc.assert(
        fc.property(fc.integer(), fc.integer({ min: 0, max: 3 }), (seed, damage) => {
          let state = seed;
          const random = () => {
            state = (state * 1103515245 + 12345) & 0x7fffffff;
            return state / 0x7fffffff;
          };
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
