import { composeExportSvg } from './compose';
import { renderPng } from './rasterise';
import type { ExportInfo } from './types';

/** Saves a blob under a file name, through a temporary link. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Downloads the chart as a self-describing SVG file. */
export async function downloadSvg(
  chart: SVGSVGElement,
  info: ExportInfo,
  fileStem: string,
): Promise<void> {
  const { svg } = await composeExportSvg(chart, info);
  downloadBlob(new Blob([svg], { type: 'image/svg+xml' }), `${fileStem}.svg`);
}

/** Downloads the chart as a PNG (2× density, less for very large images: see `pngDensity`). */
export async function downloadPng(
  chart: SVGSVGElement,
  info: ExportInfo,
  fileStem: string,
): Promise<void> {
  downloadBlob(await renderPng(chart, info), `${fileStem}.png`);
}

/** Downloads CSV text. A byte-order mark makes spreadsheet software read it as UTF-8 (Arabic names). */
export function downloadCsv(csv: string, fileStem: string): void {
  downloadBlob(
    new Blob([csvFileBytes(csv)], { type: 'text/csv;charset=utf-8' }),
    `${fileStem}.csv`,
  );
}

/** A CSV file's bytes: UTF-8 with a byte-order mark (the same in a download and in a ZIP). */
export function csvFileBytes(csv: string): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(`\ufeff${csv}`);
}
