/** A plot's rectangle, in the chart's pixels. */
export interface PlotRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where times and values fall in a time chart's plot, for one range and one value axis. */
export interface ChartScale {
  plot: PlotRect;
  /** Pixel x of a time (ms): the domain's start at the plot's left edge, its end at the right. */
  x: (t: number) => number;
  /** Pixel y of a value: 0 on the plot's bottom edge, `top` on its top edge. */
  y: (value: number) => number;
  /** The time (ms) at a pixel x. */
  invertX: (px: number) => number;
}

/**
 * Linear scales over a plot: time across, from `domain[0]` to `domain[1]`, and value up, from
 * 0 to `top`. An empty domain or a top of 0 puts everything on the left or bottom edge.
 */
export function chartScale(
  plot: PlotRect,
  domain: readonly [number, number],
  top: number,
): ChartScale {
  const [t0, t1] = domain;
  const perMs = t1 > t0 ? plot.width / (t1 - t0) : 0;
  const perUnit = top > 0 ? plot.height / top : 0;
  const bottom = plot.y + plot.height;
  return {
    plot,
    x: (t) => plot.x + (t - t0) * perMs,
    y: (value) => bottom - value * perUnit,
    invertX: (px) => (perMs === 0 ? t0 : t0 + (px - plot.x) / perMs),
  };
}
