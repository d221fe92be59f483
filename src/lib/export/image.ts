import interLatinUrl from '@fontsource-variable/inter/files/inter-latin-wght-normal.woff2?url';
import { legendSymbolShapes, type LegendSymbol } from '@/lib/legend-symbol';
import { light } from '@/styles/colours';
import { wrapText } from './text-layout';

/** What an exported image says about itself, around the chart. */
export interface ExportInfo {
  title: string;
  /** The date range in words, plus any active selection. */
  subtitle: string;
  /** A line under the subtitle naming what else the view has open, e.g. "Open round: …". */
  details?: string;
  /** "Sources: …" */
  sourceLine: string;
  /** Dataset version, as-of date and licence. */
  datasetLine: string;
  /** The URL of the view the image was made from. */
  permalink: string;
  note?: string;
  /** Drawn as SVG under the chart, since a chart library's legend is usually HTML. */
  legend?: readonly LegendItem[];
}

export interface LegendItem {
  label: string;
  color: string;
  dashed?: boolean;
  /** How the chart draws the item (a line unless said otherwise). */
  symbol?: LegendSymbol;
  /** The outline of a `swatch`. */
  outline?: string;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const MARGIN = 24;
const TITLE_SIZE = 20;
const SUBTITLE_SIZE = 14;
const FOOTER_SIZE = 11;
const LINE_GAP = 1.35;
const TEXT = light('color-text');
const MUTED = light('color-text-muted');

/**
 * Presentation properties copied from the live chart, so the export looks the same anywhere.
 * An inherited property is written only where it differs from the parent's (the copy inherits
 * the rest, as the page did); one that is not inherited only where it differs from its initial
 * value; `dominant-baseline`, inherited in CSS but not in SVG 1.1, only where it differs from
 * both. Writing all of them on every element made the timeline's SVG 2.4 times larger, and
 * slower to compose, parse and draw.
 */
const INLINED_STYLES: readonly { property: string; inherited: boolean; initial?: string }[] = [
  { property: 'fill', inherited: true },
  { property: 'fill-opacity', inherited: true },
  { property: 'stroke', inherited: true },
  { property: 'stroke-width', inherited: true },
  { property: 'stroke-dasharray', inherited: true },
  { property: 'stroke-opacity', inherited: true },
  { property: 'opacity', inherited: false, initial: '1' },
  { property: 'font-family', inherited: true },
  { property: 'font-size', inherited: true },
  { property: 'font-weight', inherited: true },
  { property: 'text-anchor', inherited: true },
  { property: 'dominant-baseline', inherited: true, initial: 'auto' },
  { property: 'paint-order', inherited: true },
  { property: 'visibility', inherited: true },
];

/** Whether the copy shows `value` without the attribute: inherited from `parent`, or initial. */
function implied(
  style: (typeof INLINED_STYLES)[number],
  value: string,
  parent: string | undefined,
): boolean {
  const asInitial = style.initial === undefined || value === style.initial;
  return style.inherited ? value === parent && asInitial : asInitial;
}

/**
 * Builds a self-describing, self-contained SVG document from a chart on the page: title and
 * subtitle above, the chart (its styles inlined, computed in the light theme), sources, dataset
 * version, licence and permalink below, with the chart's font embedded. True vector: only
 * <text>, shapes and paths, no <foreignObject>.
 */
export async function composeExportSvg(
  chart: SVGSVGElement,
  info: ExportInfo,
): Promise<{ svg: string; width: number; height: number }> {
  const box = chart.viewBox.baseVal;
  const rect = chart.getBoundingClientRect();
  const chartWidth = Math.round(rect.width || box?.width || 800);
  const chartHeight = Math.round(rect.height || box?.height || 400);
  const width = chartWidth + 2 * MARGIN;
  const textWidth = width - 2 * MARGIN;

  const doc = document.implementation.createDocument(SVG_NS, 'svg', null);
  const root = doc.documentElement as unknown as SVGSVGElement;
  const el = (name: string, attrs: Record<string, string | number>, text?: string) => {
    const node = doc.createElementNS(SVG_NS, name);
    for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, String(value));
    if (text !== undefined) node.textContent = text;
    return node;
  };

