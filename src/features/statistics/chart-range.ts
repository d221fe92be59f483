import { createContext, useContext, useMemo } from 'react';
import { usePlotArea } from 'recharts';
import { chartScale, type ChartScale } from './chart-scale';

/**
 * What in a time chart depends on the range. The chart's own layers (axes and grid, lines,
 * annotations, brush, tooltip) read it from context and place everything with `chartScale`,
 * so a range change renders them and not recharts: recharts lays the chart out once (plot
 * area, clip, layers) and its store changes only when a line is hidden or shown.
 */
export interface RangeSettings {
  /** The range in ms, from the first day's start to the end of the last day. */
  domain: [number, number];
  /** The time axis' ticks (ms) and their labels. */
  xTicks: readonly { t: number; label: string }[];
  /** The value axis' ticks from 0, fitted to the figures in the range; the last is its top. */
  yTicks: readonly number[];
}

export const RangeContext = createContext<RangeSettings | null>(null);

/**
 * Ids of the lines with a figure in the range: a separate context, because the set changes
 * far less often than the range, and a change of it makes recharts hide or show a line.
 */
export const ShownContext = createContext<ReadonlySet<string> | null>(null);

/** The chart's scale for the current range, inside a recharts chart; undefined before layout. */
export function useChartScale(): ChartScale | undefined {
  const plot = usePlotArea();
  const range = useContext(RangeContext);
  const [x, y, width, height] = [plot?.x, plot?.y, plot?.width, plot?.height];
  return useMemo(
    () =>
      range && x !== undefined && y !== undefined && width !== undefined && height !== undefined
        ? chartScale({ x, y, width, height }, range.domain, range.yTicks.at(-1) ?? 0)
        : undefined,
    [range, x, y, width, height],
  );
}

/** The range settings, inside a time chart. */
export function useRangeSettings(): RangeSettings | null {
  return useContext(RangeContext);
}
