import { defineMessages } from '../catalogue';

/**
 * What the import of the analyst's own events (src/features/own-events) finds wrong: a file it
 * cannot read, and why a row was not imported. Said by the import worker as keys and values,
 * put into words on the page.
 */
export const ownEventsProblemsMessages = defineMessages({
  // A file that cannot be read. {file}: its name, as written.
  'ownEvents.problem.empty': { en: '{file} is empty.', ar: 'الملف {file} فارغ.' },
  'ownEvents.problem.tooLarge': {
    en: '{file} is {size}; the dashboard reads files up to {limit}. Export a smaller period or only Syria, and load that.',
    ar: 'حجم الملف {file} {size}، واللوحة تقرأ ملفات يصل حجمها إلى {limit}. صدِّر فترة أقصر أو سوريا وحدها، ثم حمّل ذلك الملف.',
  },
  'ownEvents.problem.tooMuchText': {
    en: '{file} holds more than {limit} of text; the dashboard reads up to that. Export a smaller period or only Syria, and load that.',
    ar: 'يحوي الملف {file} أكثر من {limit} من النص، واللوحة لا تقرأ أكثر من ذلك. صدِّر فترة أقصر أو سوريا وحدها، ثم حمّل ذلك الملف.',
  },
  'ownEvents.problem.badGzip': {
    en: '{file} is not a complete gzip file: it is damaged or was cut short.',
    ar: 'الملف {file} ليس ملفاً مضغوطاً (GZIP) كاملاً: إنه تالف أو مبتور.',
  },
  'ownEvents.problem.unreadable': {
    en: '{file} could not be read.',
    ar: 'تعذّرت قراءة الملف {file}.',
  },
  'ownEvents.problem.notText': {
    en: '{file} is not a table of text (it looks like an image or other binary file).',
    ar: 'الملف {file} ليس جدولاً نصياً (يبدو صورةً أو ملفاً ثنائياً آخر).',
  },
  'ownEvents.problem.noHeader': {
    en: '{file} has no header row.',
    ar: 'ليس في الملف {file} سطر عناوين.',
  },
  'ownEvents.problem.tooFewColumns': {
    en: {
      one: '{file} does not look like a table of events: its first line has {count} column.',
      other: '{file} does not look like a table of events: its first line has {count} columns.',
    },
    ar: {
      zero: 'لا يبدو الملف {file} جدولَ أحداث: ليس في سطره الأول أي عمود.',
      one: 'لا يبدو الملف {file} جدولَ أحداث: في سطره الأول عمود واحد.',
      two: 'لا يبدو الملف {file} جدولَ أحداث: في سطره الأول عمودان.',
      few: 'لا يبدو الملف {file} جدولَ أحداث: في سطره الأول {count} أعمدة.',
      many: 'لا يبدو الملف {file} جدولَ أحداث: في سطره الأول {count} عموداً.',
      other: 'لا يبدو الملف {file} جدولَ أحداث: في سطره الأول {count} عمود.',
    },
  },
  // {columns}: the columns' names, quoted, as written.
  'ownEvents.problem.noColumn': {
    en: '{file} has no column {columns}.',
    ar: 'ليس في الملف {file} عمود {columns}.',
  },
  'ownEvents.problem.layoutLacks': {
    en: '{file} looks like {layout} but has no column {columns}.',
    ar: 'يبدو الملف {file} بتنسيق {layout}، لكن ليس فيه عمود {columns}.',
  },
  'ownEvents.problem.notJson': {
    en: '{file} is not valid JSON.',
    ar: 'الملف {file} ليس ملف JSON صالحاً.',
  },
  // {list}: the name of the list the file must hold ("events"), as written.
  'ownEvents.problem.noEventsList': {
    en: '{file} is JSON but not an events file: it has no "{list}" list.',
    ar: 'الملف {file} بصيغة JSON لكنه ليس ملف أحداث: ليس فيه قائمة "{list}".',
  },
  // {error}: the browser's own words.
  'ownEvents.problem.failed': {
    en: 'The file could not be read: {error}',
    ar: 'تعذّرت قراءة الملف: {error}',
  },
  'ownEvents.problem.stopped': {
    en: 'The import stopped: {error}.',
    ar: 'توقّف الاستيراد: {error}.',
  },
  'ownEvents.problem.workerFailed': {
    en: 'The import stopped: the worker failed.',
    ar: 'توقّف الاستيراد: تعطّلت المعالجة في الخلفية.',
  },
  // A column's name, quoted ({x}: one letter, the message has no words of its own).
  'ownEvents.quoted': { en: "'{x}'", ar: '«{x}»' },

  // Why a row was not imported. {value}: the cell, as written.
  'ownEvents.row.noDate': { en: 'no date', ar: 'لا تاريخ' },
  'ownEvents.row.badDate': {
    en: "date '{value}' is not a day this reads (e.g. {iso} or {written})",
    ar: 'التاريخ «{value}» ليس يوماً تقرؤه اللوحة (مثل {iso} أو {written})',
  },
  'ownEvents.row.badJsonDate': {
    en: "date '{value}' is not a day this reads",
    ar: 'التاريخ «{value}» ليس يوماً تقرؤه اللوحة',
  },
  'ownEvents.row.badEndDate': {
    en: "end date '{value}' is not a day this reads",
    ar: 'تاريخ الانتهاء «{value}» ليس يوماً تقرؤه اللوحة',
  },
  'ownEvents.row.endBeforeStart': {
    en: 'end date {end} is before the start, {start}',
    ar: 'تاريخ الانتهاء {end} يسبق تاريخ البدء {start}',
  },
  'ownEvents.row.noLatitude': { en: 'no latitude', ar: 'لا خط عرض' },
  'ownEvents.row.noLongitude': { en: 'no longitude', ar: 'لا خط طول' },
  'ownEvents.row.latitudeNotNumber': {
    en: "latitude '{value}' is not a number",
    ar: 'خط العرض «{value}» ليس رقماً',
  },
  'ownEvents.row.longitudeNotNumber': {
    en: "longitude '{value}' is not a number",
    ar: 'خط الطول «{value}» ليس رقماً',
  },
  'ownEvents.row.latitudeOutside': {
    en: 'latitude {value} is outside −{limit} to {limit}',
    ar: 'خط العرض {value} خارج النطاق من −{limit} إلى {limit}',
  },
  'ownEvents.row.longitudeOutside': {
    en: 'longitude {value} is outside −{limit} to {limit}',
    ar: 'خط الطول {value} خارج النطاق من −{limit} إلى {limit}',
  },
  'ownEvents.row.badDeaths': {
    en: "deaths '{value}' is not a whole number of zero or more",
    ar: 'عدد القتلى «{value}» ليس عدداً صحيحاً يساوي الصفر أو يزيد عليه',
  },
  'ownEvents.row.unknownPlace': {
    en: "place '{value}' is not a place of the dataset",
    ar: 'المكان «{value}» ليس من أماكن مجموعة البيانات',
  },
});
