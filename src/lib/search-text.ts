/**
 * Text normalisation for search in English, other Latin-script languages and Arabic: case,
 * diacritics (Erdoğan = Erdogan, Ḥamāh = Hamah), Arabic vowel marks and letter variants
 * (أ/إ/آ = ا, ة = ه, ى = ي), tatweel, apostrophes and hyphens (Hay'at = Hayat, al-Nusra = al Nusra).
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
    .replace(/['’‘`ʿʾ]/g, '')
    .replace(/[-‐‑–—_/.,;:()]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The query's words, normalised; empty for a blank query. */
export function searchTerms(query: string): string[] {
  const normalized = normalizeForSearch(query);
  return normalized === '' ? [] : normalized.split(' ');
}

/** Whether every term occurs in the (already normalised) haystack. */
export function matchesAllTerms(haystack: string, terms: readonly string[]): boolean {
  return terms.every((term) => haystack.includes(term));
}
