import { afterEach, describe, expect, it, vi } from 'vitest';
import { fixtureDataset } from '@/test/fixture-dataset';
import { fetchDatasetFile, parseDatasetFile } from './dataset-files';
import { DataFileError, formatProblem } from './problems';

function problemsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof DataFileError) return error.problems.map(formatProblem);
    throw error;
  }
  throw new Error('expected a DataFileError');
}

describe('parseDatasetFile', () => {
  it('returns the validated data of a good file', () => {
    const meetings = fixtureDataset().meetings;
    expect(parseDatasetFile('meetings', JSON.stringify(meetings))).toEqual(meetings);
  });

  it('names the record by its id and the field by its path', () => {
    const meetings = fixtureDataset().meetings;
    meetings.meetings[1] = { ...meetings.meetings[1]!, start: '2021-02-30' };
    expect(problemsOf(() => parseDatasetFile('meetings', JSON.stringify(meetings)))).toEqual([
      'meetings.json: track-a-2: start: is not a real calendar date',
    ]);
  });

  it('names nested fields of statistics points', () => {
    const statistics = fixtureDataset().statistics;
    const series = statistics.series[0]!;
    statistics.series[0] = {
      ...series,
      points: [series.points[0]!, { ...series.points[1]!, value: -3 }],
    };
    expect(problemsOf(() => parseDatasetFile('statistics', JSON.stringify(statistics)))).toEqual([
      'statistics.json: deaths-annual: points[1].value: Too small: expected number to be >=0',
    ]);
  });

  it('falls back to the position when the record has no usable id', () => {
    const text = JSON.stringify({ actors: [{ name: 'No id' }] });
    const problems = problemsOf(() => parseDatasetFile('actors', text));
    expect(problems.length).toBeGreaterThan(1);
    expect(problems.every((p) => p.startsWith('actors.json: #0: '))).toBe(true);
  });

  it('reports fields of meta.json itself against the file', () => {
    const meta = { ...fixtureDataset().meta, asOf: 'soon' };
    expect(problemsOf(() => parseDatasetFile('meta', JSON.stringify(meta)))).toEqual([
      'meta.json: (file): asOf: must be a date in the form YYYY-MM-DD',
    ]);
  });

  it('reports an empty file, broken JSON and a wrong top-level shape', () => {
    expect(problemsOf(() => parseDatasetFile('events', '  '))).toEqual([
      'events.json: (file): (file): the file is empty',
    ]);
    expect(problemsOf(() => parseDatasetFile('events', '{"events": ['))[0]).toMatch(
      /^events\.json: \(file\): \(file\): is not valid JSON: /,
    );
    expect(problemsOf(() => parseDatasetFile('events', '[]'))[0]).toMatch(
      /^events\.json: \(file\): \(file\): /,
    );
  });
});

describe('fetchDatasetFile', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('fetches from the app-relative data folder and validates', async () => {
    const fetchMock = vi.fn(async () => new Response(JSON.stringify(fixtureDataset().places)));
    vi.stubGlobal('fetch', fetchMock);
    const places = await fetchDatasetFile('places');
    expect(places.places).toHaveLength(2);
    expect(fetchMock).toHaveBeenCalledWith(
      `${import.meta.env.BASE_URL}data/places.json`,
      expect.anything(),
    );
  });

  it('turns an HTTP error into a DataFileError naming the file', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('not here', { status: 404, statusText: 'Not Found' })),
    );
    await expect(fetchDatasetFile('places')).rejects.toThrow(
      'places.json: (file): (file): could not be loaded: HTTP 404 Not Found',
    );
  });

  it('turns a network failure into a DataFileError naming the file', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    await expect(fetchDatasetFile('meta')).rejects.toThrow(
      'meta.json: (file): (file): could not be fetched: Failed to fetch',
    );
  });
});
