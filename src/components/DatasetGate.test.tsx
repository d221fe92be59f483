import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fixtureDataset } from '@/test/fixture-dataset';
import { DatasetGate } from './DatasetGate';

function renderWithQueries(ui: ReactNode) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(<QueryClientProvider client={client}>{ui}</QueryClientProvider>);
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

afterEach(() => vi.unstubAllGlobals());

describe('DatasetGate', () => {
  it('shows a skeleton, then renders with the validated files', async () => {
    const data = fixtureDataset();
    serve({ 'meetings.json': data.meetings, 'places.json': data.places });
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
    const fetchMock = serve({ 'meetings.json': badMeetings, 'places.json': data.places });
    renderWithQueries(
      <DatasetGate files={['meetings', 'places']}>{() => <p>never</p>}</DatasetGate>,
    );

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('meetings.json is not valid');
    expect(alert).toHaveTextContent('meetings.json: cc-1: end: is not a real calendar date');
    expect(screen.queryByText('never')).not.toBeInTheDocument();

    serve({ 'meetings.json': data.meetings, 'places.json': data.places });
    await userEvent.click(screen.getByRole('button', { name: 'Reload' }));
    expect(await screen.findByText('never')).toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledTimes(2);
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
});
