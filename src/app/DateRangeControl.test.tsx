import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addDays, addYears, todayIso } from '@/lib/dates';
import { useFiltersStore } from '@/stores/filters';
import { fixtureDataset } from '@/test/fixture-dataset';
import { DateRangeControl } from './DateRangeControl';

beforeEach(() => {
  useFiltersStore.setState({ range: { from: '2018-01-01', to: '2019-01-01' }, urlProblems: [] });
  const data = fixtureDataset();
  const files: Record<string, unknown> = {
    'meetings.json': data.meetings,
    'events.json': data.events,
    'statistics.json': data.statistics,
    'meta.json': data.meta,
  };
  vi.stubGlobal(
    'fetch',
    async (url: string) => new Response(JSON.stringify(files[url.split('/').pop()!])),
  );
});
afterEach(() => vi.unstubAllGlobals());

function renderControl() {
  render(
    <QueryClientProvider client={new QueryClient()}>
      <DateRangeControl />
    </QueryClientProvider>,
  );
}

describe('DateRangeControl', () => {
  it('shows the range in labelled From and To inputs', () => {
    renderControl();
    expect(screen.getByLabelText('From')).toHaveValue('2018-01-01');
    expect(screen.getByLabelText('To')).toHaveValue('2019-01-01');
  });

  it('applies a complete date and ignores a half-typed one', () => {
    renderControl();
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2015-09-30' } });
    expect(useFiltersStore.getState().range.from).toBe('2015-09-30');
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '0201-01-01' } });
    expect(useFiltersStore.getState().range.to).toBe('2019-01-01');
    expect(screen.getByLabelText('To')).toHaveAttribute('aria-invalid', 'true');
  });

  it('sets the range from a preset and marks it pressed', async () => {
    renderControl();
    const preset = screen.getByRole('button', { name: 'Since Russian intervention' });
    await userEvent.click(preset);
    expect(useFiltersStore.getState().range).toEqual({ from: '2015-09-30', to: todayIso() });
    expect(preset).toHaveAttribute('aria-pressed', 'true');
  });

  it('offers the last 12 months of data, up to the as-of date, once the data has loaded', async () => {
    renderControl();
    await userEvent.click(await screen.findByRole('button', { name: 'Last 12 months of data' }));
    const asOf = fixtureDataset().meta.asOf;
    expect(useFiltersStore.getState().range).toEqual({
      from: addDays(addYears(asOf, -1), 1),
      to: asOf,
    });
  });

  it('resets to the whole conflict', async () => {
    renderControl();
    await userEvent.click(screen.getByRole('button', { name: 'Reset' }));
    expect(useFiltersStore.getState().range).toEqual({ from: '2011-03-15', to: todayIso() });
  });
});
