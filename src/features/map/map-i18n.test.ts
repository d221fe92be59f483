import { afterEach, describe, expect, it } from 'vitest';
import { useLanguageStore } from '@/i18n/language';
import { ownCountLabel } from './export-map';
import { classLabels } from './governorates';
import { mapLegendFor, mapLegendItems } from './map-legend';
import { COUNTRY_LABELS } from './map-style';
import { TYPE_NOT_STATED } from '@/data/own-events';
import { ownLegendItems, ownSizeNote } from './own-event-legend';
import { countedEvents, formatShare, governorateClassLabels } from './use-governorates';

// The map's text is read when it is drawn: the same lists and functions say it in the language
// shown then.

afterEach(() => {
  useLanguageStore.setState({ language: 'en', digits: 'arab' });
});

const arabic = (digits: 'arab' | 'latn' = 'arab') =>
  useLanguageStore.setState({ language: 'ar', digits });

describe('the map in Arabic', () => {
  it('writes shares with one decimal in the digits chosen', () => {
    expect(formatShare(0.1234)).toBe('12.3%');
    expect(formatShare(0.5)).toBe('50.0%');
    arabic();
    expect(formatShare(0.1234)).toMatch(/^١٢٫٣٪/);
    arabic('latn');
    expect(formatShare(0.1234)).toMatch(/^12[.٫]3/);
  });

  it('counts the shaded classes in Arabic grammar', () => {
    expect(governorateClassLabels([1, 3, 40], 'dataset')).toEqual([
      'no events in range',
      '1 event',
      '2–3 events',
      '4–40 events',
    ]);
    arabic();
    expect(governorateClassLabels([1, 3, 40], 'dataset')).toEqual([
      'لا أحداث في الفترة',
      'حدث واحد',
      '٢–٣ أحداث',
      '٤–٤٠ حدثاً',
    ]);
    expect(governorateClassLabels([2], 'own')).toEqual([
      'لا شيء من أحداثك في الفترة',
      '١–٢ من أحداثك',
    ]);
    expect(countedEvents(2, 'dataset')).toBe('حدثان');
    expect(classLabels([1, 3])).toEqual(['لا أحداث', '١', '٢–٣']);
  });

  it('names countries, holders and legend items in the language shown', () => {
    expect(COUNTRY_LABELS[0].name).toBe('SYRIA');
    const everything = {
      layers: new Set(mapLegendItems.map((i) => i.layer)),
      eventMarkers: true,
      holders: new Set(['russia']),
      openRoundDrawn: false,
    };
    arabic();
    expect(COUNTRY_LABELS[0].name).toBe('سوريا');
    const labels = mapLegendFor(everything).map((i) => i.label);
    expect(labels).toContain('قاعدة عسكرية تحت سيطرة روسيا');
    expect(labels).toContain('منطقة خفض التصعيد (حدود تقريبية)');
  });

  it("says what the analyst's rings mean, with the file's kinds as the file gives them", () => {
    expect(ownSizeNote()).toBe(
      'Ring size: deaths reported (1, 10, 100, 1,000 and more); a number inside: events clustered',
    );
    arabic();
    expect(ownSizeNote()).toBe(
      'حجم الحلقة: عدد القتلى المُبلَّغ عنهم (١، ١٠، ١٠٠، ١٬٠٠٠ فأكثر)؛ الرقم داخلها: عدد الأحداث المجمَّعة',
    );
    const types = ['Battles', 'Riots', 'Protests', 'Explosions', 'Strategic', 'Other', 'A', 'B'];
    const labels = ownLegendItems({ types }).map((i) => i.label);
    expect(labels[0]).toBe('أحداثك: Battles');
    expect(labels.at(-1)).toBe('أحداثك: نوعان آخران');
    // The layer's own "Type not stated" (a file without a type column) is said in Arabic.
    expect(ownLegendItems({ types: [TYPE_NOT_STATED] })[0]!.label).toBe('أحداثك: النوع غير مذكور');
    expect(ownCountLabel(1234)).toMatch(/^١٫٢\sألف$/);
    expect(ownCountLabel(12)).toBe('١٢');
  });
});
