import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateDatasetDirectory } from './dataset-directory';

const dataDir = join(process.cwd(), 'public', 'data');
const readFrom = (dir: string) => (file: string) => readFile(join(dir, file), 'utf8');
const tempDirs: string[] = [];
/**
 * The command-line tests start a fresh Node process that compiles the validator with tsx and
 * reads the whole dataset: about 2 s alone, but over 8 s on a loaded two-core machine, past
 * vitest's default of 5 s. What they check is unchanged.
 */
const CLI_TIMEOUT_MS = 60_000;
afterAll(() => tempDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A copy of the bundled dataset to break. */
function copyOfDataset(): string {
  const dir = mkdtempSync(join(tmpdir(), 'syria-data-'));
  tempDirs.push(dir);
  cpSync(dataDir, dir, { recursive: true });
  return dir;
}

function editJson(dir: string, file: string, edit: (json: Record<string, unknown[]>) => void) {
  const json = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  edit(json);
  writeFileSync(join(dir, file), JSON.stringify(json));
}

describe('the bundled dataset', () => {
  it('passes every schema and cross-file check', async () => {
    const { problems } = await validateDatasetDirectory(dataDir, readFrom(dataDir));
    expect(problems).toEqual([]);
  });
});

describe('validate:data on a broken copy', () => {
  it('names file, record and field of each problem', async () => {
    const dir = copyOfDataset();
    let meetingId = '';
    let eventId = '';
    editJson(dir, 'meetings.json', (json) => {
      const meeting = json.meetings![0] as { id: string; start: string };
      meetingId = meeting.id;
      meeting.start = '2021-02-30';
    });
    editJson(dir, 'events.json', (json) => {
      const event = json.events![0] as { id: string; placeId: string };
      eventId = event.id;
      event.placeId = 'no-such-place';
    });
    const { problems } = await validateDatasetDirectory(dir, readFrom(dir));
    expect(problems).toEqual([
      `meetings.json: ${meetingId}: start: is not a real calendar date`,
      `events.json: ${eventId}: placeId: unknown place "no-such-place" (not in places.json)`,
    ]);
  });

  it('requires an Arabic name on every actor and place and an Arabic title on every meeting', async () => {
    const dir = copyOfDataset();
    const ids: Record<string, string> = {};
    const edit = (file: string, list: string, field: string, value: string | undefined) =>
      editJson(dir, file, (json) => {
        const record = json[list]![0] as Record<string, unknown> & { id: string };
        ids[file] = record.id;
        if (value === undefined) delete record[field];
        else record[field] = value;
      });
    edit('actors.json', 'actors', 'nameAr', undefined);
    edit('places.json', 'places', 'nameAr', 'Damascus');
    edit('meetings.json', 'meetings', 'titleAr', undefined);
    const { problems } = await validateDatasetDirectory(dir, readFrom(dir));
    expect(problems).toEqual([
      `actors.json: ${ids['actors.json']}: nameAr: Invalid input: expected string, received undefined`,
      `places.json: ${ids['places.json']}: nameAr: must be written in Arabic`,
      `meetings.json: ${ids['meetings.json']}: titleAr: Invalid input: expected string, received undefined`,
    ]);
  });

  it('refuses a note that remarks on how the data was gathered', async () => {
    const dir = copyOfDataset();
    let placeId = '';
    let seriesId = '';
    editJson(dir, 'places.json', (json) => {
      const place = json.places![0] as { id: string; note?: string };
      placeId = place.id;
      place.note = 'The Anadolu seed article says so.';
    });
    editJson(dir, 'statistics.json', (json) => {
      const series = json.series![0] as { id: string; note?: string };
      seriesId = series.id;
      series.note = 'The end-2024 figure was not retrieved.';
    });
    const { problems } = await validateDatasetDirectory(dir, readFrom(dir));
    expect(problems).toEqual([
      `places.json: ${placeId}: note: reads as an internal remark about a "seed" input ("seed article"); say what the record is or cites instead`,
      `statistics.json: ${seriesId}: note: reads as an internal remark about what was retrieved ("not retrieved"); say what the record is or cites instead`,
    ]);
  });

  it('reports a missing file', async () => {
    const dir = copyOfDataset();
    rmSync(join(dir, 'places.json'));
    const { problems } = await validateDatasetDirectory(dir, readFrom(dir));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^places\.json: \(file\): \(file\): cannot be read from /);
  });

  it('exits 1 from the command line and prints the problem', { timeout: CLI_TIMEOUT_MS }, () => {
    const dir = copyOfDataset();
    let sourceId = '';
    editJson(dir, 'meta.json', (json) => {
      const source = json.sources![0] as { id: string; url: string };
      sourceId = source.id;
      source.url = 'javascript:alert(1)';
    });
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/validate-data.ts', dir], {
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(`meta.json: ${sourceId}: url: must be an http(s) URL`);
  });

  it('exits 0 on the bundled data', { timeout: CLI_TIMEOUT_MS }, () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/validate-data.ts'], {
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/valid\n {2}records: sources \d+, actors \d+/);
  });
});
