import { defineMessages } from '../catalogue';

/** "Saved views" in the header: views of the dashboard kept in this browser under a name. */
export const savedViewsMessages = defineMessages({
  'savedViews.summary': { en: 'Saved views ({count})', ar: 'العروض المحفوظة ({count})' },
  'savedViews.nameLabel': { en: 'Name this view', ar: 'سمِّ هذا العرض' },
  'savedViews.save': { en: 'Save', ar: 'حفظ' },
  'savedViews.saved': { en: 'Saved “{name}”.', ar: 'حُفظ العرض «{name}».' },
  'savedViews.updated': { en: 'Updated “{name}”.', ar: 'حُدِّث العرض «{name}».' },
  'savedViews.notKept': {
    en: 'This browser will not keep saved views: they last until the page is closed.',
    ar: 'لن يحتفظ هذا المتصفح بالعروض المحفوظة: تبقى حتى تُغلق الصفحة.',
  },
  'savedViews.empty': {
    en: 'No saved views yet. A saved view keeps the range, the selections and the map view.',
    ar: 'لا عروض محفوظة بعد. يحتفظ العرض المحفوظ بالفترة والاختيارات وعرض الخريطة.',
  },
  'savedViews.listLabel': { en: 'Saved views', ar: 'العروض المحفوظة' },
  /** A kept view's second line: what it shows, and when it was saved. */
  'savedViews.meta': { en: '{description} · saved {date}', ar: '{description} · حُفظ في {date}' },
  'savedViews.rename': { en: 'Rename', ar: 'إعادة التسمية' },
  'savedViews.renameNamed': { en: 'Rename “{name}”', ar: 'إعادة تسمية «{name}»' },
  'savedViews.delete': { en: 'Delete', ar: 'حذف' },
  'savedViews.deleteNamed': { en: 'Delete “{name}”', ar: 'حذف «{name}»' },
  'savedViews.newNameFor': { en: 'New name for “{name}”', ar: 'الاسم الجديد للعرض «{name}»' },
  // What a view shows (describeView): its range.
  'savedViews.fromDate': { en: 'from {date}', ar: 'ابتداءً من {date}' },
  'savedViews.wholeRecord': { en: 'the whole record', ar: 'كامل الفترة المسجّلة' },
});
