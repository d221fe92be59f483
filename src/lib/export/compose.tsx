import { ExportFrame } from './ExportFrame';
import { embeddedFontCss } from './font';
import { layoutFrame } from './frame-layout';
import { inlineChart } from './inline-styles';
import { withOffscreenSvg } from './offscreen';
import type { ExportInfo } from './types';

/**
 * Builds a self-describing, self-contained SVG document from a chart on the page: the frame
 * (title and subtitle above; legend, sources, dataset version, licence and permalink below),
 * rendered from its component, around a copy of the chart with its styles inlined (computed in
 * the light theme), with the chart's fonts embedded. In the language shown: in Arabic its text
 * is set right to left from the right margin, in the Arabic font, embedded too. True vector:
 * only <text>, shapes and paths, no <foreignObject>.
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
  const font = await embeddedFontCss(layout.language);

  // Rendered out of sight by the same helper as the timeline's export drawing, and copied.
  const frame = await withOffscreenSvg(<ExportFrame layout={layout} title={info.title} />, (svg) =>
    Promise.resolve(svg.cloneNode(true) as SVGSVGElement),
  );
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
