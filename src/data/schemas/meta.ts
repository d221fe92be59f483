import { z } from 'zod';
import { httpUrlSchema, idSchema, isoDateSchema, textSchema } from './common';

export const sourceKinds = [
  'official-document',
  'official-statement',
  'news',
  'report',
  'dataset',
  'gazetteer',
] as const;

/** One entry of the source catalogue that every record cites by id. */
export const sourceSchema = z.strictObject({
  id: idSchema,
  publisher: textSchema,
  title: textSchema,
  /**
   * Where the title was read when not from the page itself: `url`, the headline as the page's
   * address spells it (the page could not be read); `url-truncated`, the same, cut short there.
   * `described`: the page did not show its headline, and the title describes the page.
   * Shown beside the title, in the interface's language.
   */
  titleFrom: z.enum(['url', 'url-truncated', 'described']).optional(),
  url: httpUrlSchema,
  /** Publication date of the source (or of the version consulted, for datasets). */
  date: isoDateSchema,
  kind: z.enum(sourceKinds),
  /** Language of the source when it is not English (BCP 47, e.g. "ar", "ru"). */
  language: z.string().optional(),
});

export const metaSchema = z.strictObject({
  title: textSchema,
  /** Version of the dataset, e.g. "2026.11.23"; printed on every export. */
  datasetVersion: textSchema,
  /** The latest date the dataset is meant to describe. */
  asOf: isoDateSchema,
  licence: z.strictObject({ name: textSchema, url: httpUrlSchema }),
  description: textSchema,
  sources: z.array(sourceSchema).min(1),
});

export type Source = z.infer<typeof sourceSchema>;
export type SourceKind = (typeof sourceKinds)[number];
export type Meta = z.infer<typeof metaSchema>;
