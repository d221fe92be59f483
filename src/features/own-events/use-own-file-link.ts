import { useEffect, useRef } from 'react';
import { useFiltersStore } from '@/stores/filters';
import { fileRefOf, isFileOf, useOwnEventsStore } from '@/stores/own-events';
import { sameValue } from '@/stores/url-state';

/**
 * Keeps the link saying which of the analyst's files the view shows (`file`, `filesha`), and
 * says so when a link names a file that is not loaded here: on opening it, on Back or Forward,
 * or on opening a saved view. Waits until the kept layer has been looked for.
 */
export function useOwnFileLink(): void {
  const settled = useOwnEventsStore((s) => s.settled);
  const layer = useOwnEventsStore((s) => s.layer);
  const visible = useOwnEventsStore((s) => s.visible);
  const linked = useFiltersStore((s) => s.ownFile);
  const shown = layer && visible ? fileRefOf(layer) : null;
  // The layer the link was last brought in step with: a change of it is the analyst's doing
  // (loaded, hidden, removed); a change of the link alone came from outside.
  const lastShown = useRef<typeof shown | undefined>(undefined);
  useEffect(() => {
    if (!settled) return;
    const layerChanged = lastShown.current !== undefined && !sameValue(lastShown.current, shown);
    lastShown.current = shown;
    if (sameValue(linked, shown)) return;
    if (!layerChanged && linked) {
      // A view made with the file that is loaded but hidden shows it again.
      if (isFileOf(layer, linked)) {
        useOwnEventsStore.getState().setVisible(true);
        return;
      }
      useOwnEventsStore.getState().setMissingFile(linked);
    }
    useFiltersStore.getState().setView({ ownFile: shown });
  }, [settled, layer, linked, shown]);
}
