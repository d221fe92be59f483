import { afterEach, describe, expect, it } from 'vitest';
import { useLanguageStore } from '@/i18n/language';
import {
  layoutLabel,
  layoutShown,
  ownTypeShown,
  recogniseHeader,
  TYPE_NOT_STATED,
} from './formats';
import { FileProblem, formatBytes, problemText, rowProblem } from './problems';
import { citationShown } from './use-event-import';

// The import's words are worked out as data (in the worker) and said on the page in the
// language it shows; the layer keeps the English names, said again in the reader's language.

afterEach(() => useLanguageStore.setState({ language: 'en', digits: 'arab' }));

describe('the import in Arabic', () => {
  it('says a file problem in English for the console and in the language shown on the page', () => {
    const problem = new FileProblem('ownEvents.problem.tooLarge', {
      file: { own: 'huge.csv' },
      size: { bytes: 2 * 1024 ** 3 },
      limit: { bytes: 1024 ** 3 },
    });
    expect(problem.message).toMatch(
      /^huge\.csv is 2\.0 GB; the dashboard reads files up to 1\.0 GB/,
    );
    useLanguageStore.setState({ language: 'ar', digits: 'arab' });
    expect(problemText(problem.problem)).toBe(
      'حجم الملف huge.csv ٢٫٠ غيغابايت، واللوحة تقرأ ملفات يصل حجمها إلى ١٫٠ غيغابايت. صدِّر فترة أقصر أو سوريا وحدها، ثم حمّل ذلك الملف.',
    );
    expect(
      problemText({
        key: 'ownEvents.problem.noColumn',
        params: { file: { own: 'a.csv' }, columns: { columns: ['lat', 'lon'] } },
      }),
    ).toBe('ليس في الملف a.csv عمود «lat»، «lon».');
  });

  it('sizes files in the digits chosen', () => {
    expect(formatBytes(1536 * 1024)).toBe('1.5 MB');
    useLanguageStore.setState({ language: 'ar', digits: 'latn' });
    expect(formatBytes(1536 * 1024)).toBe('1.5 ميغابايت');
    expect(formatBytes(900)).toBe('900 بايت');
  });

  it("keeps a row's reason in English and says it in the language shown", () => {
    const row = rowProblem(4, 'Lat', 'ownEvents.row.latitudeNotNumber', { value: { own: 'abc' } });
    expect(row.reason).toBe("latitude 'abc' is not a number");
    useLanguageStore.setState({ language: 'ar', digits: 'arab' });
    expect(problemText(row)).toBe('خط العرض «abc» ليس رقماً');
    expect(rowProblem(4, 'Lat', 'ownEvents.row.noLatitude').reason).toBe('no latitude');
  });

  it('names a kept layout in the language shown, and leaves a name it did not write as it is', () => {
    const syria = recogniseHeader(
      Array.from({ length: 41 }, (_, i) =>
        i === 0 ? 'type_of_violence' : i === 1 ? 'date_start' : `c${i}`,
      ),
    );
    expect(syria.label).toBe('UCDP GED (41 columns, a Syria-only release)');
    const acled = layoutLabel({ format: 'acled', before2023: true, columns: 31 }, 'en');
    expect(acled).toBe('ACLED (layout before March 2023, 31 columns)');
    expect(layoutShown(acled)).toBe(acled);
    useLanguageStore.setState({ language: 'ar', digits: 'arab' });
    expect(layoutShown(syria.label)).toBe('UCDP GED (٤١ عموداً، إصدار خاص بسوريا)');
    expect(layoutShown(acled)).toBe('ACLED (التنسيق السابق لآذار ٢٠٢٣، ٣١ عموداً)');
    expect(layoutShown(layoutLabel({ format: 'other' }, 'en'))).toBe('أعمدة من اختيارك');
    expect(layoutShown('Something else')).toBe('Something else');
    expect(ownTypeShown(TYPE_NOT_STATED)).toBe('النوع غير مذكور');
    expect(ownTypeShown('Battles')).toBe('Battles');
  });

  it("says the analyst's own citation in Arabic, and leaves a publisher's in its English", () => {
    const own = "The analyst's own file my, dated.csv, dated 2024-03-05.";
    expect(citationShown(own)).toEqual({ english: true, text: own });
    useLanguageStore.setState({ language: 'ar', digits: 'arab' });
    expect(citationShown(own)).toEqual({
      english: false,
      file: 'my, dated.csv',
      text: 'الملف الخاص بالمحلّل {file}، المؤرَّخ في ٥ آذار ٢٠٢٤.',
    });
    const acled =
      'Armed Conflict Location & Event Data (ACLED), www.acleddata.com; data as exported in a.csv, file dated 2024-01-01.';
    expect(citationShown(acled)).toEqual({ english: true, text: acled });
  });
});
