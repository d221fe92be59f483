import { afterEach, describe, expect, it } from 'vitest';
import { useLanguageStore } from '@/i18n/language';
import { buildProcessPresets, buildRangePresets } from './presets';
import { parseUrlState, urlProblemInLanguageShown } from './url-state';
import type { Meeting } from '@/data/schemas/meetings';

// What the stores say, in Arabic: the notice of a link's problems and the range presets.

afterEach(() => useLanguageStore.setState({ language: 'en', digits: 'arab' }));

describe("a link's problems in Arabic", () => {
  it('words a problem in the language shown when the link is read', () => {
    useLanguageStore.setState({ language: 'ar' });
    const { problems } = parseUrlState('?from=2019-13-45&deaths=weekly');
    expect(problems).toHaveLength(2);
    expect(problems[0]).toBe(
      'قيمة «from» في الرابط («2019-13-45») ليست تاريخاً موجوداً في التقويم؛ يُستخدم بدلاً منها تاريخ أول سجل مؤرَّخ.',
    );
    expect(problems[1]).toContain('annual، cumulative');
  });

  it('says a problem again in the language the reader changed to', () => {
    const [problem] = parseUrlState('?from=2022-01-01&to=2020-01-01').problems;
    expect(problem).toBe(
      "The link's range ends (1 Jan 2020) before it starts (1 Jan 2022); showing the default range.",
    );
    useLanguageStore.setState({ language: 'ar' });
    expect(urlProblemInLanguageShown(problem!)).toBe(
      'ينتهي النطاق الزمني في الرابط (١ كانون الثاني ٢٠٢٠) قبل أن يبدأ (١ كانون الثاني ٢٠٢٢)؛ يُعرض النطاق الافتراضي.',
    );
    useLanguageStore.setState({ language: 'en' });
    expect(urlProblemInLanguageShown(problem!)).toBe(problem);
  });

  it('leaves a text it did not word as it is', () => {
    expect(urlProblemInLanguageShown('something else')).toBe('something else');
  });
});

describe('range presets in Arabic', () => {
  const defaults = { from: '2011-03-15', to: '2026-11-23' };

  it('names and explains the presets in Arabic, dates and numbers in the digits chosen', () => {
    useLanguageStore.setState({ language: 'ar' });
    const presets = buildRangePresets(defaults, '2025-06-30');
    const byId = Object.fromEntries(presets.map((p) => [p.id, p]));
    expect(byId['whole-conflict']?.label).toBe('النزاع كاملاً');
    expect(byId['whole-conflict']?.description).toBe('منذ الاحتجاجات الأولى في ١٥ آذار ٢٠١١');
    expect(byId['last-12-months-of-data']?.label).toBe('آخر ١٢ شهراً من البيانات');
  });

  it('numbers the Geneva rounds in digits in Arabic, in Roman numerals in English', () => {
    const meeting = (id: string, round: number, start: string) =>
      ({
        id,
        track: 'geneva',
        kind: 'round',
        round,
        start,
        end: start,
        status: 'held',
      }) as Meeting;
    const meetings = [meeting('g4', 4, '2017-02-23'), meeting('g8', 8, '2017-11-28')];
    expect(buildProcessPresets(meetings)[0]?.label).toBe('Geneva IV–VIII');
    useLanguageStore.setState({ language: 'ar' });
    expect(buildProcessPresets(meetings)[0]?.label).toBe('جنيف ٤–٨');
  });
});
