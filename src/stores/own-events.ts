import { create } from 'zustand';
import type { OwnLayer } from '@/data/own-events';
import { forgetLayer, keepMeta } from '@/data/own-events-storage';

interface OwnEventsState {
  /** The analyst's loaded file, or null. */
  layer: OwnLayer | null;
  /** Whether the panels draw it (hidden, it stays loaded). */
  visible: boolean;
  setLayer: (layer: OwnLayer) => void;
  /** Puts back the layer kept from an earlier visit, unless one was loaded meanwhile. */
  restore: (layer: OwnLayer) => void;
  setVisible: (visible: boolean) => void;
  /** Drops the layer's events outside Syria (the analyst's choice after an import). */
  dropOutside: () => void;
  remove: () => void;
}

/** The analyst's own events: one layer beside the curated data, never mixed into it. */
export const useOwnEventsStore = create<OwnEventsState>()((set) => ({
  layer: null,
  visible: true,
  setLayer: (layer) => set({ layer, visible: true }),
  restore: (layer) => set((s) => (s.layer ? {} : { layer })),
  setVisible: (visible) => set({ visible }),
  dropOutside: () =>
    set(({ layer }) => {
      if (!layer || layer.report.outsideSyria === 0 || !layer.report.outsideKept) return {};
      const events = layer.events.filter((e) => !e.outsideSyria);
      const next = {
        ...layer,
        events,
        report: {
          ...layer.report,
          imported: events.length,
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
    set({ layer: null });
    forgetLayer().catch(() => undefined);
  },
}));

/** The layer the panels draw: the loaded one unless hidden. */
export function useShownOwnLayer(): OwnLayer | null {
  return useOwnEventsStore((s) => (s.visible ? s.layer : null));
}
