import { z } from 'zod';
import { idSchema, isoDateSchema, sourceIdsSchema, textSchema } from './common';

export const eventCategories = [
  'military',
  'diplomatic',
  'political',
  'humanitarian',
  'statement',
] as const;

export const eventSchema = z.strictObject({
  id: idSchema,
  date: isoDateSchema,
  /** Last day, for an event that lasted more than a day. */
  endDate: isoDateSchema.optional(),
  title: textSchema,
  placeId: idSchema,
  /** Ids of actors in actors.json involved in the event. */
  actors: z.array(idSchema),
  category: z.enum(eventCategories),
  summary: textSchema,
  sources: sourceIdsSchema,
  note: z.string().optional(),
});

export const eventsFileSchema = z.strictObject({ events: z.array(eventSchema) });

export type ConflictEvent = z.infer<typeof eventSchema>;
export type EventCategory = (typeof eventCategories)[number];
export type EventsFile = z.infer<typeof eventsFileSchema>;
