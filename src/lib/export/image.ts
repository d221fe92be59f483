import interLatinUrl from '@fontsource-variable/inter/files/inter-latin-wght-normal.woff2?url';
import { wrapText } from './text-layout';

/** What an exported image says about itself, around the chart. */
export interface ExportInfo {
  title: string;
  /** The date range in words, plus any active selection. */
  subtitle: string;
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

/** How a legend item's symbol is drawn: as the chart or map draws the thing it names. */
export type LegendSymbol = 'line' | 'circle' | 'ring' | 'diamond' | 'square' | 'triangle' | 'area';

export interface LegendItem {
  label: string;
  color: string;
  dashed?: boolean;
  /** A line unless said otherwise (the series of a time chart). */
  symbol?: LegendSymbol;
}

/** The SVG shape of a legend symbol, drawn in a box from x to x + 24 around the line y. */
function legendSymbol(
  item: LegendItem,
  x: number,
  y: number,
): [string, Record<string, string | number>] {
  const dash: Record<string, string> = item.dashed ? { 'stroke-dasharray': '5 3' } : {};
  const cx = x + 12;
  switch (item.symbol ?? 'line') {
    case 'circle':
      return ['circle', { cx, cy: y, r: 5, fill: item.color }];
    case 'ring':
      return [
        'circle',
        { cx, cy: y, r: 4, fill: '#ffffff', stroke: item.color, 'stroke-width': 2 },
      ];
    case 'diamond':
      return ['path', { d: `M${cx},${y - 6}l6,6l-6,6l-6,-6z`, fill: item.color }];
    case 'square':
      return ['rect', { x: cx - 5, y: y - 5, width: 10, height: 10, fill: item.color }];
    case 'triangle':
      return ['path', { d: `M${cx},${y - 6}l6,11h-12z`, fill: item.color }];
    case 'area':
      return [
        'rect',
        {
          x: x + 2,
          y: y - 6,
          width: 20,
          height: 12,
          fill: item.color,
          'fill-opacity': 0.15,
          stroke: item.color,
          'stroke-width': 2,
          ...dash,
        },
      ];
    case 'line':
      return [
        'line',
        { x1: x, x2: x + 24, y1: y, y2: y, stroke: item.color, 'stroke-width': 3, ...dash },
      ];
  }
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const MARGIN = 24;
const TITLE_SIZE = 20;
const SUBTITLE_SIZE = 14;
const FOOTER_SIZE = 11;
const LINE_GAP = 1.35;
const TEXT = '#17202a';
const MUTED = '#4f5b69';

/** Presentation properties copied from the live chart, so the export looks the same anywhere. */
const INLINED_STYLES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'paint-order',
  'visibility',
] as const;

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
  const background = el('rect', { x: 0, y: 0, width, height: 0, fill: '#ffffff' });
  root.appendChild(background);
  addLines(info.title, TITLE_SIZE, TEXT, 700);
  y += 2;
  addLines(info.subtitle, SUBTITLE_SIZE, MUTED);
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
      const [shape, attrs] = legendSymbol(item, x, y - 4);
      root.appendChild(el(shape, attrs));
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
      stroke: '#d9dde3',
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
    live.forEach((node, i) => {
      const target = copied[i];
      if (!target) return;
      const computed = getComputedStyle(node);
      for (const property of INLINED_STYLES) {
        const value = computed.getPropertyValue(property);
        if (value && value !== 'normal' && value !== 'auto') target.setAttribute(property, value);
      }
      target.removeAttribute('class');
      target.removeAttribute('style');
      target.removeAttribute('tabindex');
    });
    // Interactive-only parts (focus rings, brush handles) are marked to be left out.
    copy.querySelectorAll('[data-export="skip"]').forEach((node) => node.remove());
    return copy;
  } finally {
    if (theme === null) root.removeAttribute('data-theme');
    else root.setAttribute('data-theme', theme);
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

/** Renders the composed SVG to a PNG at `scale`× density (2 by default, for print and retina). */
export async function renderPng(chart: SVGSVGElement, info: ExportInfo, scale = 2): Promise<Blob> {
  const { svg, width, height } = await composeExportSvg(chart, info);
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

/** Downloads the chart as a PNG at 2× density. */
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
