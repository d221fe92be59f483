import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import type { OwnEventTable } from '@/data/own-event-table';
import { eachPosition, type RangePositions } from '@/data/own-events';
import type { ConflictEvent } from '@/data/schemas/events';
import { t } from '@/i18n/t';
import { formatNumber } from '@/lib/format';
import { memoOnInputs } from '@/lib/memo';
import { syrianGovernorates, type Place, type SyrianGovernorate } from '@/data/schemas/places';
import { countryRings } from './map-data';

/**
 * Syria's governorates: geoBoundaries SYR ADM1 (gbOpen, simplified; CC BY 3.0 IGO), bundled
 * as published at wmgeolab/geoBoundaries commit a0b1d5fdaacf9b0909022c4924b237cf8287982a.
 */
export const GOVERNORATES_FILE = 'syr-adm1.topojson';
export const GOVERNORATES_SOURCE_ID = 'geoboundaries-syr-adm1-2021';

/** The credit of the boundaries, on the map and in its exports, in the language shown. */
export function governoratesAttribution(dataset = 'geoBoundaries SYR ADM1'): string {
  return t('map.gov.attribution', { dataset });
}

export interface Governorate {
  name: SyrianGovernorate;
  /** GeoJSON rings, [lon, lat]: polygons, each its outer ring then any holes. */
  rings: [number, number][][][];
  /** The same rings as Leaflet [lat, lng] positions. */
  polygons: [number, number][][][];
}

const known = new Set<string>(syrianGovernorates);

/** The governorates of the geoBoundaries topology; throws on a name outside the 14. */
export function governoratesOf(topology: Topology): Governorate[] {
  const object = Object.values(topology.objects)[0];
  if (!object) throw new Error(t('map.error.governoratesEmpty'));
  const collection = feature(topology, object) as FeatureCollection<
    Polygon | MultiPolygon,
    { shapeName?: string }
  >;
  return collection.features.map((f) => {
    const name = f.properties?.shapeName ?? '';
    if (!known.has(name)) throw new Error(t('map.error.governorateUnknown', { name }));
    const rings = (
      f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates
    ) as [number, number][][][];
    return { name: name as SyrianGovernorate, rings, polygons: countryRings(f.geometry) };
  });
}

/** Fetches and reads the bundled boundaries (only when the governorate view asks for them). */
export async function loadGovernorates(signal?: AbortSignal): Promise<Governorate[]> {
  const response = await fetch(`${import.meta.env.BASE_URL}data/${GOVERNORATES_FILE}`, { signal });
  if (!response.ok) {
    throw new Error(t('map.error.governoratesHttp', { status: response.status }));
  }
  return governoratesOf((await response.json()) as Topology);
}

/** Whether [lon, lat] lies inside a ring (even-odd rule). */
function inRing(ring: readonly [number, number][], lon: number, lat: number): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** The governorate whose polygon holds the point, or undefined (outside Syria). */
export function governorateAt(
  governorates: readonly Governorate[],
  lon: number,
  lat: number,
): SyrianGovernorate | undefined {
  return governorates.find((g) =>
    g.rings.some(
      ([outer, ...holes]) =>
        outer !== undefined && inRing(outer, lon, lat) && !holes.some((h) => inRing(h, lon, lat)),
    ),
  )?.name;
}

export interface GovernorateCount {
  name: SyrianGovernorate;
  count: number;
  /** The governorate's share of the events counted in Syria's governorates (0..1). */
  share: number;
}

/**
 * Events per governorate, by the governorate their place names; every governorate appears,
 * most events first (then by name). Events at places abroad or without a governorate are
 * counted apart, as `elsewhere`.
 */
