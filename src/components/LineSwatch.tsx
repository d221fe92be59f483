import { legendSymbolShapes, type LegendSymbol } from '@/lib/legend-symbol';

export type { LegendSymbol };

/**
 * A legend entry's symbol as drawn in a chart or graph (a line by default; dots, steps, a span
 * or an area for the statistics charts); decorative.
 */
export function LineSwatch({
  color,
  width = 24,
  strokeWidth = 2,
  dash,
  symbol = 'line',
}: {
  color: string;
  width?: number;
  strokeWidth?: number;
  dash?: string;
  symbol?: LegendSymbol;
}) {
  return (
    <svg width={width} height="10" aria-hidden="true" data-symbol={symbol}>
      {legendSymbolShapes(symbol, color, { width, strokeWidth, dash }).map(
        ({ tag: Tag, attrs }, i) => (
          <Tag key={i} {...toReactProps(attrs)} />
        ),
      )}
    </svg>
  );
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
