import type { ReactElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { ExportFrame } from './ExportFrame';
import { embeddedFontCss } from './font';
import { layoutFrame } from './frame-layout';
import { inlineChart } from './inline-styles';
import type { ExportInfo } from './types';

/**
 * Builds a self-describing, self-contained SVG document from a chart on the page: the frame
 * (title and subtitle above; legend, sources, dataset version, licence and permalink below),
 * rendered from its component, around a copy of the chart with its styles inlined (computed in
 * the light theme), with the chart's font embedded. True vector: only <text>, shapes and
 * paths, no <foreignObject>.
 */
export async function composeExportSvg(
  chart: SVGSVGElement,
  info: ExportInfo,
): Promise<{ svg: string; width: number; height: number }> {
  const box = chart.viewBox.baseVal;
  const rect = chart.getBoundingClientRect();
  const chartWidth = Math.round(rect.width || box?.width || 800);
  const chartHeight = Math.round(rect.height || box?.height || 400);
  const layout = layoutFrame(info, chartWidth, chartHeight);
  const font = await embeddedFontCss();

  const frame = renderSvg(<ExportFrame layout={layout} title={info.title} />);
  const chartCopy = inlineChart(chart);
  chartCopy.setAttribute('x', String(layout.chart.x));
  chartCopy.setAttribute('y', String(layout.chart.y));
  chartCopy.setAttribute('width', String(layout.chart.width));
  chartCopy.setAttribute('height', String(layout.chart.height));
  frame.querySelector('[data-chart-slot]')!.replaceWith(chartCopy);

  // The font rule is spliced into the text, not added as a <style> node: a <style> element
  // created in the page would count as an inline style under the page's CSP.
  const markup = new XMLSerializer().serializeToString(frame);
  const svg = font ? markup.replace(/(<svg[^>]*>)/, `$1<style>${font}</style>`) : markup;
  return { svg, width: layout.width, height: layout.height };
}

/** Renders an `<svg>` element to a detached copy of its DOM (never in the document). */
function renderSvg(element: ReactElement): SVGSVGElement {
  const host = document.createElement('div');
  const root = createRoot(host);
  try {
    flushSync(() => root.render(element));
    const svg = host.querySelector('svg');
    if (!svg) throw new Error('the frame of the image did not render');
    return svg.cloneNode(true) as SVGSVGElement;
  } finally {
    root.unmount();
  }
}
