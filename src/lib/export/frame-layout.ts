import type { ExportInfo, LegendItem } from './types';
import { wrapText } from './text-layout';

/** The frame around an exported chart: margins and type sizes, in pixels. */
export const FRAME = {
  margin: 24,
  titleSize: 20,
  subtitleSize: 14,
  footerSize: 11,
  legendSize: 12,
  lineGap: 1.35,
} as const;

export type TextRole = 'title' | 'subtitle' | 'details' | 'footer';

/** A line of text of the frame, at its baseline. */
export interface FrameLine {
  text: string;
  y: number;
  role: TextRole;
}

/** A legend item placed: its symbol's left edge and the row's baseline. */
export interface PlacedLegendItem {
  item: LegendItem;
  x: number;
  y: number;
}

/** Where every part of the export goes, for a chart of the given size. */
export interface FrameLayout {
  width: number;
  height: number;
  header: FrameLine[];
  chart: { x: number; y: number; width: number; height: number };
  legend: PlacedLegendItem[];
  /** The rule between the chart (and legend) and the footer. */
  ruleY: number;
  footer: FrameLine[];
}

const SIZES: Record<TextRole, number> = {
  title: FRAME.titleSize,
  subtitle: FRAME.subtitleSize,
  details: FRAME.subtitleSize,
  footer: FRAME.footerSize,
};

/** The size of a role's text. */
export function textSize(role: TextRole): number {
  return SIZES[role];
}

/**
 * Lays the export out top to bottom: title, subtitle and details wrapped to the width, the
 * chart, the legend flowed left to right in rows, a rule, then the note, sources, dataset line
 * and permalink. Pure: the same info and chart size give the same layout.
 */
export function layoutFrame(
  info: ExportInfo,
  chartWidth: number,
  chartHeight: number,
): FrameLayout {
  const { margin, lineGap, legendSize } = FRAME;
  const width = chartWidth + 2 * margin;
  const textWidth = width - 2 * margin;
  let y = margin;
  const lines = (text: string | undefined, role: TextRole): FrameLine[] => {
    if (!text) return [];
    const size = SIZES[role];
    return wrapText(text, textWidth, size).map((line) => {
      y += size;
      const placed = { text: line, y, role };
      y += size * (lineGap - 1);
      return placed;
    });
  };
  const header = lines(info.title, 'title');
  y += 2;
  header.push(...lines(info.subtitle, 'subtitle'), ...lines(info.details, 'details'));
  y += 12;
  const chart = { x: margin, y, width: chartWidth, height: chartHeight };
  y += chartHeight + 14;

  const legend: PlacedLegendItem[] = [];
  if (info.legend && info.legend.length > 0) {
    let x = margin;
    y += legendSize;
    for (const item of info.legend) {
      const itemWidth = 30 + item.label.length * legendSize * 0.56 + 18;
      if (x > margin && x + itemWidth > width - margin) {
        x = margin;
        y += legendSize * 1.7;
      }
      legend.push({ item, x, y });
      x += itemWidth;
    }
    y += 14;
  }
  const ruleY = y;
  y += 6;
  const footer = [info.note, info.sourceLine, info.datasetLine, info.permalink].flatMap((text) =>
    lines(text, 'footer'),
  );
  return { width, height: Math.ceil(y + margin / 2), header, chart, legend, ruleY, footer };
}
