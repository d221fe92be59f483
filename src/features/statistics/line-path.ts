/** A point of a drawn line: pixel position, null where the series has no figure. */
export interface LinePoint {
  x: number | null | undefined;
  y: number | null | undefined;
}

/**
 * The SVG path of a line through the points, broken where a figure is missing (a gap stays a
 * gap). A lone point between two gaps draws nothing: its dot shows it.
 */
export function linePath(points: readonly LinePoint[]): string {
  let d = '';
  let drawing = false;
  for (const { x, y } of points) {
    if (typeof x !== 'number' || typeof y !== 'number' || !Number.isFinite(x + y)) {
      drawing = false;
      continue;
    }
    d += `${drawing ? 'L' : 'M'}${round(x)},${round(y)}`;
    drawing = true;
  }
  return d;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * One SVG path of a dot (a circle of `radius`) at each point with a figure: a line's dots as
 * one element instead of one element (and one recharts component) per point.
 */
export function dotsPath(points: readonly LinePoint[], radius: number): string {
  let d = '';
  for (const { x, y } of points) {
    if (typeof x !== 'number' || typeof y !== 'number' || !Number.isFinite(x + y)) continue;
    // Two half circles from the leftmost point of the dot round to it again.
    d += `M${round(x - radius)},${round(y)}a${radius},${radius} 0 1,0 ${2 * radius},0a${radius},${radius} 0 1,0 ${-2 * radius},0`;
  }
  return d;
}
