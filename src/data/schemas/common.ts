import { z } from 'zod';
import { isRealCalendarDate } from '../../lib/dates';

// Zod compiles its object checks with `new Function` where it can. The app's
// Content-Security-Policy forbids that (no 'unsafe-eval'), so in a page zod would only probe,
// be refused, and set off a CSP violation report at every load: it is told not to try. Every
// schema module imports this one first, so this runs before any schema is built. (Node, where
// `npm run validate:data` and the benchmark's generator check files, keeps the compiled checks.)
if (typeof document !== 'undefined') z.config({ jitless: true });

/** A calendar date in ISO 8601 form (YYYY-MM-DD) that exists on the calendar. */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date in the form YYYY-MM-DD', abort: true })
  .refine(isRealCalendarDate, 'is not a real calendar date');

/** Lower-case kebab-case identifier, unique within its file. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case kebab-case (a-z, 0-9, -)');

/** Ids of entries in meta.json's source catalogue; every record cites at least one. */
export const sourceIdsSchema = z.array(idSchema).min(1, 'must cite at least one source');

/** Only http(s) links are accepted from the data, so no `javascript:` URL can reach a link. */
export const httpUrlSchema = z
  .string()
  .refine((value) => /^https?:\/\/[^\s]+$/i.test(value), 'must be an http(s) URL');

/** Free text that must say something. */
export const textSchema = z.string().trim().min(1, 'must not be empty');

/** A name or title in Arabic script (letters other than Arabic, such as digits, may join it). */
export const arabicTextSchema = textSchema.regex(/\p{Script=Arabic}/u, 'must be written in Arabic');
