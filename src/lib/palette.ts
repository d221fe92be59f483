/**
 * Okabe–Ito categorical palette (Okabe & Ito, "Color Universal Design", 2008): distinguishable
 * with the common forms of colour-vision deficiency. Every chart and map layer takes its
 * category colours from here, in this order. Black is left out: it is the text colour.
 */
export const categoricalPalette = [
  '#0072B2', // blue
  '#E69F00', // orange
  '#009E73', // bluish green
  '#CC79A7', // reddish purple
  '#56B4E9', // sky blue
  '#D55E00', // vermillion
  '#F0E442', // yellow
] as const;

/** The colour for the n-th category, cycling through the palette. */
export function categoricalColor(index: number): string {
  const size = categoricalPalette.length;
  return categoricalPalette[((index % size) + size) % size] as string;
}
