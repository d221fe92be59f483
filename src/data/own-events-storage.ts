import { createStore, del, getMany, set, setMany, type UseStore } from 'idb-keyval';
import type { OwnEvent, OwnLayer } from './own-events';

// The analyst's loaded file, kept in the browser's IndexedDB so that a reload finds it again
// (idb-keyval: a few hundred bytes over IndexedDB). Written and read by the import worker, so
// that storing a large file never holds up the page; the page only forgets it or updates its
// description.

/** What is kept of a layer beside its events. */
export type KeptMeta = Omit<OwnLayer, 'events' | 'keptError'>;

let store: UseStore | null = null;
function layerStore(): UseStore {
  store ??= createStore('syria-dashboard-own-events', 'layer');
  return store;
}

/** Keeps a layer; rejects when the browser refuses (private windows, storage full). */
export function keepLayer(meta: KeptMeta, events: readonly OwnEvent[]): Promise<void> {
  return setMany(
    [
      ['meta', meta],
      ['events', events],
    ],
    layerStore(),
  );
}

/** The kept layer, if any. */
export async function keptLayer(): Promise<{ meta: KeptMeta; events: OwnEvent[] } | undefined> {
  const [meta, events] = (await getMany(['meta', 'events'], layerStore())) as [
    KeptMeta | undefined,
    OwnEvent[] | undefined,
  ];
  return meta && events ? { meta, events } : undefined;
}

/** Updates the kept description (e.g. after the events outside Syria were dropped). */
export function keepMeta(meta: KeptMeta): Promise<void> {
  return set('meta', meta, layerStore());
}

/** Forgets the kept layer. */
export async function forgetLayer(): Promise<void> {
  await del('events', layerStore());
  await del('meta', layerStore());
}
