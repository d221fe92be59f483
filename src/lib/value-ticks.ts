/**
 * Ticks for a value axis from 0 up to at least `max`: about `count` of them, a step of 1, 2,
 * 2.5 or 5 times a power of ten, the last tick at or above the largest value.
 */
export function valueTicks(max: number, count = 5): number[] {
  if (!Number.isFinite(max) || max <= 0) return [0, 1];
  const rough = max / (count - 1);
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= rough * (1 - 1e-12))!;
  const tick = (i: number) => Number((i * step).toPrecision(12));
  let intervals = Math.max(1, Math.ceil(max / step - 1e-9));
  // Rounding may leave the top tick a hair below the maximum: one more step then.
  if (tick(intervals) < max) intervals += 1;
  return Array.from({ length: intervals + 1 }, (_, i) => tick(i));
}

/**
 * How many ticks to ask `valueTicks` for on an axis `length` px long whose labels are
 * `fontSize` px tall: at most five, fewer when the labels would come closer than one and a
 * half lines (`valueTicks` may add one more tick to reach the maximum, so that one is counted).
 */
export function valueTickCount(length: number, fontSize: number): number {
  return Math.min(5, Math.max(2, Math.floor(length / (2.5 * fontSize))));
}
