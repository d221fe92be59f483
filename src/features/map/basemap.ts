import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import countriesUrl from 'world-atlas/countries-50m.json?url';
import { t } from '@/i18n/t';
import { boxOfRing, type LatLngBox } from './basemap-area';
import { countryRings } from './map-data';

export interface Country {
  name: string;
  /** Leaflet [lat, lng] rings, antimeridian unwrapped. */
  polygons: [number, number][][][];
  /** The box of each polygon's outer ring, in the same order: what the map draws is culled by it. */
  boxes: readonly LatLngBox[];
}

/**
 * Asked for as soon as the map's code has loaded, which can be well before the map has its data
 * (the events file, when it is large, is still being parsed); the first load uses it.
 */
let early: Promise<Response> | undefined = fetch(countriesUrl);
// A failure here is the first load's to report (and its retry fetches again).
early.catch(() => undefined);

/**
 * Natural Earth country outlines at 1:50m (public domain), from the world-atlas package, served
 * from the app's own origin: the offline basemap.
 */
export async function loadCountries(signal?: AbortSignal): Promise<Country[]> {
  const started = early;
  early = undefined;
  const response = await (started ?? fetch(countriesUrl, { signal }));
  if (!response.ok) throw new Error(t('map.error.basemapHttp', { status: response.status }));
  const topology = (await response.json()) as Topology;
  const object = topology.objects.countries;
  if (!object) throw new Error(t('map.error.basemapEmpty'));
  const collection = feature(topology, object) as FeatureCollection<
    Polygon | MultiPolygon,
    { name?: string }
  >;
  return collection.features
    .filter((f): f is Feature<Polygon | MultiPolygon, { name?: string }> => f.geometry !== null)
    .map((f) => {
      const polygons = countryRings(f.geometry);
      return {
        name: f.properties?.name ?? '',
        polygons,
        boxes: polygons.map((polygon) => boxOfRing(polygon[0] ?? [])),
      };
    });
}
