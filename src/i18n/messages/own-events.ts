import { defineMessages } from '../catalogue';

/**
 * The analyst's own events (src/features/own-events): loading a file, the choice of columns,
 * the import's progress and report, the layer's bar and the notice of a missing file (the
 * problems the import finds: own-events-problems.ts).
 */
export const ownEventsMessages = defineMessages({
  // The button in the header, and a file dragged over the page.
  'ownEvents.load.button': { en: 'Your events', ar: 'أحداثك' },
  'ownEvents.load.label': { en: 'Load your events', ar: 'تحميل أحداثك' },
  'ownEvents.load.title': {
    en: 'Load your own events: an ACLED or UCDP export, or any CSV of events (or drop the file on the page)',
    ar: 'حمّل أحداثك الخاصة: ملفاً مصدَّراً من ACLED أو UCDP، أو أي ملف CSV للأحداث (أو أفلِت الملف على الصفحة)',
  },
  // {gz}, {json}: ".csv.gz", "events.json", as written.
  'ownEvents.load.drop': {
    en: 'Drop a CSV, TSV, {gz} or {json} file to load your events',
    ar: 'أفلِت ملف CSV أو TSV أو {gz} أو {json} لتحميل أحداثك',
  },

  // The import's dialog.
  'ownEvents.dialog.loading': { en: 'Loading {file}', ar: 'جارٍ تحميل {file}' },
  'ownEvents.dialog.loaded': { en: 'Loaded: {file}', ar: 'تم التحميل: {file}' },
  'ownEvents.dialog.failed': { en: '{file} could not be loaded', ar: 'تعذّر تحميل {file}' },
  'ownEvents.dialog.failedNoName': {
    en: 'The file could not be loaded',
    ar: 'تعذّر تحميل الملف',
  },
  'ownEvents.dialog.reading': { en: 'Reading the header…', ar: 'جارٍ قراءة سطر العناوين…' },
  'ownEvents.dialog.progress': { en: 'Import progress', ar: 'تقدّم الاستيراد' },
  'ownEvents.dialog.progressText': {
    en: {
      one: '{count} row read · {read} of {size}',
      other: '{count} rows read · {read} of {size}',
    },
    ar: {
      zero: 'لم يُقرأ أي سطر · {read} من {size}',
      one: 'قُرئ سطر واحد · {read} من {size}',
      two: 'قُرئ سطران · {read} من {size}',
      few: 'قُرئت {count} أسطر · {read} من {size}',
      many: 'قُرئ {count} سطراً · {read} من {size}',
      other: 'قُرئ {count} سطر · {read} من {size}',
    },
  },
  'ownEvents.dialog.cancel': { en: 'Cancel the import', ar: 'إلغاء الاستيراد' },
  'ownEvents.dialog.unchanged': {
    en: 'The dashboard and any events loaded before are as they were.',
    ar: 'بقيت اللوحة وأي أحداث حُمّلت من قبل على حالها.',
  },

  // Sizes of files.
  'ownEvents.size.gb': { en: '{size} GB', ar: '{size} غيغابايت' },
  'ownEvents.size.mb': { en: '{size} MB', ar: '{size} ميغابايت' },
  'ownEvents.size.kb': { en: '{size} KB', ar: '{size} كيلوبايت' },
  'ownEvents.size.bytes': { en: '{size} bytes', ar: '{size} بايت' },

  // A file's layout, as recognised from its header.
  'ownEvents.layout.acled': {
    en: {
      one: 'ACLED (current layout, {count} column)',
      other: 'ACLED (current layout, {count} columns)',
    },
    ar: {
      zero: 'ACLED (التنسيق الحالي، بلا أعمدة)',
      one: 'ACLED (التنسيق الحالي، عمود واحد)',
      two: 'ACLED (التنسيق الحالي، عمودان)',
      few: 'ACLED (التنسيق الحالي، {count} أعمدة)',
      many: 'ACLED (التنسيق الحالي، {count} عموداً)',
      other: 'ACLED (التنسيق الحالي، {count} عمود)',
    },
  },
  'ownEvents.layout.acledBefore2023': {
    en: {
      one: 'ACLED (layout before March {year}, {count} column)',
      other: 'ACLED (layout before March {year}, {count} columns)',
    },
    ar: {
      zero: 'ACLED (التنسيق السابق لآذار {year}، بلا أعمدة)',
      one: 'ACLED (التنسيق السابق لآذار {year}، عمود واحد)',
      two: 'ACLED (التنسيق السابق لآذار {year}، عمودان)',
      few: 'ACLED (التنسيق السابق لآذار {year}، {count} أعمدة)',
      many: 'ACLED (التنسيق السابق لآذار {year}، {count} عموداً)',
      other: 'ACLED (التنسيق السابق لآذار {year}، {count} عمود)',
    },
  },
  'ownEvents.layout.ucdp': {
    en: { one: 'UCDP GED ({count} column)', other: 'UCDP GED ({count} columns)' },
    ar: {
      zero: 'UCDP GED (بلا أعمدة)',
      one: 'UCDP GED (عمود واحد)',
      two: 'UCDP GED (عمودان)',
      few: 'UCDP GED ({count} أعمدة)',
      many: 'UCDP GED ({count} عموداً)',
      other: 'UCDP GED ({count} عمود)',
    },
  },
  'ownEvents.layout.ucdpSyria': {
    en: {
      one: 'UCDP GED ({count} column, a Syria-only release)',
      other: 'UCDP GED ({count} columns, a Syria-only release)',
    },
    ar: {
      zero: 'UCDP GED (بلا أعمدة، إصدار خاص بسوريا)',
      one: 'UCDP GED (عمود واحد، إصدار خاص بسوريا)',
      two: 'UCDP GED (عمودان، إصدار خاص بسوريا)',
      few: 'UCDP GED ({count} أعمدة، إصدار خاص بسوريا)',
      many: 'UCDP GED ({count} عموداً، إصدار خاص بسوريا)',
      other: 'UCDP GED ({count} عمود، إصدار خاص بسوريا)',
    },
  },
  'ownEvents.layout.other': { en: 'Your columns', ar: 'أعمدة من اختيارك' },
  'ownEvents.layout.json': {
    en: "The dashboard's events.json format",
    ar: 'صيغة JSON الخاصة بأحداث اللوحة',
  },

  // The citation of a file of another layout (the publishers' own stay as they word them).
  'ownEvents.citation.own': {
    en: "The analyst's own file {file}, dated {date}.",
    ar: 'الملف الخاص بالمحلّل {file}، المؤرَّخ في {date}.',
  },

  // The type of an event whose file states none.
  'ownEvents.typeNotStated': { en: 'Type not stated', ar: 'النوع غير مذكور' },
  // UCDP's types of violence, named for their type_of_violence codes (UCDP's definitions).
  'ownEvents.ucdpType.stateBased': {
    en: 'State-based conflict',
    ar: 'نزاع تكون الدولة طرفًا فيه',
  },
  'ownEvents.ucdpType.nonState': { en: 'Non-state conflict', ar: 'نزاع بين أطراف غير حكومية' },
  'ownEvents.ucdpType.oneSided': { en: 'One-sided violence', ar: 'عنف من طرف واحد' },
  // A type_of_violence code UCDP does not define, as the file gives it.
  'ownEvents.ucdpType.other': { en: 'Type {code}', ar: 'النوع {code}' },

  // The choice of columns, for a table of another layout.
  'ownEvents.mapping.intro': {
    en: 'The columns are not those of an ACLED or UCDP export. Say which column holds what; date, latitude and longitude are needed.',
    ar: 'ليست هذه الأعمدة أعمدةَ ملف مصدَّر من ACLED أو UCDP. حدِّد ما يحويه كل عمود؛ والتاريخ وخط العرض وخط الطول مطلوبة.',
  },
  'ownEvents.mapping.needed': { en: '{field} (needed)', ar: '{field} (مطلوب)' },
  'ownEvents.mapping.choose': { en: 'Choose a column', ar: 'اختر عموداً' },
  'ownEvents.mapping.none': { en: 'None', ar: 'لا عمود' },
  'ownEvents.mapping.preview': { en: 'The first rows of the file', ar: 'الأسطر الأولى من الملف' },
  'ownEvents.mapping.import': { en: 'Import', ar: 'استيراد' },
  'ownEvents.field.date': { en: 'Date', ar: 'التاريخ' },
  'ownEvents.field.latitude': { en: 'Latitude', ar: 'خط العرض' },
  'ownEvents.field.longitude': { en: 'Longitude', ar: 'خط الطول' },
  'ownEvents.field.type': { en: 'Type of event', ar: 'نوع الحدث' },
  'ownEvents.field.actor1': { en: 'First actor', ar: 'الطرف الأول' },
  'ownEvents.field.actor2': { en: 'Second actor', ar: 'الطرف الثاني' },
  'ownEvents.field.deaths': { en: 'Deaths', ar: 'القتلى' },
  'ownEvents.field.source': { en: 'Source', ar: 'المصدر' },
  'ownEvents.field.notes': { en: 'Notes', ar: 'ملاحظات' },

  // The import's report.
  // {imported}: ownEvents.report.events; {rows}: ownEvents.report.rowsOf; {format}: the layout.
  'ownEvents.report.summary': {
    en: '{imported} imported from {rows} of {file}, read as {format}; {skipped} skipped.',
    ar: '{imported} من أصل {rows} في {file} (قُرئ بتنسيق {format})؛ وتُخطّي {skipped}.',
  },
  // The Arabic holds the verb: "استُورد …".
  'ownEvents.report.events': {
    en: { one: '{count} event', other: '{count} events' },
    ar: {
      zero: 'لم يُستورد أي حدث',
      one: 'استُورد حدث واحد',
      two: 'استُورد حدثان',
      few: 'استُوردت {count} أحداث',
      many: 'استُورد {count} حدثاً',
      other: 'استُورد {count} حدث',
    },
  },
  // After "من أصل" ("out of"): the genitive.
  'ownEvents.report.rowsOf': {
    en: { one: '{count} row', other: '{count} rows' },
    ar: {
      zero: '{count} سطر',
      one: 'سطر واحد',
      two: 'سطرين',
      few: '{count} أسطر',
      many: '{count} سطراً',
      other: '{count} سطر',
    },
  },
  'ownEvents.report.outsideKept': {
    en: {
      one: '{count} row placed outside Syria: kept.',
      other: '{count} rows placed outside Syria: kept.',
    },
    ar: {
      zero: 'لا أسطر موقعها خارج سوريا.',
      one: 'سطر واحد موقعه خارج سوريا: أُبقي عليه.',
      two: 'سطران موقعهما خارج سوريا: أُبقي عليهما.',
      few: '{count} أسطر موقعها خارج سوريا: أُبقي عليها.',
      many: '{count} سطراً موقعها خارج سوريا: أُبقي عليها.',
      other: '{count} سطر موقعها خارج سوريا: أُبقي عليها.',
    },
  },
  'ownEvents.report.outsideDropped': {
    en: {
      one: '{count} row placed outside Syria: dropped.',
      other: '{count} rows placed outside Syria: dropped.',
    },
    ar: {
      zero: 'لا أسطر موقعها خارج سوريا.',
      one: 'سطر واحد موقعه خارج سوريا: حُذف.',
      two: 'سطران موقعهما خارج سوريا: حُذفا.',
      few: '{count} أسطر موقعها خارج سوريا: حُذفت.',
      many: '{count} سطراً موقعها خارج سوريا: حُذفت.',
      other: '{count} سطر موقعها خارج سوريا: حُذفت.',
    },
  },
  'ownEvents.report.dropOutside': {
    en: 'Drop the events outside Syria',
    ar: 'حذف الأحداث الواقعة خارج سوريا',
  },
  'ownEvents.report.nothingImported': {
    en: 'No row could be imported, so nothing was added to the dashboard.',
    ar: 'تعذّر استيراد أي سطر، فلم يُضَف شيء إلى اللوحة.',
  },
  'ownEvents.report.problemsSummary': {
    en: { one: '{count} row not imported, and why', other: '{count} rows not imported, and why' },
    ar: {
      zero: 'لا أسطر متروكة',
      one: 'سطر واحد لم يُستورد، وسبب ذلك',
      two: 'سطران لم يُستوردا، وسبب ذلك',
      few: '{count} أسطر لم تُستورد، وأسباب ذلك',
      many: '{count} سطراً لم تُستورد، وأسباب ذلك',
      other: '{count} سطر لم تُستورد، وأسباب ذلك',
    },
  },
  'ownEvents.report.problemsLabel': { en: 'Rows not imported', ar: 'الأسطر التي لم تُستورد' },
  // {column}: the column's name in the file, as written.
  'ownEvents.report.problem': {
    en: 'row {row}: {reason} (column {column})',
    ar: 'السطر {row}: {reason} (العمود {column})',
  },
  'ownEvents.report.unlisted': {
    en: { one: '… and {count} more, not listed.', other: '… and {count} more, not listed.' },
    ar: {
      zero: '… ولا أسطر أخرى.',
      one: '… وسطر آخر لم يُدرج في القائمة.',
      two: '… وسطران آخران لم يُدرجا في القائمة.',
      few: '… و{count} أسطر أخرى لم تُدرج في القائمة.',
      many: '… و{count} سطراً آخر لم تُدرج في القائمة.',
      other: '… و{count} سطر آخر لم تُدرج في القائمة.',
    },
  },
  // {error}: the browser's own words.
  'ownEvents.report.notKept': {
    en: 'These events work for this visit but will not be kept after a reload: the browser did not let the dashboard store them ({error}).',
    ar: 'تعمل هذه الأحداث في هذه الزيارة، لكنها لن تُحفظ بعد إعادة تحميل الصفحة: لم يسمح المتصفح للوحة بتخزينها ({error}).',
  },
  'ownEvents.report.kept': {
    en: 'Kept in this browser for your next visit, until you remove them.',
    ar: 'محفوظة في هذا المتصفح لزيارتك القادمة، إلى أن تزيلها.',
  },
  'ownEvents.report.citeAs': { en: 'Cite as: {citation}', ar: 'طريقة الاستشهاد: {citation}' },
  // After the citation, when the file could be hashed. {hash}: "SHA-256".
  'ownEvents.report.sha': {
    en: ' {hash} of the file: {sha}.',
    ar: ' بصمة {hash} للملف: {sha}.',
  },

  // The bar of the loaded layer.
  'ownEvents.layer.label': { en: 'Your events', ar: 'أحداثك' },
  'ownEvents.layer.title': { en: 'Your events:', ar: 'أحداثك:' },
  // {format}: the layout; {events}: ownEvents.layer.events; {span}: the first and last days.
  'ownEvents.layer.line': {
    en: '{format}, {events}, {span}, file {file}',
    ar: '{format}، {events}، {span}، الملف {file}',
  },
  'ownEvents.layer.lineNoDates': {
    en: '{format}, {events}, file {file}',
    ar: '{format}، {events}، الملف {file}',
  },
  'ownEvents.layer.events': {
    en: { one: '{count} event', other: '{count} events' },
    ar: {
      zero: 'لا أحداث',
      one: 'حدث واحد',
      two: 'حدثان',
      few: '{count} أحداث',
      many: '{count} حدثاً',
      other: '{count} حدث',
    },
  },
  'ownEvents.layer.hidden': { en: '(hidden)', ar: '(مخفية)' },
  'ownEvents.layer.hide': { en: 'Hide', ar: 'إخفاء' },
  'ownEvents.layer.show': { en: 'Show', ar: 'إظهار' },
  'ownEvents.layer.report': { en: 'Import report', ar: 'تقرير الاستيراد' },
  'ownEvents.layer.remove': { en: 'Remove', ar: 'إزالة' },
  'ownEvents.layer.removeLabel': { en: 'Remove your events ({file})', ar: 'إزالة أحداثك ({file})' },

  // A view made with a file that is not loaded here. {button}: ownEvents.load.button; {hash}:
  // "SHA-256".
  'ownEvents.notice.title': {
    en: 'This view was made with your own events loaded',
    ar: 'أُعدّ هذا العرض وأحداثك الخاصة محمّلة',
  },
  'ownEvents.notice.notLoaded': {
    en: 'It showed the events of the file {file}, which is not loaded in this browser. Files never leave the browser they were loaded in: load it with “{button}” to see them beside the dashboard’s data.',
    ar: 'كان يعرض أحداث الملف {file}، وهو غير محمّل في هذا المتصفح. لا تغادر الملفات المتصفح الذي حُمّلت فيه: حمّله عبر «{button}» لترى أحداثه إلى جانب بيانات اللوحة.',
  },
  'ownEvents.notice.notLoadedSha': {
    en: 'It showed the events of the file {file} ({hash} beginning {sha}), which is not loaded in this browser. Files never leave the browser they were loaded in: load it with “{button}” to see them beside the dashboard’s data.',
    ar: 'كان يعرض أحداث الملف {file} (تبدأ بصمته {hash} بـ{sha})، وهو غير محمّل في هذا المتصفح. لا تغادر الملفات المتصفح الذي حُمّلت فيه: حمّله عبر «{button}» لترى أحداثه إلى جانب بيانات اللوحة.',
  },
  'ownEvents.notice.otherFile': {
    en: 'It showed the events of the file {file}, which is not the file loaded here ({loaded}). Files never leave the browser they were loaded in: load it with “{button}” to see them beside the dashboard’s data.',
    ar: 'كان يعرض أحداث الملف {file}، وهو ليس الملف المحمّل هنا ({loaded}). لا تغادر الملفات المتصفح الذي حُمّلت فيه: حمّله عبر «{button}» لترى أحداثه إلى جانب بيانات اللوحة.',
  },
  'ownEvents.notice.otherFileSha': {
    en: 'It showed the events of the file {file} ({hash} beginning {sha}), which is not the file loaded here ({loaded}). Files never leave the browser they were loaded in: load it with “{button}” to see them beside the dashboard’s data.',
    ar: 'كان يعرض أحداث الملف {file} (تبدأ بصمته {hash} بـ{sha})، وهو ليس الملف المحمّل هنا ({loaded}). لا تغادر الملفات المتصفح الذي حُمّلت فيه: حمّله عبر «{button}» لترى أحداثه إلى جانب بيانات اللوحة.',
  },
  'ownEvents.notice.dismiss': { en: 'Dismiss', ar: 'تجاهل' },
});
