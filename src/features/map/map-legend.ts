import { eventCategoryLabels } from '@/data/labels';
import { eventCategories } from '@/data/schemas/events';
import type { LegendItem } from '@/lib/export/image';
import { baseHolders } from './bases';
import { categoryColor, CROSSING, OPEN_ROUND, PLACE_DOT, VENUE, ZONE } from './map-style';

/** A legend item of the map: its colour for the export, and for the screen where it follows the theme. */
export interface MapLegendItem extends LegendItem {
  symbol: NonNullable<LegendItem['symbol']>;
  /** The colour on screen (a CSS token when the mark's colour changes with the theme). */
  screenColor: string;
}

/**
 * The one list of what the map draws, for the legend under the map and the one in the exported
 * image alike, each item with the symbol the map draws it with.
 */
export const mapLegendItems: readonly MapLegendItem[] = [
  ...eventCategories.map((c) => ({
    label: `${eventCategoryLabels[c]} event`,
    color: categoryColor(c),
    screenColor: categoryColor(c),
    symbol: 'circle' as const,
  })),
  {
    label: 'Several events (number inside)',
    color: VENUE,
    screenColor: 'var(--map-mark)',
    symbol: 'circle',
  },
  {
    label: 'Talks venue (meetings in range)',
    color: VENUE,
    screenColor: 'var(--map-mark)',
    symbol: 'diamond',
  },
  {
    label: 'De-escalation zone (approximate)',
    color: ZONE,
    screenColor: 'var(--map-zone)',
    symbol: 'area',
    dashed: true,
  },
  ...Object.values(baseHolders).map((holder) => ({
    label: `Military base held by ${holder.label}`,
    color: holder.color,
    screenColor: holder.token,
    symbol: 'square' as const,
  })),
  {
    label: 'Governorate capital',
    color: PLACE_DOT,
    screenColor: 'var(--map-place)',
    symbol: 'circle',
  },
  {
    label: 'Town (when zoomed in)',
    color: PLACE_DOT,
    screenColor: 'var(--map-place)',
    symbol: 'ring',
  },
  {
    label: 'Border crossing (when zoomed in)',
    color: CROSSING,
    screenColor: 'var(--map-crossing)',
    symbol: 'triangle',
  },
];

/** The legend with, when a round is open and its venue drawn, the ring that marks that venue. */
export function mapLegendFor(openRoundDrawn: boolean): readonly MapLegendItem[] {
  return openRoundDrawn ? [...mapLegendItems, openRoundLegendItem] : mapLegendItems;
}

const openRoundLegendItem: MapLegendItem = {
  label: "Open round's venue (ringed)",
  color: OPEN_ROUND,
  screenColor: 'var(--color-accent)',
  symbol: 'diamond',
};
