import { useMemo } from 'react';
import { usePlotArea, useXAxisInverseScale, useXAxisScale, useYAxisScale } from 'recharts';

/** A plot's rectangle, in the chart's pixels. */
export interface PlotRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Where times and values fall in a time chart's plot: the scales of the axes recharts draws,
 * so that every layer of ours (lines, marks of rounds, comparison windows, brush, tooltip) is
 * placed on the very axes the reader sees, never on a second geometry that must agree.
 */
export interface ChartScale {
  plot: PlotRect;
  /** Pixel x of a time (ms), through the drawn time axis. */
  x: (t: number) => number;
  /** Pixel y of a value, through the drawn value axis. */
  y: (value: number) => number;
  /** The time (ms) at a pixel x. */
  invertX: (px: number) => number;
}

/** The chart's scale, inside a recharts chart; undefined before recharts has laid it out. */
export function useChartScale(): ChartScale | undefined {
  const plot = usePlotArea();
  const xMap = useXAxisScale();
  const yMap = useYAxisScale();
  const xInvert = useXAxisInverseScale();
  const [px, py, width, height] = [plot?.x, plot?.y, plot?.width, plot?.height];
  return useMemo(
    () =>
      xMap && yMap && xInvert && px !== undefined && py !== undefined && width && height
        ? {
            plot: { x: px, y: py, width, height },
            x: (t: number) => xMap(t) ?? Number.NaN,
            y: (value: number) => yMap(value) ?? Number.NaN,
            invertX: (pixel: number) => Number(xInvert(pixel)),
          }
        : undefined,
    [xMap, yMap, xInvert, px, py, width, height],
  );
}
