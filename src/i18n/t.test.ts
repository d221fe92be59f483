import { afterEach, describe, expect, it } from 'vitest';
import { formatDate, formatNumber, formatRangeInWords, formatYear } from '@/lib/format';
import {
  connectLanguage,
  languageOfSearch,
  searchWithLanguage,
  useLanguageStore,
} from './language';
import { t, translate } from './t';

afterEach(() => {
  useLanguageStore.setState({ language: 'en', digits: 'arab' });
  localStorage.clear();
});

describe('t', () => {
  it('gives the text of the language shown, its numbers in that language', () => {
    expect(t('common.since', { date: '1 Jan 2020' })).toBe('since 1 Jan 2020');
    useLanguageStore.setState({ language: 'ar' });
    expect(t('common.since', { date: formatDate('2020-01-01') })).toBe('منذ ١ كانون الثاني ٢٠٢٠');
  });

  it('fills a message asked for again in the digits and language chosen since', () => {
    useLanguageStore.setState({ language: 'ar', digits: 'arab' });
    const arab = t('actors.meetingCount', { count: 12 });
    expect(arab).toContain('١٢');
    useLanguageStore.setState({ language: 'ar', digits: 'latn' });
    expect(t('actors.meetingCount', { count: 12 })).toBe(arab.replace('١٢', '12'));
    useLanguageStore.setState({ language: 'en' });
    expect(t('actors.meetingCount', { count: 12 })).toBe('12 meetings');
    expect(t('actors.meetingCount', { count: 1 })).toBe('1 meeting');
    // A number is written in the language's digits, the same figure given as text is not.
    useLanguageStore.setState({ language: 'ar', digits: 'arab' });
    expect(t('common.since', { date: 7 })).toBe('منذ ٧');
    expect(t('common.since', { date: '7' })).toBe('منذ 7');
    expect(t('common.since', { date: 7 })).toBe('منذ ٧');
  });

  it('formats dates and numbers with the digits chosen', () => {
    useLanguageStore.setState({ language: 'ar', digits: 'arab' });
    expect(formatNumber(350209)).toBe('٣٥٠٬٢٠٩');
    expect(formatYear(2018)).toBe('٢٠١٨');
    useLanguageStore.setState({ language: 'ar', digits: 'latn' });
    expect(formatNumber(350209)).toBe('350,209');
    expect(formatDate('2018-02-03')).toBe('3 شباط 2018');
    useLanguageStore.setState({ language: 'en' });
    expect(formatNumber(350209)).toBe('350,209');
    expect(formatYear(2018)).toBe('2018');
    expect(formatDate('2018-02-03')).toBe('3 Feb 2018');
  });

  it('says a range in a sentence of the language', () => {
    const range = { from: '2019-01-01', to: '2019-12-31' };
    expect(formatRangeInWords(range)).toBe('between 1 Jan 2019 and 31 Dec 2019');
    useLanguageStore.setState({ language: 'ar' });
    expect(formatRangeInWords(range)).toBe('بين ١ كانون الثاني ٢٠١٩ و٣١ كانون الأول ٢٠١٩');
  });

  it('picks the plural form of the language for a count', () => {
    expect(
      [0, 1, 2, 5, 11, 100, 102].map((count) => translate('ar', 'common.days', { count })),
    ).toEqual(['لا أيام', 'يوم واحد', 'يومان', '٥ أيام', '١١ يوماً', '١٠٠ يوم', '١٠٢ يوم']);
    expect([1, 2].map((count) => translate('en', 'common.days', { count }))).toEqual([
      '1 day',
      '2 days',
    ]);
  });
});

describe('the language in the link and on this device', () => {
  it('reads and writes lang', () => {
    expect(languageOfSearch('?from=2019-01-01&lang=ar')).toBe('ar');
    expect(languageOfSearch('?lang=fr')).toBeNull();
    expect(searchWithLanguage('?from=2019-01-01', 'ar')).toBe('?from=2019-01-01&lang=ar');
    expect(searchWithLanguage('?lang=ar&from=2019-01-01', 'en')).toBe('?from=2019-01-01');
  });

  it('puts <html lang dir> and the link in step with the language, and remembers a choice', () => {
    window.history.replaceState(null, '', '/?from=2019-01-01');
    const disconnect = connectLanguage(window);
    expect(document.documentElement.lang).toBe('en');
    expect(document.documentElement.dir).toBe('ltr');
    useLanguageStore.getState().chooseLanguage('ar');
    expect(document.documentElement.lang).toBe('ar');
    expect(document.documentElement.dir).toBe('rtl');
    expect(window.location.search).toBe('?from=2019-01-01&lang=ar');
    expect(localStorage.getItem('syria-dashboard-language')).toBe('ar');
    useLanguageStore.getState().chooseLanguage('en');
    expect(window.location.search).toBe('?from=2019-01-01');
    expect(document.documentElement.dir).toBe('ltr');
    disconnect();
  });
});
