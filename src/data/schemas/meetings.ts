import { z } from 'zod';
import { arabicTextSchema, idSchema, isoDateSchema, sourceIdsSchema, textSchema } from './common';

export const tracks = [
  'astana',
  'geneva',
  'constitutional-committee',
  'sochi-russia-turkey',
  'unsc',
  'other',
] as const;

export const meetingStatuses = ['held', 'postponed', 'cancelled', 'scheduled'] as const;

/** What kind of item on a track this is: a round of talks, a summit, a signed agreement, a vote. */
export const meetingKinds = [
  'round',
  'session',
  'summit',
  'ministerial',
  'conference',
  'agreement',
  'resolution',
  'briefing',
] as const;

export const resolutionSchema = z.strictObject({
  /** Security Council resolution number, e.g. 2254. */
  number: z.number().int().positive(),
  votesFor: z.number().int().min(0).max(15),
  votesAgainst: z.number().int().min(0).max(15),
  abstentions: z.number().int().min(0).max(15),
});

export const meetingSchema = z.strictObject({
  id: idSchema,
  track: z.enum(tracks),
  kind: z.enum(meetingKinds),
  /** Round or session number within the track, when the track numbers them. */
  round: z.number().int().positive().nullable(),
  title: textSchema,
  /** The title in Arabic, so that the search finds the meeting in Arabic too. */
  titleAr: arabicTextSchema,
  start: isoDateSchema,
  /** Equal to start for a one-day meeting. */
  end: isoDateSchema,
  /** Id of the place in places.json where it was held (or planned). */
  placeId: idSchema,
  status: z.enum(meetingStatuses),
  /** Ids of actors in actors.json that took part. */
  participants: z.array(idSchema),
  outcome: textSchema,
  resolution: resolutionSchema.optional(),
  sources: sourceIdsSchema,
  /** Disagreements between sources, caveats. */
  note: z.string().optional(),
});

export const meetingsFileSchema = z.strictObject({ meetings: z.array(meetingSchema) });

export type Meeting = z.infer<typeof meetingSchema>;
export type Track = (typeof tracks)[number];
export type MeetingStatus = (typeof meetingStatuses)[number];
export type MeetingsFile = z.infer<typeof meetingsFileSchema>;
