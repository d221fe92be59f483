import type { LegendSymbol } from '@/lib/legend-symbol';
import { LegendSymbolSvg } from '@/lib/legend-symbol-svg';

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
      <LegendSymbolSvg symbol={symbol} color={color} options={{ width, strokeWidth, dash }} />
    </svg>
  );
}
