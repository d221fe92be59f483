import { create } from 'zustand';
import type * as Exporter from '@/lib/export/image';

/** A file of an export, ready for a ZIP. */
export interface ExportFile {
  name: string;
  /** What the file shows (the chart's title). */
  title: string;
  data: Uint8Array;
}

/** How a drawing made apart from the screen is wanted. */
export interface DrawingOptions {
  /** For the printed brief, which prints long keys and lists as text beside the image. */
  forBrief: boolean;
}

/** A composed, self-describing SVG image of a chart, and the note its frame prints. */
export interface ComposedImage {
  svg: string;
  width: number;
  height: number;
  note?: string;
}

/** What one export menu on the page can produce, for "Download all". */
export interface RegisteredExport {
  /** The menu's element: the files are ordered as the page shows the menus. */
  element: () => HTMLElement | null;
  /** The menu's PNG, SVG and CSV files, as its own buttons would download them. */
  files: (exporter: typeof Exporter) => Promise<ExportFile[]>;
  /** The menu's image as its SVG button gives it; null for a menu without an image. */
  image: (exporter: typeof Exporter, options?: DrawingOptions) => Promise<ComposedImage | null>;
  /** The title the menu's files carry. */
  title: string;
  sourceIds: () => readonly string[];
}

interface ExportRegistry {
  exports: ReadonlyMap<string, RegisteredExport>;
  register: (id: string, entry: RegisteredExport) => () => void;
}

/** The export menus on the page now (a chart without figures in the range has none). */
export const useExportRegistry = create<ExportRegistry>()((set) => ({
  exports: new Map(),
  register: (id, entry) => {
    set((s) => ({ exports: new Map(s.exports).set(id, entry) }));
    return () =>
      set((s) => {
        const exports = new Map(s.exports);
        exports.delete(id);
        return { exports };
      });
  },
}));

/** The registered exports in the order the page shows them. */
export function exportsInPageOrder(exports: ReadonlyMap<string, RegisteredExport>) {
  return [...exports.values()]
    .map((entry) => ({ entry, element: entry.element() }))
    .filter((e): e is { entry: RegisteredExport; element: HTMLElement } => e.element !== null)
    .sort((a, b) =>
      a.element.compareDocumentPosition(b.element) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
    )
    .map((e) => e.entry);
}
