import { useDeferredValue } from 'react';
import { create } from 'zustand';
import { rowsInsideSyria, selectRows } from '@/data/own-event-table';
import type { OwnLayer } from '@/data/own-events';
import { forgetLayer, keepMeta } from '@/data/own-events-storage';
import { OWN_FILE_SHA_DIGITS, type OwnFileRef } from './view-state';

interface OwnEventsState {
  /** The analyst's loaded file, or null. */
  layer: OwnLayer | null;
  /** Whether the panels draw it (hidden, it stays loaded). */
  visible: boolean;
  /** Whether the layer kept from an earlier visit has been looked for (found or not). */
  settled: boolean;
  /** The file a link was made with that is not loaded here (shown as a notice), or null. */
  missingFile: OwnFileRef | null;
  settle: () => void;
  setMissingFile: (file: OwnFileRef | null) => void;
  setLayer: (layer: OwnLayer) => void;
  /** Puts back the layer kept from an earlier visit, unless one was loaded meanwhile. */
  restore: (layer: OwnLayer) => void;
  setVisible: (visible: boolean) => void;
  /** Drops the layer's events outside Syria (the analyst's choice after an import). */
  dropOutside: () => void;
  remove: () => void;
}

/** The analyst's own events: one layer beside the curated data, never mixed into it. */
export const useOwnEventsStore = create<OwnEventsState>()((set, get) => ({
  layer: null,
  visible: true,
  settled: false,
  missingFile: null,
  settle: () => set({ settled: true }),
  setMissingFile: (missingFile) => set({ missingFile }),
  // A file loaded settles the question of the kept layer too: it wins over it (see restore), and
  // its import stops a look for the kept layer still under way, whose answer then never comes.
  setLayer: (layer) => set({ layer, visible: true, missingFile: null, settled: true }),
  restore: (layer) =>
    set((s) => {
      // A file loaded meanwhile wins; the kept layer's text worker goes.
      if (!s.layer) return { layer, settled: true };
      layer.text.close();
      return { settled: true };
    }),
  setVisible: (visible) => set({ visible }),
  dropOutside: () =>
    set(({ layer }) => {
      if (!layer || layer.report.outsideSyria === 0 || !layer.report.outsideKept) return {};
      const rows = rowsInsideSyria(layer.table);
      const table = selectRows(layer.table, rows);
      layer.text.select(rows);
      const next = {
        ...layer,
        table,
        // Built again for the events left, when the panels ask.
        summary: undefined,
        report: {
          ...layer.report,
          imported: table.length,
          skipped: layer.report.skipped + layer.report.outsideSyria,
          outsideKept: false,
        },
      };
      // The kept copy keeps every event; its description says to leave those outside out.
      if (!layer.keptError) {
        keepMeta({
          fileName: next.fileName,
          fileSize: next.fileSize,
          format: next.format,
          citation: next.citation,
          importedAt: next.importedAt,
          types: next.types,
          report: next.report,
          sha256: next.sha256,
        }).catch(() => undefined);
      }
      return { layer: next };
    }),
  remove: () => {
    // Gone from the screen once it is forgotten in the browser too (a few ms): removed from the
    // screen first, a page reloaded at once could end before the deletion and bring the layer
    // back (seen in CI). A layer loaded meanwhile stays.
    const removed = get().layer;
    void forgetLayer()
      .catch(() => undefined)
      .then(() => {
        if (get().layer === removed) set({ layer: null });
      });
  },
}));

// A layer replaced or removed takes its text worker with it (not when only its events outside
// Syria were dropped: the same worker serves the layer that follows).
useOwnEventsStore.subscribe((state, previous) => {
  const gone = previous.layer?.text;
  if (gone && state.layer?.text !== gone) gone.close();
});

/**
 * The layer the panels draw: the loaded one unless hidden. Deferred: a store update renders
 * synchronously, and a panel's work on a large layer (its clusters, counts, rows) would hold the
 * page for the whole of it; deferred, it is rendered after, in slices the browser can interrupt.
 */
export function useShownOwnLayer(): OwnLayer | null {
  return useDeferredValue(useOwnEventsStore((s) => (s.visible ? s.layer : null)));
}

/** How a link names a layer's file. */
export function fileRefOf(layer: OwnLayer): OwnFileRef {
  return { name: layer.fileName, sha: layer.sha256?.slice(0, OWN_FILE_SHA_DIGITS) ?? null };
}

/** Whether a layer is the file a link names (by name, and by fingerprint when both have one). */
export function isFileOf(layer: OwnLayer | null, file: OwnFileRef): boolean {
  if (!layer || layer.fileName !== file.name) return false;
  return file.sha === null || layer.sha256 === null || layer.sha256.startsWith(file.sha);
}
