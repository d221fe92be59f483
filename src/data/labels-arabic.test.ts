import { afterEach, describe, expect, it } from 'vitest';
import { useLanguageStore } from '@/i18n/language';
import {
  governorateLabels,
  meetingShortLabel,
  numberedRoundName,
  statusLabels,
  trackLabels,
} from './labels';

// The dataset's vocabulary follows the language shown, read where it is used.

afterEach(() => useLanguageStore.setState({ language: 'en', digits: 'arab' }));

const meeting = (
  track: string,
  title: string,
  round: number | null,
  resolution?: number,
  titleAr = 'عنوان الاجتماع',
) =>
  ({
    track,
    title,
    titleAr,
    round,
    resolution: resolution === undefined ? undefined : { number: resolution },
  }) as Parameters<typeof meetingShortLabel>[0];

describe('labels in Arabic', () => {
  it('reads a label in the language shown when it is used, not when the table was made', () => {
    expect(trackLabels.astana).toBe('Astana format');
    useLanguageStore.setState({ language: 'ar' });
    expect(trackLabels.astana).toBe('مسار أستانا');
    expect(statusLabels.held).toBe('عُقد');
    expect(governorateLabels.Idleb).toBe('إدلب');
    expect(Object.keys(trackLabels)).toEqual([
      'astana',
      'geneva',
      'constitutional-committee',
      'sochi-russia-turkey',
      'unsc',
      'other',
    ]);
    expect(Object.values(governorateLabels)).toContain('ريف دمشق');
  });

  it('keeps the English names of the governorates as the data spells them', () => {
    expect(governorateLabels["Dar'a"]).toBe("Dar'a");
    expect(governorateLabels['Rural Damascus']).toBe('Rural Damascus');
  });

  it('names rounds in Arabic, numbered in the digits chosen', () => {
    useLanguageStore.setState({ language: 'ar', digits: 'arab' });
    expect(meetingShortLabel(meeting('astana', 'Astana talks, eleventh round', 11))).toBe(
      'أستانا ١١',
    );
    expect(meetingShortLabel(meeting('geneva', 'Geneva IV: fourth round of talks', 4))).toBe(
      'جنيف ٤',
    );
    expect(
      meetingShortLabel(meeting('geneva', 'Intra-Syrian talks, Geneva: second round', 2)),
    ).toBe('محادثات جنيف، الجولة ٢');
    expect(meetingShortLabel(meeting('unsc', 'Security Council resolution 2254', null, 2254))).toBe(
      'القرار ٢٢٥٤',
    );
    expect(numberedRoundName({ track: 'constitutional-committee', round: 3 })).toBe(
      'اللجنة الدستورية، الدورة ٣',
    );
    useLanguageStore.setState({ digits: 'latn' });
    expect(meetingShortLabel(meeting('astana', 'Astana talks, eleventh round', 11))).toBe(
      'أستانا 11',
    );
  });

  it('reads a Geneva round without a number from its Roman numeral', () => {
    useLanguageStore.setState({ language: 'ar' });
    expect(meetingShortLabel(meeting('geneva', 'Geneva VIII: eighth round', null))).toBe('جنيف ٨');
  });

  it("falls back to the meeting's Arabic title", () => {
    useLanguageStore.setState({ language: 'ar' });
    expect(meetingShortLabel(meeting('other', 'Istanbul summit on Syria', null))).toBe(
      'عنوان الاجتماع',
    );
  });
});
