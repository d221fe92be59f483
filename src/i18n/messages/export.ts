import { defineMessages } from '../catalogue';

/**
 * The exporter (src/lib/export): the README of a view's ZIP and the errors an export can end
 * in (shown after "… failed:"). The text of an exported image itself comes from the feature
 * that exports it.
 */
export const exportMessages = defineMessages({
  'export.readme.heading': {
    en: '{dashboard}: the files of one view',
    ar: '{dashboard}: ملفات عرض واحد',
  },
  'export.readme.range': { en: 'Range: {range}', ar: 'الفترة: {range}' },
  'export.readme.selection': { en: 'Selection: {selection}', ar: 'الاختيارات: {selection}' },
  'export.readme.noSelection': { en: 'none', ar: 'لا شيء' },
  'export.readme.permalink': { en: 'Permalink: {url}', ar: 'الرابط الدائم: {url}' },
  /** The time in ISO form ("2026-12-05 02:30"), the same in both languages. */
  'export.readme.made': { en: 'Made: {time} UTC', ar: 'تاريخ الإعداد: {time} UTC' },
  'export.readme.files': { en: 'Files ({count}):', ar: 'الملفات ({count}):' },
  'export.readme.sources': { en: 'Sources ({count}):', ar: 'المصادر ({count}):' },
  'export.readme.citeAs': { en: 'Cite as:', ar: 'طريقة الاستشهاد:' },
  'export.error.noCanvas': {
    en: 'This browser cannot draw the image (no 2D canvas).',
    ar: 'لا يستطيع هذا المتصفح رسم الصورة (لا يدعم الرسم الثنائي الأبعاد).',
  },
  'export.error.pngEncoding': {
    en: 'The browser could not encode the PNG.',
    ar: 'تعذّر على المتصفح ترميز صورة PNG.',
  },
  'export.error.notRendered': {
    en: 'the image of the chart did not render',
    ar: 'تعذّر رسم صورة المخطط',
  },
});
