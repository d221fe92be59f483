import type { Alignment } from '@/data/schemas/actors';
import { alignments } from '@/data/schemas/actors';
import { categoricalColor } from '@/lib/palette';

/** Neutral grey for "other", so that the seven palette colours go to the real camps. */
const OTHER_COLOR = '#8C8C8C';

/** The colour of an alignment in every actors view: the Okabe–Ito palette in schema order. */
export function alignmentColor(alignment: Alignment): string {
  return alignment === 'other' ? OTHER_COLOR : categoricalColor(alignments.indexOf(alignment));
}
