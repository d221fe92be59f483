import type { CSSProperties } from 'react';
import type { Alignment } from '@/data/schemas/actors';
import { categoricalColor } from '@/lib/palette';
import { light } from '@/styles/colours';

/** Neutral grey for "other", so that the palette colours go to the real camps. */
const OTHER_COLOR = light('neutral-mark');

/**
 * The camps, each with a colour of the Okabe–Ito palette in this order: the two governments in
 * Damascus in blue and sky blue, the opposition in orange, apart from the western states'
 * vermillion, since the opposition and its western backers share most periods. A state that backs a
 * camp takes the camp's colour, drawn hollow (see `isBacker`), so that the eye groups Russia
 * with the Assad government and Turkey with the opposition while telling them apart.
 */
const camps = [
  'assad-government',
  'opposition',
  'kurdish-led',
  'jihadist',
  'transitional-authorities',
  'western',
  'mediator',
] as const;

const campOf: Record<Alignment, (typeof camps)[number] | 'other'> = {
  'assad-government': 'assad-government',
  'backs-assad-government': 'assad-government',
  opposition: 'opposition',
  'backs-opposition': 'opposition',
  'kurdish-led': 'kurdish-led',
  jihadist: 'jihadist',
  'transitional-authorities': 'transitional-authorities',
  'backs-transitional-authorities': 'transitional-authorities',
  western: 'western',
  mediator: 'mediator',
  other: 'other',
};

/** Whether the alignment is backing a camp (drawn hollow in the camp's colour). */
export function isBacker(alignment: Alignment): boolean {
  return alignment.startsWith('backs-');
}

/** The colour of an alignment in every actors view: its camp's. */
export function alignmentColor(alignment: Alignment): string {
  const camp = campOf[alignment];
  return camp === 'other' ? OTHER_COLOR : categoricalColor(camps.indexOf(camp));
}

/** The style of a swatch (list bar, legend dot) for an alignment: filled, or hollow for a backer. */
export function alignmentSwatchStyle(alignment: Alignment): CSSProperties {
  const color = alignmentColor(alignment);
  return isBacker(alignment)
    ? { background: 'transparent', boxShadow: `inset 0 0 0 2px ${color}` }
    : { background: color };
}
