import { eventCategories, type EventCategory } from '@/data/schemas/events';
import { t, type MessageKey } from '@/i18n/t';
import { categoricalColor } from '@/lib/palette';
import { GOVERNORATE_CLASSES, light, type ColourToken } from '@/styles/colours';

// The map's colours as the exported image draws them: the light theme's values of the tokens
// in styles/colours.ts (on screen, the stylesheet gives each theme its own through the tokens).

/** The colour of an event category on the map and its legend (Okabe–Ito, schema order). */
export function categoryColor(category: EventCategory): string {
  return categoricalColor(eventCategories.indexOf(category));
}

export const LAND = light('map-land');
export const LAND_SYRIA = light('map-land-syria');
export const BORDER = light('map-border');
export const SEA = light('map-sea');
export const ZONE = light('map-zone');
export const VENUE = light('map-mark');
/** The ring around the open round's venue (the light theme's accent). */
export const OPEN_ROUND = light('color-accent');
export const BASE = light('map-base');
export const PLACE_DOT = light('map-place');
export const CROSSING = light('map-crossing');
export const COUNTRY_LABEL = light('map-country-label');
/** The white edge around markers. */
export const MARK_EDGE = light('mark-edge');

/** The zoom from which towns and border crossings are drawn, with their names. */
export const TOWN_MIN_ZOOM = 8;

/** Where the default view looks: Syria and its neighbours. */
export const DEFAULT_VIEW = { lat: 35.0, lng: 38.6, zoom: 6 } as const;

/**
 * Governorate capitals of Syria, by place id in places.json (Damascus is also the seat of Rif
 * Dimashq). A cartographic choice of which places to mark on the basemap, not data.
 */
export const GOVERNORATE_CAPITALS = [
  'damascus',
  'aleppo',
  'homs',
  'hama',
  'latakia',
  'tartus',
  'idlib',
  'raqqa',
  'deir-ez-zor',
  'hasakah',
  'daraa',
  'suwayda',
  'quneitra',
] as const;

/** A country's name on the basemap, at a point of its land, in the language shown when read. */
function countryLabel(key: MessageKey, lat: number, lng: number, main = false) {
  return {
    get name() {
      return t(key);
    },
    lat,
    lng,
    main,
  };
}

/** Label points for Syria and its neighbours (centres of their land, roughly). */
export const COUNTRY_LABELS = [
  countryLabel('map.country.syria', 35.1, 38.9, true),
  countryLabel('map.country.turkiye', 38.9, 35.3),
  countryLabel('map.country.iraq', 33.3, 43.6),
  countryLabel('map.country.jordan', 31.2, 36.9),
  countryLabel('map.country.lebanon', 33.95, 35.75),
  countryLabel('map.country.israel', 31.3, 34.85),
  countryLabel('map.country.cyprus', 35.05, 33.2),
] as const;

/** The fills of the governorate view's classes, light to dark; class 0, no events, unfilled. */
export const GOVERNORATE_FILLS = [
  'none',
  ...Array.from({ length: GOVERNORATE_CLASSES - 1 }, (_, i) =>
    light(`governorate-${i + 1}` as ColourToken),
  ),
] as const;
/** The outline of a governorate. */
export const GOVERNORATE_LINE = light('governorate-line');
