import type { LegendSymbol } from '@/lib/legend-symbol';

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
