import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fixtureDataset } from '@/test/fixture-dataset';
import { DatasetGate } from './DatasetGate';

function renderWithQueries(ui: ReactNode) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const wrap = (tree: ReactNode) => (
    <QueryClientProvider client={client}>{tree}</QueryClientProvider>
  );
  const result = render(wrap(ui));
  return { ...result, rerender: (tree: ReactNode) => result.rerender(wrap(tree)) };
}

function serve(files: Record<string, unknown>) {
  const fetchMock = vi.fn(async (url: string) => {
    const name = url.split('/').pop()!;
    if (!(name in files)) return new Response('missing', { status: 404, statusText: 'Not Found' });
    const body = files[name];
    return new Response(typeof body === 'string' ? body : JSON.stringify(body));
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

/** Serves every file of a dataset, as the app's public/data/ would. */
function serveDataset(data: Record<string, unknown>) {
  return serve(
    Object.fromEntries(Object.entries(data).map(([name, file]) => [`${name}.json`, file])),
  );
}

/** The file names fetched, sorted. */
function requested(fetchMock: ReturnType<typeof serve>): string[] {
  return fetchMock.mock.calls.map(([url]) => url.split('/').pop()!).sort();
}

afterEach(() => vi.unstubAllGlobals());

describe('DatasetGate', () => {
  it('shows a skeleton, then renders with the validated files', async () => {
    const data = fixtureDataset();
    serveDataset(data);
    renderWithQueries(
      <DatasetGate files={['meetings', 'places']}>
        {(d) => (
          <p>{`${d.meetings.meetings.length} meetings at ${d.places.places.length} places`}</p>
        )}
      </DatasetGate>,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Loading data');
    expect(await screen.findByText('4 meetings at 2 places')).toBeInTheDocument();
  });

  it('names file, record and field of a schema error, and retries on Reload', async () => {
    const data = fixtureDataset();
    const badMeetings = structuredClone(data.meetings);
    badMeetings.meetings[2]!.end = '2021-13-01';
    const fetchMock = serveDataset({ ...data, meetings: badMeetings });
    renderWithQueries(
      <DatasetGate files={['meetings', 'places']}>{() => <p>never</p>}</DatasetGate>,
    );

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('meetings.json is not valid');
    expect(alert).toHaveTextContent('meetings.json: cc-1: end: is not a real calendar date');
    expect(screen.queryByText('never')).not.toBeInTheDocument();

    const fixed = serveDataset(data);
    await userEvent.click(screen.getByRole('button', { name: 'Reload' }));
    expect(await screen.findByText('never')).toBeInTheDocument();
    // Only the failed file is fetched again.
    expect(requested(fetchMock)).toEqual([
      'actors.json',
      'meetings.json',
      'meta.json',
      'places.json',
    ]);
    expect(requested(fixed)).toEqual(['meetings.json']);
  });

  it('lists every failing file', async () => {
    serve({ 'places.json': '{"places": "nope"}' });
    renderWithQueries(
      <DatasetGate files={['meetings', 'places']}>{() => <p>never</p>}</DatasetGate>,
    );
    const alert = await screen.findByRole('alert');
    // The 404 is retried once (it may be a network blip), so its error arrives a second later.
    await waitFor(
      () => expect(alert).toHaveTextContent('meetings.json, places.json are not valid'),
      {
        timeout: 4000,
      },
    );
    expect(alert).toHaveTextContent(
      'meetings.json: (file): (file): could not be loaded: HTTP 404 Not Found',
    );
    expect(alert).toHaveTextContent('places.json: (file): places:');
  });

  it('checks a file against the files it refers to, and names the record and field', async () => {
    const data = fixtureDataset();
    const ghostly = structuredClone(data.meetings);
    ghostly.meetings[1]!.participants = ['ghost'];
    ghostly.meetings[2]!.end = '1999-01-01';
    const fetchMock = serveDataset({ ...data, meetings: ghostly });
    renderWithQueries(<DatasetGate files={['meetings']}>{() => <p>rendered</p>}</DatasetGate>);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      `meetings.json: ${ghostly.meetings[1]!.id}: participants[0]: unknown actor "ghost" (not in actors.json)`,
    );
    expect(alert).toHaveTextContent(
      `meetings.json: ${ghostly.meetings[2]!.id}: end: 1999-01-01 is before the start`,
    );
    expect(screen.queryByText('rendered')).not.toBeInTheDocument();

    // Reload fetches the inconsistent file and the files it was checked against.
    const fixed = serveDataset(data);
    await userEvent.click(screen.getByRole('button', { name: 'Reload' }));
    expect(await screen.findByText('rendered')).toBeInTheDocument();
    expect(requested(fetchMock)).toEqual([
      'actors.json',
      'meetings.json',
      'meta.json',
      'places.json',
    ]);
    expect(requested(fixed)).toEqual(['actors.json', 'meetings.json', 'meta.json', 'places.json']);
  });

  it('renders when only a file it refers to is broken, leaving those references unchecked', async () => {
    const data = fixtureDataset();
    const fetchMock = serveDataset({ ...data, meta: '{"truncated', actors: { actors: 'nope' } });
    const meetingsGate = (
      <DatasetGate files={['meetings']}>
        {(d) => <p>{`${d.meetings.meetings.length} meetings`}</p>}
      </DatasetGate>
    );
    const { rerender } = renderWithQueries(meetingsGate);
    expect(
      await screen.findByText(`${data.meetings.meetings.length} meetings`),
    ).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    // A panel that mounts later, after meta.json has failed, renders too.
    rerender(
      <>
        {meetingsGate}
        <DatasetGate files={['events']}>
          {(d) => <p>{`${d.events.events.length} events`}</p>}
        </DatasetGate>
      </>,
    );
    expect(await screen.findByText(`${data.events.events.length} events`)).toBeInTheDocument();
    // A failed file is not fetched again by the next component that needs it, only by Reload.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(requested(fetchMock).filter((name) => name === 'meta.json')).toEqual(['meta.json']);
  });
});
