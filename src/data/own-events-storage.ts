import { createStore, del, delMany, getMany, set, setMany, type UseStore } from 'idb-keyval';
import type { OwnEventTable } from './own-event-table';
import type { OwnEventTexts } from './own-event-text';
import type { OwnLayer } from './own-events';

// The analyst's loaded file, kept in the browser's IndexedDB so that a reload finds it again
// (idb-keyval: a few hundred bytes over IndexedDB). Written and read by the import worker, so
// that storing a large file never holds up the page; the page only forgets it or updates its
// description.

/** What is kept of a layer beside its events. */
export type KeptMeta = Omit<OwnLayer, 'table' | 'text' | 'keptError' | 'summary'>;

/** A kept layer. */
export interface KeptLayer {
  meta: KeptMeta;
  table: OwnEventTable;
  texts: OwnEventTexts;
}

let store: UseStore | null = null;
function layerStore(): UseStore {
  store ??= createStore('syria-dashboard-own-events', 'layer');
  return store;
}

/** Keeps a layer; rejects when the browser refuses (private windows, storage full). */
export async function keepLayer(
  meta: KeptMeta,
  table: OwnEventTable,
  texts: OwnEventTexts,
): Promise<void> {
  await setMany(
    [
      ['meta', meta],
      ['table', table],
      ['texts', texts],
    ],
    layerStore(),
  );
  // A list of events kept by an earlier version of the dashboard is replaced.
  await del('events', layerStore());
}

/**
 * The kept layer, if any. A layer kept by earlier versions as a list of events (before the
 * table) is not read: it is imported again from its file.
 */
export async function keptLayer(): Promise<KeptLayer | undefined> {
  const [meta, table, texts] = (await getMany(['meta', 'table', 'texts'], layerStore())) as [
    KeptMeta | undefined,
    OwnEventTable | undefined,
    OwnEventTexts | undefined,
  ];
  return meta && table && texts ? { meta, table, texts } : undefined;
}

/** Updates the kept description (e.g. after the events outside Syria were dropped). */
export function keepMeta(meta: KeptMeta): Promise<void> {
  return set('meta', meta, layerStore());
}

/**
 * Forgets the kept layer, in one transaction: four in turn, the large table's first, left the
 * layer whole in the browser for as long as that took, and a page reloaded at once after
 * "Remove" brought it back (seen in CI).
 */
export async function forgetLayer(): Promise<void> {
  await delMany(['meta', 'table', 'texts', 'events'], layerStore());
}
