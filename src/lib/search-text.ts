/**
 * The one way the dashboard searches text, in English, other Latin-script languages, Cyrillic
 * and Arabic: a query finds a record when every word of the query begins a word of one of its
 * names ("nusra jabhat" finds Jabhat al-Nusra; "HTS" finds HTS but not "Rights").
 *
 * Both sides are folded first: case, diacritics (Erdoğan = Erdogan, Ḥamāh = Hamah), Arabic vowel
 * marks and letter variants (أ/إ/آ/ٱ = ا, ة = ه, ى = ي, ؤ = و, ئ = ي), tatweel, apostrophes and
 * ʿayn/hamza signs (Hay'at = Hayat), hyphens and punctuation (al-Nusra = al Nusra).
 */
export function normalizeForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ı/g, 'i')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ة/g, 'ه')
    .replace(/ى/g, 'ي')
    .replace(/ؤ/g, 'و')
    .replace(/ئ/g, 'ي')
    .replace(/ـ/g, '')
    .replace(/['’‘`ʿʾʼ]/g, '')
    .replace(/[-‐‑–—_/.,;:()!?"“”«»،؛؟·|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The query's words, folded; empty for a blank query. */
export function searchTerms(query: string): string[] {
  const normalized = normalizeForSearch(query);
  return normalized === '' ? [] : normalized.split(' ');
}

/** The Arabic definite article, written joined to its word (الشام). */
const ARABIC_ARTICLE = /^ال(?=\S{2})/;

/**
 * The words a record is found by, from all its names, folded, as one string to match against
 * with matchesAllTerms. An Arabic word with the article is also found without it (الشام by شام),
 * as "al-Sham" is found by "Sham".
 */
export function searchableText(names: readonly string[]): string {
  return searchableWords(names.map(normalizeForSearch));
}

/** searchableText of names already folded with normalizeForSearch (each folded once). */
export function searchableWords(foldedNames: readonly string[]): string {
  const words = foldedNames
    .join(' ')
    .split(' ')
    .filter((w) => w !== '');
  const extra = words.flatMap((w) =>
    ARABIC_ARTICLE.test(w) ? [w.replace(ARABIC_ARTICLE, '')] : [],
  );
  return ` ${[...words, ...extra].join(' ')}`;
}

/** Whether every term begins a word of the text (made by searchableText); no terms match all. */
export function matchesAllTerms(text: string, terms: readonly string[]): boolean {
  return terms.every((term) => text.includes(` ${term}`));
}
