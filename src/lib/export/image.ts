// The exporter: a chunk of its own (see load-exporter.ts), loaded when the app is idle. It
// composes the image (compose.tsx: the frame from ExportFrame, the chart's styles inlined by
// inline-styles.ts, the font from font.ts), rasterises it (rasterise.ts) and downloads it
// (download.ts); a view's files go in one ZIP (zip.ts) with a README (readme.ts).
export { composeExportSvg } from './compose';
export { csvFileBytes, downloadBlob, downloadCsv, downloadPng, downloadSvg } from './download';
export { viewReadme } from './readme';
export { zipStore } from './zip';
export { prepareExport } from './font';
export { MAX_PNG_PIXELS, pngDensity, renderPng, svgToPng } from './rasterise';
export type { ExportInfo, LegendItem } from './types';
