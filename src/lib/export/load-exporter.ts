import type * as ExporterModule from './image';

let exporter: Promise<typeof ExporterModule> | undefined;

/**
 * The export code (a chunk of its own), loaded once, with the fonts it embeds in SVGs. The app
 * asks for it when idle after the first paint, so that exporting works even when the network
 * has gone since the page loaded; an export asks again and gets the same promise.
 */
export function loadExporter(): Promise<typeof ExporterModule> {
  exporter ??= import('./image')
    .then(async (module) => {
      await module.prepareExport();
      return module;
    })
    .catch((error: unknown) => {
      exporter = undefined;
      throw error;
    });
  return exporter;
}
