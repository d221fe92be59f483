import { light } from '@/styles/colours';
/**
 * How a legend entry draws what it names, as the chart or the map draws it: one description of
 * each symbol, used by the legends on screen and by the exported image's legend, so that they
 * agree.
 * - `line`: a line (the default);
 * - `line-dots`: a line through dots (figures as of a date, joined at their cadence);
 * - `dots`: dots only (figures too far apart to be joined);
 * - `levels`: two levels side by side (totals for a year, each a level over its year);
 * - `span`: a level with a cap at each end (a total over a period);
 * - `band`: a filled band (a stack);
 * - map marks: `circle` (an event, a cluster, a capital), `ring` (a town), `diamond` (a talks
 *   venue), `square` (a base), `triangle` (a border crossing), `area` (an outlined zone),
 *   `swatch` (a shaded area: filled in `color`, or left empty when it is `none`, and outlined
 *   in `outline`).
 */
export type LegendSymbol =
  | 'line'
  | 'line-dots'
  | 'dots'
  | 'levels'
  | 'span'
  | 'band'
  | 'circle'
  | 'ring'
  | 'diamond'
  | 'square'
  | 'triangle'
  | 'area'
  | 'swatch';

/** One SVG element of a legend symbol: its tag and attributes. */
export interface SymbolShape {
  tag: 'line' | 'path' | 'circle' | 'rect';
  attrs: Record<string, string | number>;
}

/**
 * The SVG elements of a legend symbol in a box `width` × 10 whose top left is at (x, y), in
 * `color`, dashed when `dash` is given.
 */
export function legendSymbolShapes(
  symbol: LegendSymbol,
  color: string,
  { x = 0, y = 0, width = 24, strokeWidth = 2, dash, outline }: LegendSymbolOptions = {},
): SymbolShape[] {
  const mid = y + 5;
  const stroke = {
    stroke: color,
    'stroke-width': strokeWidth,
    fill: 'none',
    ...(dash ? { 'stroke-dasharray': dash } : {}),
  };
  const dot = (cx: number): SymbolShape => ({
    tag: 'circle',
    attrs: { cx, cy: mid, r: 3, fill: color },
  });
  const [left, right] = [x + 1, x + width - 1];
  const centre = x + width / 2;
  // The box of an area's or a swatch's rectangle.
  const box = { x: x + 2, y: mid - 6, width: width - 4, height: 12 };
  switch (symbol) {
    case 'line':
      return [{ tag: 'line', attrs: { x1: left, y1: mid, x2: right, y2: mid, ...stroke } }];
    case 'line-dots':
      return [
        { tag: 'line', attrs: { x1: left + 3, y1: mid, x2: right - 3, y2: mid, ...stroke } },
        dot(left + 3),
        dot(right - 3),
      ];
    case 'dots':
      return [dot(x + width / 3), dot(x + (2 * width) / 3)];
    case 'levels': {
      const step = x + width / 2;
      return [
        {
          tag: 'path',
          attrs: { d: `M${left},${y + 7}H${step - 1}M${step + 1},${y + 2}H${right}`, ...stroke },
        },
      ];
    }
    case 'span':
      return [
        {
          tag: 'path',
          attrs: {
            d: `M${left},${y + 1}V${y + 9}M${left},${mid}H${right}M${right},${y + 1}V${y + 9}`,
            ...stroke,
          },
        },
      ];
    case 'band':
      return [
        {
          tag: 'rect',
          attrs: {
            x: left,
            y: y + 1,
            width: right - left,
            height: 8,
            fill: color,
            'fill-opacity': 0.55,
            stroke: color,
          },
        },
      ];
    case 'circle':
      return [{ tag: 'circle', attrs: { cx: centre, cy: mid, r: 5, fill: color } }];
    case 'ring':
      return [
        {
          tag: 'circle',
          attrs: {
            cx: centre,
            cy: mid,
            r: 4,
            fill: light('color-surface'),
            stroke: color,
            'stroke-width': 2,
          },
        },
      ];
    case 'diamond':
      return [{ tag: 'path', attrs: { d: `M${centre},${mid - 6}l6,6l-6,6l-6,-6z`, fill: color } }];
    case 'square':
      return [
        { tag: 'rect', attrs: { x: centre - 5, y: mid - 5, width: 10, height: 10, fill: color } },
      ];
    case 'triangle':
      return [{ tag: 'path', attrs: { d: `M${centre},${mid - 6}l6,11h-12z`, fill: color } }];
    case 'area':
      return [
        {
          tag: 'rect',
          attrs: {
            ...box,
            fill: color,
            'fill-opacity': 0.15,
            stroke: color,
            'stroke-width': 2,
            ...(dash ? { 'stroke-dasharray': dash } : {}),
          },
        },
      ];
    case 'swatch':
      return [
        {
          tag: 'rect',
          attrs: { ...box, fill: color, stroke: outline ?? color, 'stroke-width': 1 },
        },
      ];
  }
}

export interface LegendSymbolOptions {
  x?: number;
  y?: number;
  width?: number;
  strokeWidth?: number;
  dash?: string;
  /** The outline of a `swatch` (its fill colour when left out). */
  outline?: string;
}
