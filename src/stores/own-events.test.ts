import { afterEach, describe, expect, it, vi } from 'vitest';
import type { OwnLayer } from '@/data/own-events';

// The kept copy's deletion, held until the test lets it finish.
const forgetting: (() => void)[] = [];
vi.mock('@/data/own-events-storage', () => ({
  forgetLayer: () => new Promise<void>((done) => forgetting.push(done)),
  keepMeta: () => Promise.resolve(),
}));

const { useOwnEventsStore } = await import('./own-events');

/** A layer as the store sees it: only its text worker is used here. */
function layer(fileName: string): OwnLayer {
  return { fileName, text: { close: vi.fn() } } as unknown as OwnLayer;
}

const settle = () => new Promise((done) => setTimeout(done, 0));

afterEach(() => {
  forgetting.length = 0;
  useOwnEventsStore.setState({ layer: null });
});

describe('removing your events', () => {
  it('takes the layer off the screen only once the browser has forgotten it', async () => {
    const removed = layer('kept.csv');
    useOwnEventsStore.getState().setLayer(removed);
    useOwnEventsStore.getState().remove();
    await settle();
    // A page reloaded now would find the kept copy: the layer is still shown.
    expect(useOwnEventsStore.getState().layer).toBe(removed);
    expect(forgetting).toHaveLength(1);
    forgetting[0]!();
    await settle();
    expect(useOwnEventsStore.getState().layer).toBeNull();
    expect(removed.text.close).toHaveBeenCalled();
  });

  it('keeps a file loaded while the removed one was being forgotten', async () => {
    useOwnEventsStore.getState().setLayer(layer('old.csv'));
    useOwnEventsStore.getState().remove();
    const next = layer('new.csv');
    useOwnEventsStore.getState().setLayer(next);
    forgetting[0]!();
    await settle();
    expect(useOwnEventsStore.getState().layer).toBe(next);
  });
});

describe('the layer kept from an earlier visit', () => {
  it('is settled by a file loaded before the look for it answered, which then cannot undo it', () => {
    useOwnEventsStore.setState({ layer: null, settled: false });
    // The import stops the look for the kept layer (one worker at a time): its answer never
    // comes, and the link must still learn which file the view shows.
    const loaded = layer('loaded.csv');
    useOwnEventsStore.getState().setLayer(loaded);
    expect(useOwnEventsStore.getState().settled).toBe(true);
    // Had the answer come after all, the file loaded wins.
    const kept = layer('kept.csv');
    useOwnEventsStore.getState().restore(kept);
    expect(useOwnEventsStore.getState().layer).toBe(loaded);
    expect(kept.text.close).toHaveBeenCalled();
  });
});
