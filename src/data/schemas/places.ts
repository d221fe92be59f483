import { z } from 'zod';
import { idSchema, isoDateSchema, sourceIdsSchema, textSchema } from './common';

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

export const placeSchema = z.strictObject({
  id: idSchema,
  name: textSchema,
  /** Name in Arabic script, when the place is in the Arab world. */
  nameAr: z.string().optional(),
  /** Other spellings and former names (e.g. Nur-Sultan for Astana) so that search finds them. */
  aliases: z.array(textSchema),
  /** WGS84 decimal degrees. */
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  kind: z.enum(placeKinds),
  /** ISO 3166-1 alpha-2 code of the country the place lies in. */
  country: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code'),
  /** The outline of the place, for areas such as the de-escalation zones; lat/lon is its label point. */
  area: areaSchema.optional(),
  /** When the place existed as such (e.g. a zone created by an agreement). */
  validFrom: isoDateSchema.optional(),
  validTo: isoDateSchema.optional(),
  /** Id of the meeting in meetings.json whose agreement created the place (e.g. Astana 4). */
  establishedBy: idSchema.optional(),
  sources: sourceIdsSchema,
  note: z.string().optional(),
});

export const placesFileSchema = z.strictObject({ places: z.array(placeSchema) });

export type Place = z.infer<typeof placeSchema>;
export type PlaceKind = (typeof placeKinds)[number];
export type Area = z.infer<typeof areaSchema>;
export type PlacesFile = z.infer<typeof placesFileSchema>;
