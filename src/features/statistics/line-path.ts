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
