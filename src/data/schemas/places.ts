import { z } from 'zod';
import { arabicTextSchema, idSchema, isoDateSchema, sourceIdsSchema, textSchema } from './common';

export const placeKinds = [
  'country',
  'capital',
  'city',
  'town',
  'governorate',
  'region',
  'military-base',
  'venue',
  'border-crossing',
  'zone',
] as const;

/**
 * Syria's 14 governorates, spelled as the `shapeName`s of geoBoundaries SYR ADM1 (gbOpen,
 * wmgeolab/geoBoundaries `releaseData/gbOpen/SYR/ADM1/geoBoundaries-SYR-ADM1_simplified.topojson`,
 * commit a0b1d5fdaacf9b0909022c4924b237cf8287982a), which follow OCHA's common operational
 * dataset for Syria. The map's governorate layer uses the same names, so the two can be joined.
 */
export const syrianGovernorates = [
  'Aleppo',
  'Al-Hasakeh',
  'Ar-Raqqa',
  'As-Sweida',
  'Damascus',
  "Dar'a",
  'Deir-ez-Zor',
  'Hama',
  'Homs',
  'Idleb',
  'Lattakia',
  'Quneitra',
  'Rural Damascus',
  'Tartous',
] as const;

/**
 * The kinds of place that are a point on the ground (not an area or a venue inside a city):
 * every one of them in Syria must name its governorate (checked across the file, in
 * src/data/validate-dataset.ts).
 */
export const pointPlaceKinds = [
  'capital',
  'city',
  'town',
  'military-base',
  'border-crossing',
] as const satisfies readonly (typeof placeKinds)[number][];

/** A [longitude, latitude] pair, in GeoJSON order. */
const positionSchema = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);

/**
 * The outline of an area (e.g. a de-escalation zone), as GeoJSON Polygon rings: the first ring
 * is the outer boundary, any further rings are holes; each ring closes on its first position.
 */
export const areaSchema = z
  .strictObject({
    rings: z.array(z.array(positionSchema).min(4, 'a ring needs at least 4 positions')).min(1),
    /** True when the outline is drawn from a textual description, not surveyed boundaries. */
    approximate: z.boolean(),
    note: z.string().optional(),
  })
  .superRefine((area, ctx) => {
    area.rings.forEach((ring, i) => {
      const first = ring[0];
      const last = ring[ring.length - 1];
      if (first && last && (first[0] !== last[0] || first[1] !== last[1])) {
        ctx.addIssue({
          code: 'custom',
          path: ['rings', i],
          message: 'a ring must end on its first position',
        });
      }
    });
  });

/**
 * A period in which an actor held a military base: who held it, from when to when, and the
 * sources that give those dates. `from` is left out when the holding began before 2011 (the
 * period's note says since when); `to` is left out while the sources say it is still held.
 */
export const basePresenceSchema = z.strictObject({
  /** Id of the actor in actors.json that held the base. */
  heldBy: idSchema,
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
  sources: sourceIdsSchema,
  /** What the dates mean (e.g. "withdrawal began that day"), for users. */
  note: z.string().optional(),
});

export const placeSchema = z.strictObject({
  id: idSchema,
  name: textSchema,
  /** Name in Arabic, as Arabic-language sources write it (every place, in Syria or abroad). */
  nameAr: arabicTextSchema,
  /** Other spellings and former names (e.g. Nur-Sultan for Astana) so that search finds them. */
  aliases: z.array(textSchema),
  /** WGS84 decimal degrees. */
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  kind: z.enum(placeKinds),
  /** ISO 3166-1 alpha-2 code of the country the place lies in. */
  country: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code'),
  /**
   * For a place in Syria, the governorate it lies in (geoBoundaries SYR ADM1 spelling). Optional
   * here because places abroad have none; required for every Syrian point (see pointPlaceKinds).
   */
  governorate: z.enum(syrianGovernorates).optional(),
  /** The outline of the place, for areas such as the de-escalation zones; lat/lon is its label point. */
  area: areaSchema.optional(),
  /** When the place existed as such (e.g. a zone created by an agreement). */
  validFrom: isoDateSchema.optional(),
  validTo: isoDateSchema.optional(),
  /** Id of the meeting in meetings.json whose agreement created the place (e.g. Astana 4). */
  establishedBy: idSchema.optional(),
  /**
   * For a military base, who held it and when (a base changes hands, e.g. after a withdrawal).
   * The map shows a base only in a range that overlaps one of these periods.
   */
  presence: z.array(basePresenceSchema).min(1).optional(),
  sources: sourceIdsSchema,
  note: z.string().optional(),
});

export const placesFileSchema = z.strictObject({ places: z.array(placeSchema) });

export type Place = z.infer<typeof placeSchema>;
export type PlaceKind = (typeof placeKinds)[number];
export type SyrianGovernorate = (typeof syrianGovernorates)[number];
export type BasePresence = z.infer<typeof basePresenceSchema>;
export type Area = z.infer<typeof areaSchema>;
export type PlacesFile = z.infer<typeof placesFileSchema>;
