import { legendSymbolShapes, type LegendSymbol, type LegendSymbolOptions } from './legend-symbol';

/**
 * The SVG elements of a legend symbol, as React elements: the one way a symbol is drawn, in the
 * legends on screen (LineSwatch) and in an exported image's legend.
 */
export function LegendSymbolSvg({
  symbol,
  color,
  options,
}: {
  symbol: LegendSymbol;
  color: string;
  options?: LegendSymbolOptions;
}) {
  return legendSymbolShapes(symbol, color, options).map(({ tag: Tag, attrs }, i) => (
    <Tag key={i} {...toReactProps(attrs)} />
  ));
}

/** SVG attribute names as React props (stroke-width → strokeWidth). */
function toReactProps(attrs: Record<string, string | number>): Record<string, string | number> {
  return Object.fromEntries(
    Object.entries(attrs).map(([name, value]) => [
      name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase()),
      value,
    ]),
  );
}
