import { describe, expect, it } from 'vitest';
import { matchesAllTerms, normalizeForSearch, searchTerms } from './search-text';

describe('normalizeForSearch', () => {
  it('folds case and Latin diacritics, including Turkish letters', () => {
    expect(normalizeForSearch('Recep Tayyip ERDOĞAN')).toBe('recep tayyip erdogan');
    expect(normalizeForSearch('Mevlüt Çavuşoğlu')).toBe('mevlut cavusoglu');
    expect(normalizeForSearch('MİT')).toBe('mit');
    expect(normalizeForSearch('Hakan Fıdan')).toBe('hakan fidan');
  });
  it('ignores apostrophes, hyphens and punctuation', () => {
    expect(normalizeForSearch("Hay'at Tahrir al-Sham")).toBe('hayat tahrir al sham');
    expect(normalizeForSearch('Hay’at')).toBe('hayat');
    expect(normalizeForSearch('Nur-Sultan')).toBe('nur sultan');
  });
  it('folds Arabic vowel marks, hamza forms, taa marbuta and alif maqsura', () => {
    expect(normalizeForSearch('هَيْئَة تَحْرِير الشَّام')).toBe(normalizeForSearch('هيئه تحرير الشام'));
    expect(normalizeForSearch('إدلب')).toBe('ادلب');
    expect(normalizeForSearch('مصطفى')).toBe('مصطفي');
    expect(normalizeForSearch('حمـــص')).toBe('حمص');
  });
});

describe('matching', () => {
  it('needs every word of the query, in any order', () => {
    const haystack = normalizeForSearch(
      'Hayat Tahrir al-Sham | Jabhat al-Nusra | هيئة تحرير الشام',
    );
    expect(matchesAllTerms(haystack, searchTerms('nusra jabhat'))).toBe(true);
    expect(matchesAllTerms(haystack, searchTerms('هيئة تحرير'))).toBe(true);
    expect(matchesAllTerms(haystack, searchTerms('nusra front'))).toBe(false);
  });
  it('treats a blank query as no terms', () => {
    expect(searchTerms('   ')).toEqual([]);
  });
});
