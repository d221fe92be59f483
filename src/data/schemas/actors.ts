import { z } from 'zod';
import { arabicTextSchema, idSchema, isoDateSchema, sourceIdsSchema, textSchema } from './common';

export const actorKinds = [
  'state',
  'armed-group',
  'political-body',
  'international-organisation',
  'person',
] as const;

/** How an actor lined up in the war (before December 2024 unless its note says otherwise). */
export const alignments = [
  'syrian-government',
  'pro-government',
  'opposition',
  'kurdish-led',
  'jihadist',
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

export const actorSchema = z.strictObject({
  id: idSchema,
  name: textSchema,
  /** Name in Arabic, as Arabic-language sources (Arabic Wikipedia, UN Arabic documents) write it. */
  nameAr: arabicTextSchema,
  /** Other names, spellings and former names (al-Nusra → Hay'at Tahrir al-Sham). */
  aliases: z.array(textSchema),
  kind: z.enum(actorKinds),
  alignment: z.enum(alignments),
  /** One line on the actor's part in the conflict or the talks. */
  role: textSchema,
  description: textSchema,
  /** Period in which the actor existed or held the role described; open ends are omitted. */
  activeFrom: isoDateSchema.optional(),
  activeTo: isoDateSchema.optional(),
  relations: z.array(relationSchema),
  sources: sourceIdsSchema,
  note: z.string().optional(),
});

export const actorsFileSchema = z.strictObject({ actors: z.array(actorSchema) });

export type Actor = z.infer<typeof actorSchema>;
export type ActorKind = (typeof actorKinds)[number];
export type Alignment = (typeof alignments)[number];
export type Relation = z.infer<typeof relationSchema>;
export type RelationType = (typeof relationTypes)[number];
export type ActorsFile = z.infer<typeof actorsFileSchema>;