  const font = await embeddedFontCss();

  let y = MARGIN;
  const addLines = (text: string, size: number, fill: string, weight = 400) => {
    for (const line of wrapText(text, textWidth, size)) {
      y += size;
      root.appendChild(
        el(
          'text',
          {
            x: MARGIN,
            y,
            'font-size': size,
            'font-weight': weight,
            fill,
            'font-family': FONT_STACK,
          },
          line,
        ),
      );
      y += size * (LINE_GAP - 1);
    }
  };
  const background = el('rect', { x: 0, y: 0, width, height: 0, fill: light('color-surface') });
  root.appendChild(background);
  addLines(info.title, TITLE_SIZE, TEXT, 700);
  y += 2;
  addLines(info.subtitle, SUBTITLE_SIZE, MUTED);
  if (info.details) addLines(info.details, SUBTITLE_SIZE, TEXT, 600);
  y += 12;

  const chartCopy = inlineChart(chart);
  chartCopy.setAttribute('x', String(MARGIN));
  chartCopy.setAttribute('y', String(y));
  chartCopy.setAttribute('width', String(chartWidth));
  chartCopy.setAttribute('height', String(chartHeight));
  root.appendChild(doc.importNode(chartCopy, true));
  y += chartHeight + 14;

  if (info.legend && info.legend.length > 0) {
    // Flow the legend items left to right, wrapping to a new row when the width runs out.
    const size = 12;
    let x = MARGIN;
    y += size;
    for (const item of info.legend) {
      const itemWidth = 30 + item.label.length * size * 0.56 + 18;
      if (x > MARGIN && x + itemWidth > width - MARGIN) {
        x = MARGIN;
        y += size * 1.7;
      }
      const symbol = legendSymbolShapes(item.symbol ?? 'line', item.color, {
        x,
        y: y - 9,
        strokeWidth: 3,
        dash: item.dashed ? '5 3' : undefined,
        outline: item.outline,
      });
      const group = el('g', { 'data-legend-symbol': item.symbol ?? 'line' });
      for (const { tag, attrs } of symbol) group.appendChild(el(tag, attrs));
      root.appendChild(group);
      root.appendChild(
        el(
          'text',
          { x: x + 30, y, 'font-size': size, fill: TEXT, 'font-family': FONT_STACK },
          item.label,
        ),
      );
      x += itemWidth;
    }
    y += 14;
  }

  root.appendChild(
    el('line', {
      x1: MARGIN,
      x2: width - MARGIN,
      y1: y,
      y2: y,
      stroke: light('color-border'),
      'stroke-width': 1,
    }),
  );
  y += 6;
  for (const text of [info.note, info.sourceLine, info.datasetLine, info.permalink]) {
    if (text) addLines(text, FOOTER_SIZE, MUTED);
  }
  const height = Math.ceil(y + MARGIN / 2);

  background.setAttribute('height', String(height));
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  root.setAttribute('font-family', FONT_STACK);
  const title = el('title', {}, info.title);
  root.insertBefore(title, root.firstChild);
  // The font rule is spliced into the text, not added as a <style> node: a <style> element
  // created in the page would count as an inline style under the page's CSP.
  const markup = new XMLSerializer().serializeToString(doc);
  const svg = font ? markup.replace(/(<svg[^>]*>)/, `$1<style>${font}</style>`) : markup;
  return { svg, width, height };
}

const FONT_STACK = "'Inter Variable', Inter, 'Helvetica Neue', Arial, sans-serif";

/**
 * A copy of the chart with the presentation styles of every element written as attributes,
 * computed with the light theme so that an export made in dark mode still suits a printed page.
 */
