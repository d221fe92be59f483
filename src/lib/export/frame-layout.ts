import type { Language } from '@/i18n/catalogue';
import { currentLanguage, directionOf } from '@/i18n/language';
import { estimateTextWidth, textDirection, wrapText } from './text-layout';
import type { ExportInfo, LegendItem } from './types';

/** The frame around an exported chart: margins and type sizes, in pixels. */
export const FRAME = {
  margin: 24,
  titleSize: 20,
  subtitleSize: 14,
  footerSize: 11,
  legendSize: 12,
  lineGap: 1.35,
  /** A legend symbol's width (as legendSymbolShapes draws it), and where its label starts. */
  legendSymbolWidth: 24,
  legendLabelOffset: 30,
} as const;

export type Direction = 'ltr' | 'rtl';

export type TextRole = 'title' | 'subtitle' | 'details' | 'footer';

/**
 * How a text is set: from `x`, the frame's start edge (its left margin, or its right one in
 * Arabic), in its own direction. A text reading against the frame's (an English series title
 * in an Arabic image) is anchored by its end, so that it still lines up with the rest.
 */
export interface TextPlacement {
  x: number;
  direction: Direction;
  anchor: 'start' | 'end';
}

/** A line of text of the frame, at its baseline. */
export interface FrameLine extends TextPlacement {
  text: string;
  y: number;
  role: TextRole;
}

/** A legend item placed: its symbol's left edge, the row's baseline, and its label. */
export interface PlacedLegendItem {
  item: LegendItem;
  x: number;
  y: number;
  label: TextPlacement;
}

/** Where every part of the export goes, for a chart of the given size. */
export interface FrameLayout {
  /** The language the image is made in, and its direction: its text's, never its chart's. */
  language: Language;
  direction: Direction;
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
 * chart, the legend flowed in rows, a rule, then the note, sources, dataset line and
 * permalink. In Arabic the text is set from the right margin and the legend flows from the
 * right; the chart keeps its place and its own drawing. Pure: the same info, chart size and
 * language give the same layout.
 */
export function layoutFrame(
  info: ExportInfo,
  chartWidth: number,
  chartHeight: number,
  language: Language = currentLanguage(),
): FrameLayout {
  const { margin, lineGap, legendSize, legendSymbolWidth, legendLabelOffset } = FRAME;
  const direction = directionOf(language);
  const rtl = direction === 'rtl';
  const width = chartWidth + 2 * margin;
  const textWidth = width - 2 * margin;
  /** The frame's start edge, or `inset` pixels in from it. */
  const startEdge = (inset = 0) => (rtl ? width - margin - inset : margin + inset);
  const placement = (text: string, x: number): TextPlacement => {
    const own = textDirection(text, direction);
    return { x, direction: own, anchor: own === direction ? 'start' : 'end' };
  };
  let y = margin;
  const lines = (text: string | undefined, role: TextRole): FrameLine[] => {
    if (!text) return [];
    const size = SIZES[role];
    const set = placement(text, startEdge());
    return wrapText(text, textWidth, size).map((line) => {
      y += size;
      const placed = { text: line, y, role, ...set };
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
    // How far along its row the next item starts, from the frame's start edge.
    let along = 0;
    y += legendSize;
    for (const item of info.legend) {
      const itemWidth = legendLabelOffset + estimateTextWidth(item.label, legendSize) + 18;
      if (along > 0 && along + itemWidth > textWidth) {
        along = 0;
        y += legendSize * 1.7;
      }
      // The symbol comes first in reading order, the label after it.
      const start = startEdge(along);
      const x = rtl ? start - legendSymbolWidth : start;
      const label = placement(
        item.label,
        rtl ? start - legendLabelOffset : start + legendLabelOffset,
      );
      legend.push({ item, x, y, label });
      along += itemWidth;
    }
    y += 14;
  }
  const ruleY = y;
  y += 6;
  const footer = [info.note, info.sourceLine, info.datasetLine, info.permalink].flatMap((text) =>
    lines(text, 'footer'),
  );
  return {
    language,
    direction,
    width,
    height: Math.ceil(y + margin / 2),
    header,
    chart,
    legend,
    ruleY,
    footer,
  };
}
