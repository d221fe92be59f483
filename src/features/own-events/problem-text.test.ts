import { afterEach, describe, expect, it } from 'vitest';
import { useLanguageStore } from '@/i18n/language';
import { TYPE_NOT_STATED, ucdpType } from '@/data/own-events';
import { isFileType, ownTypeName } from '@/i18n/data-names';
import { recogniseHeader } from './formats';
import { layoutLabel, layoutShown } from './layout-names';
import { formatBytes, problemText, rowReasonText } from './problem-text';
import { FileProblem, rowProblem } from './problems';
import { citationShown } from './use-event-import';

// The import's words are worked out as data (in the worker) and said on the page in the
// language it shows; the layer keeps the English names, said again in the reader's language.

afterEach(() => useLanguageStore.setState({ language: 'en', digits: 'arab' }));

describe('the import in Arabic', () => {
  it('says a file problem in the language shown on the page, as data until then', () => {
    const problem = new FileProblem('ownEvents.problem.tooLarge', {
      file: { own: 'huge.csv' },
      size: { bytes: 2 * 1024 ** 3 },
      limit: { bytes: 1024 ** 3 },
    });
    expect(problemText(problem.problem)).toMatch(
      /^huge\.csv is 2\.0 GB; the dashboard reads files up to 1\.0 GB/,
    );
    // What crosses from the worker to the page is data that survives structured cloning.
    expect(structuredClone(problem.problem)).toEqual(problem.problem);
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

  it("says a row's reason in the language shown, and one kept in English as it was kept", () => {
    const row = rowProblem(4, 'Lat', 'ownEvents.row.latitudeNotNumber', { value: { own: 'abc' } });
    expect(rowReasonText(row)).toBe("latitude 'abc' is not a number");
    useLanguageStore.setState({ language: 'ar', digits: 'arab' });
    expect(rowReasonText(row)).toBe('خط العرض «abc» ليس رقماً');
    expect(rowReasonText(rowProblem(4, 'Lat', 'ownEvents.row.noLatitude'), 'en')).toBe(
      'no latitude',
    );
    // A layer kept before the import spoke two languages has its reasons in English.
    expect(rowReasonText({ row: 9, column: 'Lat', reason: 'no latitude' })).toBe('no latitude');
  });

  it('names a kept layout in the language shown, and leaves a name it did not write as it is', () => {
    const syria = recogniseHeader(
      Array.from({ length: 41 }, (_, i) =>
        i === 0 ? 'type_of_violence' : i === 1 ? 'date_start' : `c${i}`,
      ),
    );
    const kept = layoutLabel(syria.layout, 'en');
    expect(kept).toBe('UCDP GED (41 columns, a Syria-only release)');
    const acled = layoutLabel({ format: 'acled', before2023: true, columns: 31 }, 'en');
    expect(acled).toBe('ACLED (layout before March 2023, 31 columns)');
    expect(layoutShown(acled)).toBe(acled);
    useLanguageStore.setState({ language: 'ar', digits: 'arab' });
    expect(layoutShown(kept)).toBe('UCDP GED (٤١ عموداً، إصدار خاص بسوريا)');
    expect(layoutShown(acled)).toBe('ACLED (التنسيق السابق لآذار ٢٠٢٣، ٣١ عموداً)');
    expect(layoutShown(layoutLabel({ format: 'other' }, 'en'))).toBe('أعمدة من اختيارك');
    expect(layoutShown('Something else')).toBe('Something else');
    expect(ownTypeName(TYPE_NOT_STATED)).toBe('النوع غير مذكور');
    expect(ownTypeName('Battles')).toBe('Battles');
  });

  it("names UCDP's types of violence, codes and all, in the language shown; a file's own types as written", () => {
    const kept = ['1', '2', '3', '4', ''].map(ucdpType);
    expect(kept).toEqual([
      'State-based conflict',
      'Non-state conflict',
      'One-sided violence',
      'Type 4',
      TYPE_NOT_STATED,
    ]);
    expect(kept.map(ownTypeName)).toEqual(kept);
    expect(kept.map(isFileType)).toEqual([false, false, false, false, false]);
    expect(isFileType('Battles')).toBe(true);
    useLanguageStore.setState({ language: 'ar', digits: 'arab' });
    expect(kept.map(ownTypeName)).toEqual([
      'نزاع تكون الدولة طرفًا فيه',
      'نزاع بين أطراف غير حكومية',
      'عنف من طرف واحد',
      'النوع ٤',
      'النوع غير مذكور',
    ]);
    expect(ownTypeName('Battles')).toBe('Battles');
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