function inlineChart(chart: SVGSVGElement): SVGSVGElement {
  const root = document.documentElement;
  const theme = root.getAttribute('data-theme');
  root.setAttribute('data-theme', 'light');
  try {
    const copy = chart.cloneNode(true) as SVGSVGElement;
    const live = [chart, ...chart.querySelectorAll('*')];
    const copied = [copy, ...copy.querySelectorAll('*')];
    // Each element's computed values, to compare its children's with.
    const values = new Map<Element, string[]>();
    live.forEach((node, i) => {
      const target = copied[i];
      if (!target) return;
      const computed = getComputedStyle(node);
      const own = INLINED_STYLES.map(({ property }) => computed.getPropertyValue(property));
      values.set(node, own);
      const parent = node === chart ? undefined : values.get(node.parentElement as Element);
      INLINED_STYLES.forEach((style, k) => {
        const value = own[k] ?? '';
        // Nothing computed: the drawing is not on the page (the map's export is built off it,
        // with its presentation attributes written out), so what the element says stands.
        if (value === '') return;
        if (implied(style, value, parent?.[k])) target.removeAttribute(style.property);
        else target.setAttribute(style.property, value);
      });
      target.removeAttribute('class');
      target.removeAttribute('style');
      target.removeAttribute('tabindex');
    });
    // Interactive-only parts (focus rings, brush handles) are marked to be left out.
    copy.querySelectorAll('[data-export="skip"]').forEach((node) => node.remove());
    renumberIds(copy);
    return copy;
  } finally {
    if (theme === null) root.removeAttribute('data-theme');
    else root.setAttribute('data-theme', theme);
  }
}

/**
 * Names the copy's ids (clip paths, gradients) by their order in the drawing instead of by the
 * page's React ids, which depend on what else the page has mounted: the same view then
 * exports the same file, from whichever page it is opened in.
 */
function renumberIds(copy: SVGSVGElement): void {
  const names = new Map<string, string>();
  copy.querySelectorAll('[id]').forEach((node, i) => {
    const name = `export-${i + 1}`;
    names.set(node.id, name);
    node.id = name;
  });
  if (names.size === 0) return;
  for (const node of copy.querySelectorAll('*')) {
    for (const attribute of [...node.attributes]) {
      const renamed = attribute.value.replace(/#([^\s)"']+)/g, (ref, id: string) =>
        names.has(id) ? `#${names.get(id)}` : ref,
      );
      if (renamed !== attribute.value) node.setAttribute(attribute.name, renamed);
    }
  }
}

let fontCss: Promise<string | null> | undefined;

/** Fetches what an export needs besides this code (the font it embeds), ahead of the first export. */
export function prepareExport(): Promise<unknown> {
  return embeddedFontCss();
}

/** The app's own Inter font as an @font-face rule with a data: URL (fetched once, same origin). */
function embeddedFontCss(): Promise<string | null> {
  fontCss ??= fetch(interLatinUrl)
    .then((response) =>
      response.ok ? response.arrayBuffer() : Promise.reject(new Error(String(response.status))),
    )
    .then((buffer) => {
      let binary = '';
      const bytes = new Uint8Array(buffer);
      for (let i = 0; i < bytes.length; i += 0x8000) {
        binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      }
      return `@font-face{font-family:'Inter Variable';font-weight:100 900;src:url(data:font/woff2;base64,${btoa(binary)}) format('woff2');}`;
    })
    // Without the font the export still works, in the viewer's sans-serif.
    .catch(() => null);
  return fontCss;
}

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

/** Renders the composed SVG to a PNG at the density `pngDensity` gives for its size. */
export async function renderPng(chart: SVGSVGElement, info: ExportInfo): Promise<Blob> {
  const { svg, width, height } = await composeExportSvg(chart, info);
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
  downloadBlob(new Blob(['\ufeff', csv], { type: 'text/csv;charset=utf-8' }), `${fileStem}.csv`);
}
