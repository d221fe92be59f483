/**
 * Writes a synthetic, schema-valid events file for the benchmark's scale mode: `count` events
 * spread over 15 March 2011 – 31 December 2025 (more in the war's busiest years), at the
 * dataset's places in Syria, with its actors and a real source id. Deterministic (seeded), so
 * two runs measure the same data. Never written to public/data: only to a copy of dist/.
 */
import type { Dataset } from '../src/data/dataset-files';
import { eventCategories, type ConflictEvent } from '../src/data/schemas/events';
import { addDays, daysBetween } from '../src/lib/dates';
import { seededRandom } from '../src/lib/random';

const FIRST = '2011-03-15';
const LAST = '2025-12-31';
/** Relative weight of each year, heavier in 2012–2016 as in the real war. */
const YEAR_WEIGHT: Record<number, number> = {
  2011: 3,
  2012: 8,
  2013: 9,
  2014: 9,
  2015: 9,
  2016: 9,
  2017: 7,
  2018: 6,
  2019: 5,
  2020: 4,
  2021: 3,
  2022: 3,
  2023: 3,
  2024: 4,
  2025: 4,
};

export function generateEvents(
  dataset: Pick<Dataset, 'places' | 'actors' | 'meta'>,
  count: number,
  seed = 2011,
): { events: ConflictEvent[] } {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const places = dataset.places.places.filter((p) => p.country === 'SY' && p.kind !== 'zone');
  const actors = dataset.actors.actors.map((a) => a.id);
  const sources = dataset.meta.sources.filter((s) => s.kind === 'news').map((s) => s.id);
  const years = Object.entries(YEAR_WEIGHT).flatMap(([year, weight]) =>
    Array.from({ length: weight }, () => Number(year)),
  );
  const events: ConflictEvent[] = [];
  for (let i = 0; i < count; i += 1) {
    const year = pick(years);
    const yearStart = year === 2011 ? FIRST : `${year}-01-01`;
    const yearEnd = year === 2025 ? LAST : `${year}-12-31`;
    const date = addDays(yearStart, Math.floor(random() * (daysBetween(yearStart, yearEnd) + 1)));
    const place = pick(places);
    const category = pick(eventCategories);
    const involved = [...new Set([pick(actors), ...(random() < 0.5 ? [pick(actors)] : [])])];
    events.push({
      id: `synthetic-${i}`,
      date,
      ...(random() < 0.05 ? { endDate: addDays(date, 1 + Math.floor(random() * 10)) } : {}),
      title: `Synthetic ${category} event ${i} near ${place.name}`,
      placeId: place.id,
      actors: involved,
      category,
      summary: `Generated for the performance benchmark; not a real event (${i}).`,
      sources: [pick(sources)],
    });
  }
  return { events };
}
