import { composeExportSvg } from './compose';
import type { ExportInfo } from './types';

/** The most pixels a PNG export holds: a whole A4 page printed at 300 dpi (2,480 × 3,508). */
export const MAX_PNG_PIXELS = 2480 * 3508;

/**
 * The density a PNG of a `width` × `height` image is drawn at: 2× (for print and high-density
 * screens) unless that would exceed MAX_PNG_PIXELS, as the tracker's full list of items can; then
 * as dense as fits, never below 1× (the size it has on screen). Larger images take longer to
 * draw and encode, and are heavier to paste into a document, without reading any better.
 */
export function pngDensity(width: number, height: number): number {
  const fitting = Math.sqrt(MAX_PNG_PIXELS / Math.max(1, width * height));
  return Math.max(1, Math.min(2, Math.floor(fitting * 100) / 100));
}

/** Composes the chart's export and renders it to a PNG. */
export async function renderPng(chart: SVGSVGElement, info: ExportInfo): Promise<Blob> {
  return svgToPng(await composeExportSvg(chart, info));
}

/** Renders a composed SVG to a PNG at the density `pngDensity` gives for its size. */
export async function svgToPng({
  svg,
  width,
  height,
}: {
  svg: string;
  width: number;
  height: number;
}): Promise<Blob> {
  const scale = pngDensity(width, height);
  await document.fonts.ready;
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw the image (no 2D canvas).');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) =>
          blob ? resolve(blob) : reject(new Error('The browser could not encode the PNG.')),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
