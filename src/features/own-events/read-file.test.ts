// @vitest-environment node
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { problemText } from './problem-text';
import { FileProblem } from './problems';
import { MAX_TEXT_BYTES, textChunks } from './read-file';

async function readAll(file: Blob & { name: string }) {
  let text = '';
  let bytes = 0;
  for await (const chunk of textChunks(file, (b) => (bytes = b))) text += chunk;
  return { text, bytes };
}

async function problem(file: Blob & { name: string }): Promise<string> {
  try {
    await readAll(file);
  } catch (error) {
    expect(error).toBeInstanceOf(FileProblem);
    return problemText((error as FileProblem).problem, 'en');
  }
  throw new Error('no problem reported');
}

describe('textChunks', () => {
  const table = 'id,date\n' + Array.from({ length: 5000 }, (_, i) => `${i},2020-01-01`).join('\n');

  it('reads a table, and a gzipped one by its name or by its bytes, counting the bytes read', async () => {
    expect(await readAll(new File([table], 'a.csv'))).toEqual({ text: table, bytes: table.length });
    const gz = gzipSync(table);
    expect((await readAll(new File([gz], 'a.csv.gz'))).text).toBe(table);
    const byBytes = await readAll(new File([gz], 'download'));
    expect(byBytes).toEqual({ text: table, bytes: gz.byteLength });
  });

  it('gives one clear message for a file that is not a table', async () => {
    expect(await problem(new File([], 'empty.csv'))).toBe('empty.csv is empty.');
    const png = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
    ]);
    expect(await problem(new File([png], 'photo.csv'))).toMatch(
      /^photo\.csv is not a table of text/,
    );
    const cut = gzipSync(table).subarray(0, 200);
    expect(await problem(new File([cut], 'cut.csv.gz'))).toMatch(
      /^cut\.csv\.gz is not a complete gzip file/,
    );
    expect(await problem(new File([gzipSync('')], 'nothing.csv.gz'))).toBe(
      'nothing.csv.gz is empty.',
    );
  });

  it('refuses a file larger than it reads before reading any of it', async () => {
    // A 2 GB file, as the browser hands it over: only its size is looked at.
    const huge = Object.assign(new Blob(['id,date\n']), { name: 'huge.csv' });
    Object.defineProperty(huge, 'size', { value: 2 * 1024 ** 3 });
    expect(await problem(huge)).toBe(
      `huge.csv is 2.0 GB; the dashboard reads files up to 1.0 GB. Export a smaller period or only Syria, and load that.`,
    );
    expect(MAX_TEXT_BYTES).toBe(1024 ** 3);
  });
});
