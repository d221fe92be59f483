import { z } from 'zod';
import { arabicTextSchema, idSchema, isoDateSchema, sourceIdsSchema, textSchema } from './common';

export const actorKinds = [
  'state',
  'armed-group',
  'political-body',
  'international-organisation',
  'person',
] as const;

/**
 * Where an actor stood in one period of the war. The camps are the government in Damascus (the
 * Assad government until 8 December 2024, the transitional authorities after it), the Syrian
 * opposition, the Kurdish-led forces and the jihadists; a state that arms, funds or fights for a
 * camp without being part of it "backs" it (Russia backs the Assad government, Turkey and Qatar
 * backed the opposition and back the transitional authorities).
 */
export const alignments = [
  'assad-government',
  'backs-assad-government',
  'opposition',
  'backs-opposition',
  'kurdish-led',
  'jihadist',
  'transitional-authorities',
  'backs-transitional-authorities',
  'western',
  'mediator',
  'other',
] as const;

export const relationTypes = [
  'ally',
  'adversary',
  'sponsor',
  'guarantor',
  'member-of',
  'leader-of',
  'mediator',
  'successor-of',
] as const;

export const relationSchema = z.strictObject({
  type: z.enum(relationTypes),
  /** Id of the other actor. */
  target: idSchema,
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
  note: z.string().optional(),
});

/**
 * One period of an actor's part in the war: its alignment and role from `from` to `to` (open ends
 * omitted). An actor's periods follow each other in date order without overlapping.
 */
export const actorPeriodSchema = z.strictObject({
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
  alignment: z.enum(alignments),
  /** One line on the actor's part in the conflict or the talks in this period. */
  role: textSchema,
  /** Sources for the change that opens this period, when they differ from the actor's. */
  sources: z.array(idSchema).optional(),
});

export const actorSchema = z
  .strictObject({
    id: idSchema,
    name: textSchema,
    /** Name in Arabic, as Arabic-language sources (Arabic Wikipedia, UN Arabic documents) write it. */
    nameAr: arabicTextSchema,
    /** Other names, spellings and former names (al-Nusra → Hay'at Tahrir al-Sham). */
    aliases: z.array(textSchema),
    kind: z.enum(actorKinds),
    /**
     * Alignment and role over time, oldest first: one period when they never changed (Russia),
     * several when they did (Hay'at Tahrir al-Sham: jihadist, then the transitional authorities).
     */
    periods: z.array(actorPeriodSchema).min(1, 'an actor needs at least one period'),
    description: textSchema,
    /** Period in which the actor existed or held the role described; open ends are omitted. */
    activeFrom: isoDateSchema.optional(),
    activeTo: isoDateSchema.optional(),
    relations: z.array(relationSchema),
    sources: sourceIdsSchema,
    note: z.string().optional(),
  })
  .superRefine((actor, ctx) => {
    actor.periods.forEach((period, index) => {
      if (period.from && period.to && period.to < period.from)
        ctx.addIssue({
          code: 'custom',
          path: ['periods', index, 'to'],
          message: `ends (${period.to}) before it begins (${period.from})`,
        });
      if (index === 0) return;
      const before = actor.periods[index - 1];
      if (!period.from || !before?.to) {
        ctx.addIssue({
          code: 'custom',
          path: ['periods', index, 'from'],
          message: 'a later period needs its start, and the period before it its end',
        });
      } else if (period.from < before.to) {
        ctx.addIssue({
          code: 'custom',
          path: ['periods', index, 'from'],
          message: `begins (${period.from}) before the period before it ends (${before.to})`,
        });
      }
    });
  });

export const actorsFileSchema = z.strictObject({ actors: z.array(actorSchema) });

export type Actor = z.infer<typeof actorSchema>;
export type ActorKind = (typeof actorKinds)[number];
export type Alignment = (typeof alignments)[number];
export type ActorPeriod = z.infer<typeof actorPeriodSchema>;
export type Relation = z.infer<typeof relationSchema>;
export type RelationType = (typeof relationTypes)[number];
export type ActorsFile = z.infer<typeof actorsFileSchema>;
