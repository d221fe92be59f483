import { afterEach, describe, expect, it } from 'vitest';
import { nameOf, titleOf } from './data-names';
import { useLanguageStore } from './language';

afterEach(() => useLanguageStore.setState({ language: 'en', digits: 'arab' }));

const round = {
  title: 'Astana talks, round 11 (Astana 11)',
  titleAr: 'محادثات أستانا، الجولة 11 (أستانا 11)',
};

describe('the names of the data', () => {
  it('are the English ones in English, digits and all', () => {
    expect(titleOf(round)).toBe('Astana talks, round 11 (Astana 11)');
    expect(nameOf({ name: 'Resolution 2254', nameAr: 'القرار 2254' })).toBe('Resolution 2254');
  });

  it('are the Arabic ones in Arabic, in the digits the reader chose', () => {
    useLanguageStore.setState({ language: 'ar', digits: 'arab' });
    expect(titleOf(round)).toBe('محادثات أستانا، الجولة ١١ (أستانا ١١)');
    expect(nameOf({ name: 'Resolution 2254', nameAr: 'القرار 2254' })).toBe('القرار ٢٢٥٤');
    useLanguageStore.setState({ language: 'ar', digits: 'latn' });
    expect(titleOf(round)).toBe('محادثات أستانا، الجولة 11 (أستانا 11)');
  });
});
