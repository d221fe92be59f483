import { create } from 'zustand';
import type { OwnLayer } from '@/data/own-events';

interface OwnEventsState {
  /** The analyst's loaded file, or null. */
  layer: OwnLayer | null;
  /** Whether the panels draw it (hidden, it stays loaded). */
  visible: boolean;
  setLayer: (layer: OwnLayer) => void;
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
  setVisible: (visible) => set({ visible }),
  dropOutside: () =>
    set(({ layer }) => {
      if (!layer || layer.report.outsideSyria === 0 || !layer.report.outsideKept) return {};
      const events = layer.events.filter((e) => !e.outsideSyria);
      return {
        layer: {
          ...layer,
          events,
          report: {
            ...layer.report,
            imported: events.length,
            skipped: layer.report.skipped + layer.report.outsideSyria,
            outsideKept: false,
          },
        },
      };
    }),
  remove: () => set({ layer: null }),
}));

/** The layer the panels draw: the loaded one unless hidden. */
export function useShownOwnLayer(): OwnLayer | null {
  return useOwnEventsStore((s) => (s.visible ? s.layer : null));
}
