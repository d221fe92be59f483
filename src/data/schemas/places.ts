import { z } from 'zod';
import { idSchema, sourceIdsSchema, textSchema } from './common';

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
] as const;

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
  sources: sourceIdsSchema,
  note: z.string().optional(),
});

export const placesFileSchema = z.strictObject({ places: z.array(placeSchema) });

export type Place = z.infer<typeof placeSchema>;
export type PlaceKind = (typeof placeKinds)[number];
export type PlacesFile = z.infer<typeof placesFileSchema>;
