import type { ArabicPlural, EnglishPlural, Language } from './catalogue';
import { currentLanguage, localeFor, useLanguageStore } from './language';
import { messages, type MessageKey } from './messages';

export type { MessageKey };
export type MessageParams = Record<string, string | number>;

const pluralRules = new Map<Language, Intl.PluralRules>();
const numberFormats = new Map<string, Intl.NumberFormat>();

/** A number in the language's digits (the reader's choice of digits, in Arabic). */
function numberIn(language: Language, value: number): string {
  const locale = localeFor(language);
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale);
    numberFormats.set(locale, format);
  }
  return format.format(value);
}

function pluralForm(language: Language, count: number): string {
  let rules = pluralRules.get(language);
  if (!rules) {
    rules = new Intl.PluralRules(language);
    pluralRules.set(language, rules);
  }
  return rules.select(count);
}

/**
 * Messages already filled in, by locale (language and digits), key and parameters. A range
 * change asks again for the same few hundred ("12 meetings", "3 events" in every actor's row),
 * and a plural rule, a number format and a substitution each time cost more than a look-up.
 * Emptied when it grows large: the messages of a session are a bounded set, but counts are not.
 */
const filled = new Map<string, string>();
const FILLED_MAX = 5_000;

function cacheKey(language: Language, key: MessageKey, params: MessageParams): string {
  let id = `${localeFor(language)}\u0000${key}`;
  for (const name in params) id += `\u0000${name}\u0001${typeof params[name]}\u0001${params[name]}`;
  return id;
}

/** The text of a message in a language, its placeholders filled (numbers in the language's digits). */
export function translate(language: Language, key: MessageKey, params?: MessageParams): string {
  if (!params) return fill(language, key);
  const id = cacheKey(language, key, params);
  let text = filled.get(id);
  if (text === undefined) {
    text = fill(language, key, params);
    if (filled.size >= FILLED_MAX) filled.clear();
    filled.set(id, text);
  }
  return text;
}

function fill(language: Language, key: MessageKey, params?: MessageParams): string {
  const entry = messages[key][language] as string | EnglishPlural | ArabicPlural;
  let text: string;
  if (typeof entry === 'string') {
    text = entry;
  } else {
    const count = params?.count;
    if (typeof count !== 'number') throw new Error(`message ${key} needs a numeric count`);
    text = (entry as unknown as Record<string, string>)[pluralForm(language, count)] ?? entry.other;
  }
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? numberIn(language, value) : value;
  });
}

/** A message in the language shown now. */
export function t(key: MessageKey, params?: MessageParams): string {
  return translate(currentLanguage(), key, params);
}

/**
 * The language shown, for a component: it renders again when the language changes. (The app
 * also mounts its tree afresh on a change, so that remembered values are formatted again.)
 */
export function useLanguage(): Language {
  return useLanguageStore((s) => s.language);
}
