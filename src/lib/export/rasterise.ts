import { t } from '@/i18n/t';
import { composeExportSvg } from './compose';
import { encodePng } from './png-encoder';
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
  await embeddedFontsLoaded(svg);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error(t('export.error.noCanvas'));
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    return await encodePng(canvas);
  } finally {
    URL.revokeObjectURL(url);
  }
}

const FONT_WAIT_MS = 3000;

/**
 * Waits until the fonts an SVG embeds draw in an image. An SVG drawn as an image loads its
 * `data:` fonts after `decode()` resolves, and its text stays invisible until they have: the
 * Arabic font (166 kB) drew no text at all in the PNG of an Arabic export. A small probe of
 * the same @font-face rules, one glyph in each family, is drawn until every glyph shows; the
 * fonts are then in the browser's cache, and the export drawn after it has its text. Gives up
 * after three seconds (the PNG is drawn as it can be).
 */
async function embeddedFontsLoaded(svg: string): Promise<void> {
  const style = /<style>[\s\S]*?<\/style>/.exec(svg)?.[0];
  if (!style) return;
  const families = [...style.matchAll(/font-family:'([^']+)'/g)].map((m) => m[1]!);
  if (families.length === 0) return;
  const cell = 40;
  const probe = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${cell * families.length}" height="${cell}">`,
    style,
    ...families.map(
      (family, i) =>
        `<text x="${i * cell + 8}" y="30" font-size="28" font-family="'${family}'">${/arabic/i.test(family) ? 'ب' : 'H'}</text>`,
    ),
    '</svg>',
  ].join('');
  const started = performance.now();
  while (performance.now() - started < FONT_WAIT_MS) {
    if (await everyCellInked(probe, families.length, cell)) return;
    await new Promise((resolve) => setTimeout(resolve, 30));
  }
}

/** Whether each `cell`-wide square of an SVG drawn as an image has some ink. */
async function everyCellInked(svg: string, cells: number, cell: number): Promise<boolean> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = cells * cell;
    canvas.height = cell;
    const context = canvas.getContext('2d', { willReadFrequently: true });
    if (!context) return true;
    context.drawImage(image, 0, 0);
    const alpha = context.getImageData(0, 0, canvas.width, cell).data;
    const inked = new Array<boolean>(cells).fill(false);
    for (let i = 3; i < alpha.length; i += 4) {
      if (alpha[i]! > 0) inked[Math.floor((((i - 3) / 4) % canvas.width) / cell)] = true;
    }
    return inked.every(Boolean);
  } finally {
    URL.revokeObjectURL(url);
  }
}
