import { afterEach, describe, expect, it } from 'vitest';
import { useLanguageStore } from '@/i18n/language';
import { describeView } from './saved-views';

afterEach(() => {
  useLanguageStore.setState({ language: 'en', digits: 'arab' });
});

describe('describing a view in Arabic', () => {
  const names = { actor: (i: string) => (i === 'turkey' ? 'تركيا' : undefined) };
  it('says its range and its selections in Arabic', () => {
    useLanguageStore.setState({ language: 'ar', digits: 'arab' });
    expect(describeView('?from=2018-09-01&to=2018-12-31&actor=turkey', names)).toBe(
      '١ أيلول ٢٠١٨ – ٣١ كانون الأول ٢٠١٨ · تركيا',
    );
    expect(describeView('?from=2018-09-01', names)).toBe('ابتداءً من ١ أيلول ٢٠١٨');
    expect(describeView('?to=2018-12-31', names)).toBe('حتى ٣١ كانون الأول ٢٠١٨');
    expect(describeView('', names)).toBe('كامل الفترة المسجّلة');
  });
});
