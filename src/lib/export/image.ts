// The exporter: a chunk of its own (see load-exporter.ts), loaded when the app is idle. It
// composes the image (compose.tsx: the frame from ExportFrame, the chart's styles inlined by
// inline-styles.ts, the font from font.ts), rasterises it (rasterise.ts, the PNG encoded by
// png-encoder.ts) and downloads it (download.ts); a view's files go in one ZIP (zip.ts) with a
// README (readme.ts).
import { prepareFonts } from './font';
import { startPngEncoder } from './png-encoder';

export { composeExportSvg } from './compose';
export { csvFileBytes, downloadBlob, downloadCsv, downloadPng, downloadSvg } from './download';
export { viewReadme } from './readme';
export { zipStore } from './zip';
export { MAX_PNG_PIXELS, pngDensity, renderPng, svgToPng } from './rasterise';
export type { ExportInfo, LegendItem } from './types';

/**
 * Readies what an export needs besides this code, ahead of the first export: the fonts it
 * embeds and the worker that encodes PNGs.
 */
export function prepareExport(): Promise<unknown> {
  startPngEncoder();
  return prepareFonts();
}
