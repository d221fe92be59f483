import { eventCategoryLabels } from '@/data/labels';
import { eventCategories } from '@/data/schemas/events';
import { t } from '@/i18n/t';
import type { LegendItem } from '@/lib/export/types';
import type { MapLayer } from '@/stores/view-state';
import { baseHolders, baseHolderStyle } from './bases';
import { categoryColor, CROSSING, OPEN_ROUND, PLACE_DOT, VENUE, ZONE } from './map-style';

/** A legend item of the map: its colour for the export, and for the screen where it follows the theme. */
export interface MapLegendItem extends LegendItem {
  symbol: NonNullable<LegendItem['symbol']>;
  /** The colour on screen (a CSS token when the mark's colour changes with the theme). */
  screenColor: string;
  /** The layer that draws the mark: the item is listed only while the layer is on. */
  layer: MapLayer;
  /** For a base, whose bases the item stands for (listed only while one of them is drawn). */
  holder?: string;
}

/**
 * The one list of what the map draws, for the legend under the map and the one in the exported
 * image alike, each item with the symbol the map draws it with. The labels are getters, read
 * when the legend is drawn: in the language shown then.
 */
export const mapLegendItems: readonly MapLegendItem[] = [
  ...eventCategories.map((c) => ({
    get label() {
      return t('map.legend.categoryEvent', { category: eventCategoryLabels[c] });
    },
    color: categoryColor(c),
    screenColor: categoryColor(c),
    symbol: 'circle' as const,
    layer: 'events' as const,
  })),
  {
    get label() {
      return t('map.legend.severalEvents');
    },
    color: VENUE,
    screenColor: 'var(--map-mark)',
    symbol: 'circle',
    layer: 'events',
  },
  {
    get label() {
      return t('map.legend.venue');
    },
    color: VENUE,
    screenColor: 'var(--map-mark)',
    symbol: 'diamond',
    layer: 'meetings',
  },
  {
    get label() {
      return t('map.legend.zone');
    },
    color: ZONE,
    screenColor: 'var(--map-zone)',
    symbol: 'area',
    dashed: true,
    layer: 'zones',
  },
  ...[...Object.keys(baseHolders), 'other'].map((holder) => baseItem(holder)),
  {
    get label() {
      return t('map.legend.capital');
    },
    color: PLACE_DOT,
    screenColor: 'var(--map-place)',
    symbol: 'circle',
    layer: 'capitals',
  },
  {
    get label() {
      return t('map.legend.town');
    },
    color: PLACE_DOT,
    screenColor: 'var(--map-place)',
    symbol: 'ring',
    layer: 'capitals',
  },
  {
    get label() {
      return t('map.legend.crossing');
    },
    color: CROSSING,
    screenColor: 'var(--map-crossing)',
    symbol: 'triangle',
    layer: 'capitals',
  },
];

/** What the map draws now, which its legend lists and no more. */
export interface MapLegendContext {
  /** The layers switched on. */
  layers: ReadonlySet<MapLayer>;
  /** Whether events are drawn as markers (not in the governorate view, which shades instead). */
  eventMarkers: boolean;
  /** The holders of the bases drawn in the range. */
  holders: ReadonlySet<string>;
  /** Whether a round is open and its venue drawn, ringed. */
  openRoundDrawn: boolean;
}

/** The legend of what the map draws now, in the one order the screen and the export share. */
export function mapLegendFor(context: MapLegendContext): readonly MapLegendItem[] {
  const { layers, eventMarkers, holders, openRoundDrawn } = context;
  const drawnHolders = new Set([...holders].map((h) => (h in baseHolders ? h : 'other')));
  const items = mapLegendItems.filter(
    (item) =>
      layers.has(item.layer) &&
      (item.layer !== 'events' || eventMarkers) &&
      (item.holder === undefined || drawnHolders.has(item.holder)),
  );
  return openRoundDrawn ? [...items, openRoundLegendItem] : items;
}

function baseItem(holder: string): MapLegendItem {
  const style = baseHolderStyle(holder);
  return {
    get label() {
      return holder === 'other'
        ? t('map.legend.baseOther')
        : t('map.legend.baseHeldBy', { holder: style.label });
    },
    color: style.color,
    screenColor: style.token,
    symbol: 'square',
    layer: 'bases',
    holder,
  };
}

const openRoundLegendItem: MapLegendItem = {
  get label() {
    return t('map.legend.openRound');
  },
  color: OPEN_ROUND,
  screenColor: 'var(--color-accent)',
  symbol: 'diamond',
  layer: 'meetings',
};
