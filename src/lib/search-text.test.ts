import { describe, expect, it } from 'vitest';
import { matchesAllTerms, normalizeForSearch, searchTerms, searchableText } from './search-text';

describe('normalizeForSearch', () => {
  it('folds case and Latin diacritics, including Turkish letters', () => {
    expect(normalizeForSearch('Recep Tayyip ERDOĞAN')).toBe('recep tayyip erdogan');
    expect(normalizeForSearch('Mevlüt Çavuşoğlu')).toBe('mevlut cavusoglu');
    expect(normalizeForSearch('MİT')).toBe('mit');
    expect(normalizeForSearch('Hakan Fıdan')).toBe('hakan fidan');
    expect(normalizeForSearch('Ḥamāh, Genève')).toBe('hamah geneve');
  });
  it('ignores apostrophes, ʿayn and hamza signs, hyphens and punctuation', () => {
    expect(normalizeForSearch("Hay'at Tahrir al-Sham")).toBe('hayat tahrir al sham');
    expect(normalizeForSearch('Hay’at')).toBe('hayat');
    expect(normalizeForSearch('Darʿa')).toBe('dara');
    expect(normalizeForSearch('Nur-Sultan')).toBe('nur sultan');
    expect(normalizeForSearch('Astana-11 (2018)')).toBe('astana 11 2018');
  });
  it('folds Arabic vowel marks, hamza forms, taa marbuta, alif maqsura and tatweel', () => {
    expect(normalizeForSearch('هَيْئَة تَحْرِير الشَّام')).toBe(normalizeForSearch('هيئه تحرير الشام'));
    expect(normalizeForSearch('إدلب')).toBe('ادلب');
    expect(normalizeForSearch('أستانا آمنة ٱلله')).toBe('استانا امنه الله');
    expect(normalizeForSearch('مصطفى')).toBe('مصطفي');
    expect(normalizeForSearch('مؤتمر هيئة')).toBe('موتمر هييه');
    expect(normalizeForSearch('حمـــص')).toBe('حمص');
    expect(normalizeForSearch('روسيا، تركيا')).toBe('روسيا تركيا');
  });
});

describe('word-prefix matching', () => {
  const hts = searchableText([
    "Hay'at Tahrir al-Sham",
    'HTS',
    'Jabhat al-Nusra',
    'هيئة تحرير الشام',
  ]);
  const ohchr = searchableText(['Office of the UN High Commissioner for Human Rights', 'OHCHR']);
  const find = (text: string, query: string) => matchesAllTerms(text, searchTerms(query));

  it('needs every word of the query, in any order', () => {
    expect(find(hts, 'nusra jabhat')).toBe(true);
    expect(find(hts, 'هيئة تحرير')).toBe(true);
    expect(find(hts, 'nusra front')).toBe(false);
  });
  it('matches the beginning of a word, never the inside', () => {
    expect(find(hts, 'HTS')).toBe(true);
    expect(find(ohchr, 'HTS')).toBe(false);
    expect(find(hts, 'tahr')).toBe(true);
    expect(find(hts, 'ahrir')).toBe(false);
    expect(find(ohchr, 'commiss')).toBe(true);
  });
  it('folds the query and the names alike', () => {
    expect(find(hts, 'hay’at')).toBe(true);
    expect(find(hts, 'هيئه')).toBe(true);
    expect(find(searchableText(['إدلب']), 'ادلب')).toBe(true);
    expect(find(searchableText(['Idlib', 'إدلب']), 'إدل')).toBe(true);
  });
  it('finds an Arabic word with the article by the word alone', () => {
    expect(find(hts, 'شام')).toBe(true);
    expect(find(hts, 'الشام')).toBe(true);
    expect(find(hts, 'حرير')).toBe(false);
  });
  it('treats a blank query as no terms, which every text matches', () => {
    expect(searchTerms('   ')).toEqual([]);
    expect(find(hts, ' ')).toBe(true);
  });
});