export function countByGovernorate(
  events: readonly ConflictEvent[],
  places: ReadonlyMap<string, Place>,
): { rows: GovernorateCount[]; total: number; elsewhere: number } {
  const counts = new Map<SyrianGovernorate, number>(syrianGovernorates.map((g) => [g, 0]));
  let elsewhere = 0;
  for (const event of events) {
    const governorate = places.get(event.placeId)?.governorate;
    if (governorate) counts.set(governorate, (counts.get(governorate) ?? 0) + 1);
    else elsewhere += 1;
  }
  const total = [...counts.values()].reduce((sum, n) => sum + n, 0);
  const rows = [...counts]
    .map(([name, count]) => ({ name, count, share: total > 0 ? count / total : 0 }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  return { rows, total, elsewhere };
}

/** Number of shaded classes above the "no events" class. */
export const GOVERNORATE_CLASSES = 4;

/**
 * Upper bounds (inclusive) of the shaded classes, by quantiles of the non-zero counts: class 0
 * is "no events", class i (1-based) holds counts up to breaks[i - 1]. Fewer classes when there
 * are fewer distinct counts; the last bound is always the largest count.
 */
export function classBreaks(counts: readonly number[], classes = GOVERNORATE_CLASSES): number[] {
  const values = counts.filter((n) => n > 0).sort((a, b) => a - b);
  if (values.length === 0) return [];
  const breaks: number[] = [];
  for (let i = 1; i <= classes; i++) {
    const bound = values[Math.ceil((i * values.length) / classes) - 1]!;
    if (breaks[breaks.length - 1] !== bound) breaks.push(bound);
  }
  return breaks;
}

/** The class (0 = no events) of a count, given the breaks. */
export function classOf(count: number, breaks: readonly number[]): number {
  if (count <= 0) return 0;
  const i = breaks.findIndex((b) => count <= b);
  return i === -1 ? breaks.length : i + 1;
}

/** The counts each shaded class holds, lowest and highest: class i + 1 of the breaks. */
export function classBounds(breaks: readonly number[]): { lower: number; upper: number }[] {
  return breaks.map((upper, i) => ({ lower: i === 0 ? 1 : breaks[i - 1]! + 1, upper }));
}

/** Legend labels of the classes: "No events", then "1–3", "4–9"… */
export function classLabels(breaks: readonly number[]): string[] {
  return [
    t('map.gov.noEvents'),
    ...classBounds(breaks).map(({ lower, upper }) =>
      lower === upper ? formatNumber(upper) : `${formatNumber(lower)}–${formatNumber(upper)}`,
    ),
  ];
}

/** A CSS-safe slug of a governorate name (for class names and test ids). */
export function governorateSlug(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Distance in kilometres from a point to a segment, on a local equirectangular projection. */
function segmentKm(
  [lon, lat]: readonly [number, number],
  [ax, ay]: readonly [number, number],
  [bx, by]: readonly [number, number],
): number {
  const kx = 111.32 * Math.cos((lat * Math.PI) / 180);
  const ky = 110.57;
  const [px, py, x1, y1, x2, y2] = [lon * kx, lat * ky, ax * kx, ay * ky, bx * kx, by * ky];
  const dx = x2 - x1;
  const dy = y2 - y1;
  const t = dx === 0 && dy === 0 ? 0 : ((px - x1) * dx + (py - y1) * dy) / (dx * dx + dy * dy);
  const c = Math.max(0, Math.min(1, t));
  return Math.hypot(px - (x1 + c * dx), py - (y1 + c * dy));
}

/**
 * The governorate whose boundary is nearest to a point, and how far it is (0 inside). For
 * places on the coast or the border that the simplified outline leaves just outside Syria.
 */
export function nearestGovernorate(
  governorates: readonly Governorate[],
  lon: number,
  lat: number,
): { name: SyrianGovernorate; km: number } | undefined {
  const inside = governorateAt(governorates, lon, lat);
  if (inside) return { name: inside, km: 0 };
  let best: { name: SyrianGovernorate; km: number } | undefined;
  for (const g of governorates) {
    for (const polygon of g.rings) {
      for (const ring of polygon) {
        for (let i = 1; i < ring.length; i++) {
          const km = segmentKm([lon, lat], ring[i - 1]!, ring[i]!);
          if (!best || km < best.km) best = { name: g.name, km };
        }
      }
    }
  }
  return best;
}

/** How far outside the simplified outline an event the file places in Syria may lie (coast, border). */
export const OUTLINE_SLACK_KM = 5;

/**
 * The governorate of a position, remembered per list of governorates: a file's events sit at a
 * few thousand places, so each place is looked up once however many events it holds. A point
 * just outside the simplified outline goes to the nearest governorate within OUTLINE_SLACK_KM.
 */
const positionLookup = memoOnInputs((governorates: readonly Governorate[]) => {
  const known = new Map<number, SyrianGovernorate | null>();
  return (lon: number, lat: number): SyrianGovernorate | null => {
    // Positions to 1e-5 degrees (about a metre), as one number: a fast key.
    const key = Math.round(lat * 1e5) * 1e8 + Math.round(lon * 1e5);
    let name = known.get(key);
    if (name === undefined) {
      const nearest = nearestGovernorate(governorates, lon, lat);
      name = nearest && nearest.km <= OUTLINE_SLACK_KM ? nearest.name : null;
      known.set(key, name);
    }
    return name;
  };
});

export interface OwnGovernorateCount extends GovernorateCount {
  /** Deaths the file reports for the governorate's events; null when none states deaths. */
  deaths: number | null;
}

/**
 * The analyst's events per governorate, by the governorate their coordinates lie in (the file's
 * own admin1 spelling is not trusted to match); events the file places outside Syria, or that
 * lie outside every governorate, are counted apart. Same order as countByGovernorate.
 */
export function countOwnByGovernorate(
  table: OwnEventTable,
  at: RangePositions,
  governorates: readonly Governorate[],
): { rows: OwnGovernorateCount[]; total: number; elsewhere: number } {
  const governorateAt = positionLookup(governorates);
  const counts = new Map<SyrianGovernorate, { count: number; deaths: number | null }>(
    syrianGovernorates.map((g) => [g, { count: 0, deaths: null }]),
  );
  let elsewhere = 0;
  eachPosition(at, (i) => {
    const name = table.outside[i] === 1 ? null : governorateAt(table.lon[i]!, table.lat[i]!);
    const c = name ? counts.get(name) : undefined;
    if (!c) {
      elsewhere += 1;
      return;
    }
    c.count += 1;
    const deaths = table.deaths[i]!;
    if (!Number.isNaN(deaths)) c.deaths = (c.deaths ?? 0) + deaths;
  });
  const total = [...counts.values()].reduce((sum, c) => sum + c.count, 0);
  const rows = [...counts]
    .map(([name, c]) => ({ name, ...c, share: total > 0 ? c.count / total : 0 }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  return { rows, total, elsewhere };
}
