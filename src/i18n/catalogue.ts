/**
 * The shape of the interface's message catalogue: every string the interface shows, in English
 * and in Arabic side by side, so that a missing translation is a type error where the string is
 * declared. A message may hold `{name}` placeholders, filled by `t()` (numbers are formatted for
 * the language). A message that depends on a count gives each plural form of the language:
 * English `one`/`other`, Arabic the six forms of CLDR (`zero`, `one`, `two`, `few`, `many`,
 * `other`), chosen with `Intl.PluralRules`.
 */

export const languages = ['en', 'ar'] as const;
export type Language = (typeof languages)[number];

export interface EnglishPlural {
  one: string;
  other: string;
}

export interface ArabicPlural {
  zero: string;
  one: string;
  two: string;
  few: string;
  many: string;
  other: string;
}

export type Message = { en: string; ar: string } | { en: EnglishPlural; ar: ArabicPlural };

/** Declares a feature's messages (keys prefixed with the feature: `map.…`), checking each. */
export function defineMessages<const T extends Record<string, Message>>(messages: T): T {
  return messages;
}
