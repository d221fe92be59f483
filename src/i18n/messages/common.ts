import { defineMessages } from '../catalogue';

/** Words shared by every feature: spans of dates, the language switch, the English marker. */
export const commonMessages = defineMessages({
  'common.since': { en: 'since {date}', ar: 'منذ {date}' },
  'common.until': { en: 'until {date}', ar: 'حتى {date}' },
  'common.throughout': { en: 'throughout', ar: 'طوال المدة' },
  'common.onDay': { en: 'on {date}', ar: 'في {date}' },
  'common.betweenDays': { en: 'between {from} and {to}', ar: 'بين {from} و{to}' },
  'common.language': { en: 'Language', ar: 'اللغة' },
  'common.languageSwitch': { en: 'Show the dashboard in Arabic', ar: 'عرض اللوحة بالإنجليزية' },
  'common.digits': { en: 'Digits', ar: 'الأرقام' },
  'common.digitsArab': { en: 'Arabic-Indic digits (٠١٢٣)', ar: 'أرقام هندية (٠١٢٣)' },
  'common.digitsLatn': { en: 'Western digits (0123)', ar: 'أرقام غربية (0123)' },
  'common.english': { en: 'English', ar: 'بالإنجليزية' },
  'common.englishOnly': {
    en: 'Available in English only',
    ar: 'هذا النص متاح بالإنجليزية فقط، ولم يُترجم آلياً',
  },
  'common.close': { en: 'Close', ar: 'إغلاق' },
  'common.cancel': { en: 'Cancel', ar: 'إلغاء' },
  'common.loading': { en: 'Loading…', ar: 'جارٍ التحميل…' },
  'common.none': { en: 'None', ar: 'لا شيء' },
  'common.all': { en: 'All', ar: 'الكل' },
  'common.days': {
    en: { one: '{count} day', other: '{count} days' },
    ar: {
      zero: 'لا أيام',
      one: 'يوم واحد',
      two: 'يومان',
      few: '{count} أيام',
      many: '{count} يوماً',
      other: '{count} يوم',
    },
  },
  'common.listSeparator': { en: ', ', ar: '، ' },
});
