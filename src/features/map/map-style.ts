import { eventCategories, type EventCategory } from '@/data/schemas/events';
import { categoricalColor } from '@/lib/palette';

/** The colour of an event category on the map and its legend (Okabe–Ito, schema order). */
export function categoryColor(category: EventCategory): string {
  return categoricalColor(eventCategories.indexOf(category));
}

export const LAND = '#e9e4d8';
export const LAND_SYRIA = '#f7f3ea';
export const BORDER = '#9b9484';
export const SEA = '#c9dcea';
export const ZONE = '#CC79A7';
export const VENUE = '#0b3954';
/** The ring around the open round's venue (the light theme's accent). */
export const OPEN_ROUND = '#0b5394';
export const BASE = '#5b4636';
export const PLACE_DOT = '#3d3a33';
/** Border crossings: vermillion, the palette's colour after the event categories'. */
export const CROSSING = categoricalColor(eventCategories.length);

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

/** Label points for Syria and its neighbours (centres of their land, roughly). */
export const COUNTRY_LABELS = [
  { name: 'SYRIA', lat: 35.1, lng: 38.9, main: true },
  { name: 'TÜRKIYE', lat: 38.9, lng: 35.3, main: false },
  { name: 'IRAQ', lat: 33.3, lng: 43.6, main: false },
  { name: 'JORDAN', lat: 31.2, lng: 36.9, main: false },
  { name: 'LEBANON', lat: 33.95, lng: 35.75, main: false },
  { name: 'ISRAEL', lat: 31.3, lng: 34.85, main: false },
  { name: 'CYPRUS', lat: 35.05, lng: 33.2, main: false },
] as const;

/**
 * The fills of the governorate view's classes, light to dark (ColorBrewer YlOrBr); class 0,
 * no events, is left unfilled. Drawn at 80% opacity, readable on the light and the dark basemap.
 */
export const GOVERNORATE_FILLS = ['none', '#fed98e', '#fe9929', '#d95f0e', '#993404'] as const;
/** The outline of a governorate. */
export const GOVERNORATE_LINE = '#5b4636';
