import { defineMessages } from '../catalogue';

/**
 * The page's frame: header, range bar, notices, footer (src/app), and the parts every panel
 * shares (src/components): the panel's frame, loading and error states, source links, exports.
 */
export const appMessages = defineMessages({
  'app.title': {
    en: 'Syria Conflict & Diplomacy Dashboard',
    ar: 'لوحة متابعة النزاع والدبلوماسية في سوريا',
  },
  'app.tagline': {
    en: 'Actors, peace talks, human cost and places, for any period',
    ar: 'الأطراف ومحادثات السلام والكلفة البشرية والأماكن، لأي فترة',
  },
  'app.skipToPanels': { en: 'Skip to panels', ar: 'انتقل إلى اللوحات' },
  'app.reload': { en: 'Reload', ar: 'إعادة التحميل' },
  /** Between sources named one after another. */
  'app.sourceSeparator': { en: '; ', ar: '؛ ' },

  // The range bar.
  'app.range.label': { en: 'Date range for every panel', ar: 'الفترة الزمنية لكل اللوحات' },
  'app.range.from': { en: 'From', ar: 'من' },
  'app.range.to': { en: 'To', ar: 'إلى' },
  'app.range.reset': { en: 'Reset', ar: 'إعادة الضبط' },
  'app.range.presets': { en: 'Preset ranges', ar: 'فترات جاهزة' },
  'app.range.presetTitle': { en: '{description} ({range})', ar: '{description} ({range})' },

  // The line under the range bar.
  'app.summary.label': { en: 'What the range holds', ar: 'ما تتضمنه الفترة' },
  'app.summary.roundsTitle': {
    en: "Counted from the tracker's records",
    ar: 'محسوبة من سجلات متتبّع عملية السلام',
  },
  'app.summary.rounds': {
    en: { one: '{count} round held', other: '{count} rounds held' },
    ar: {
      zero: 'لم تُعقد أي جولة',
      one: 'عُقدت جولة واحدة',
      two: 'عُقدت جولتان',
      few: 'عُقدت {count} جولات',
      many: 'عُقدت {count} جولة',
      other: 'عُقدت {count} جولة',
    },
  },
  'app.summary.eventsTitle': {
    en: "Counted from the map's records",
    ar: 'محسوبة من سجلات الخريطة',
  },
  'app.summary.events': {
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
  'app.summary.deaths': {
    en: { one: '{count} death in {year}', other: '{count} deaths in {year}' },
    ar: {
      zero: 'لا قتلى في عام {year}',
      one: 'قتيل واحد في عام {year}',
      two: 'قتيلان في عام {year}',
      few: '{count} قتلى في عام {year}',
      many: '{count} قتيلاً في عام {year}',
      other: '{count} قتيل في عام {year}',
    },
  },
  'app.summary.noDeaths': {
    en: 'no SOHR toll for a year of the range',
    ar: 'لا حصيلة للمرصد السوري (SOHR) لأي عام من الفترة',
  },
  'app.summary.refugees': {
    en: {
      one: '{count} registered refugee in the region, {date}',
      other: '{count} registered refugees in the region, {date}',
    },
    ar: {
      zero: 'لا لاجئين مسجّلين في المنطقة، {date}',
      one: 'لاجئ واحد مسجّل في المنطقة، {date}',
      two: 'لاجئان مسجّلان في المنطقة، {date}',
      few: '{count} لاجئين مسجّلين في المنطقة، {date}',
      many: '{count} لاجئاً مسجّلاً في المنطقة، {date}',
      other: '{count} لاجئ مسجّل في المنطقة، {date}',
    },
  },
  'app.summary.noRefugees': {
    en: "no regional refugee figure by the range's end",
    ar: 'لا رقم إقليمياً للاجئين حتى نهاية الفترة',
  },
  'app.summary.figure': { en: '{figure} ({sources})', ar: '{figure} ({sources})' },
  'app.summary.figureVia': {
    en: '{figure} ({publisher}, via {sources})',
    ar: '{figure} ({publisher}، نقلاً عن {sources})',
  },
  'app.summary.sourceTitle': { en: '{title}, {date}', ar: '{title}، بتاريخ {date}' },

  // The selections beside the header's tools.
  'app.pills.label': { en: 'Active selections', ar: 'الاختيارات المفعّلة' },
  'app.pills.labelCombined': {
    en: 'Active selections: an actor and a round, combined',
    ar: 'الاختيارات المفعّلة: طرف وجولة معاً',
  },
  'app.pills.and': { en: 'and', ar: 'مع' },
  'app.pills.in': { en: 'in', ar: 'في' },
  'app.pills.actor': { en: 'Actor', ar: 'الطرف' },
  'app.pills.round': { en: 'Round', ar: 'الجولة' },
  'app.pills.governorate': { en: 'Governorate', ar: 'المحافظة' },
  'app.pills.unknownActor': { en: 'unknown actor “{id}”', ar: 'طرف غير معروف «{id}»' },
  'app.pills.unknownRound': { en: 'unknown round “{id}”', ar: 'جولة غير معروفة «{id}»' },
  'app.pills.governorateTitle': {
    en: 'Only the events in {name} governorate',
    ar: 'الأحداث في محافظة {name} فقط',
  },
  'app.pills.clear': { en: 'Clear', ar: 'إزالة' },
  'app.pills.clearActor': {
    en: 'Clear actor selection ({name})',
    ar: 'إزالة اختيار الطرف ({name})',
  },
  'app.pills.clearRound': {
    en: 'Clear round selection ({name})',
    ar: 'إزالة اختيار الجولة ({name})',
  },
  'app.pills.clearGovernorate': {
    en: 'Clear governorate selection ({name})',
    ar: 'إزالة اختيار المحافظة ({name})',
  },

  // "Download all".
  'app.downloadAll': { en: 'Download all', ar: 'تنزيل الكل' },
  'app.downloadAll.busy': { en: 'Preparing the ZIP…', ar: 'جارٍ إعداد ملف ZIP…' },
  'app.downloadAll.done': {
    en: {
      one: '{count} file and a README in the ZIP.',
      other: '{count} files and a README in the ZIP.',
    },
    ar: {
      zero: 'لا ملفات في ملف ZIP سوى README.',
      one: 'ملف واحد مع README في ملف ZIP.',
      two: 'ملفان مع README في ملف ZIP.',
      few: '{count} ملفات مع README في ملف ZIP.',
      many: '{count} ملفاً مع README في ملف ZIP.',
      other: '{count} ملف مع README في ملف ZIP.',
    },
  },
  'app.downloadAll.failed': {
    en: 'Download all failed: {message}',
    ar: 'تعذّر تنزيل الكل: {message}',
  },
  'app.downloadAll.actor': { en: 'Highlighted actor: {name}', ar: 'الطرف المميَّز: {name}' },
  'app.downloadAll.round': { en: 'Open round: {name}', ar: 'الجولة المعروضة: {name}' },
  'app.downloadAll.governorate': { en: 'Governorate: {name}', ar: 'المحافظة: {name}' },
  'app.downloadAll.noDataset': { en: 'Dataset version unknown', ar: 'إصدار البيانات غير معروف' },

  // The colour theme.
  'app.theme.label': { en: 'Colour theme', ar: 'نمط الألوان' },
  'app.theme.system': { en: 'System theme', ar: 'نمط النظام' },
  'app.theme.light': { en: 'Light theme', ar: 'النمط الفاتح' },
  'app.theme.dark': { en: 'Dark theme', ar: 'النمط الداكن' },

  // The notice of a link with parts that could not be used.
  'app.urlNotice.title': {
    en: 'Part of this link could not be used',
    ar: 'تعذّر استخدام جزء من هذا الرابط',
  },
  'app.urlNotice.dismiss': { en: 'Dismiss', ar: 'إخفاء' },

  // The footer.
  'app.footer.dataset': {
    en: 'Dataset {version}, as of {date} · {sources} · {licence}',
    ar: 'البيانات: الإصدار {version}، حتى {date} · {sources} · {licence}',
  },
  'app.footer.sources': {
    en: { one: '{count} public source', other: '{count} public sources' },
    ar: {
      zero: 'لا مصادر عامة',
      one: 'مصدر عام واحد',
      two: 'مصدران عامّان',
      few: '{count} مصادر عامة',
      many: '{count} مصدراً عاماً',
      other: '{count} مصدر عام',
    },
  },
  'app.footer.error': {
    en: 'Dataset information and source links unavailable (sources are shown by id): {error}',
    ar: 'معلومات البيانات وروابط المصادر غير متاحة (تُعرض المصادر بمعرّفاتها): {error}',
  },
  'app.footer.moreProblems': {
    en: {
      one: '{problem} (and {count} more problem)',
      other: '{problem} (and {count} more problems)',
    },
    ar: {
      zero: '{problem}',
      one: '{problem} (ومشكلة أخرى واحدة)',
      two: '{problem} (ومشكلتان أخريان)',
      few: '{problem} (و{count} مشكلات أخرى)',
      many: '{problem} (و{count} مشكلة أخرى)',
      other: '{problem} (و{count} مشكلة أخرى)',
    },
  },
  'app.footer.loading': {
    en: 'Loading dataset information…',
    ar: 'جارٍ تحميل معلومات البيانات…',
  },
  'app.footer.note': {
    en: 'Every figure links to its public source. Runs entirely from this site: no request leaves it.',
    ar: 'يرتبط كل رقم بمصدره العام. تعمل اللوحة كلها من هذا الموقع: لا يخرج منه أي طلب.',
  },

  // A panel's frame.
  'app.panel.expand': { en: 'Expand', ar: 'توسيع' },
  'app.panel.expandLabel': {
    en: 'Expand {title} to the whole window',
    ar: 'توسيع لوحة «{title}» إلى كامل النافذة',
  },
  'app.panel.allPanels': { en: 'All panels', ar: 'كل اللوحات' },
  'app.panel.allPanelsLabel': { en: 'Show all four panels', ar: 'عرض اللوحات الأربع كلها' },
  'app.panel.crashed': { en: 'This panel stopped working.', ar: 'توقفت هذه اللوحة عن العمل.' },
  'app.panel.tryAgain': { en: 'Try again', ar: 'إعادة المحاولة' },

  // Loading and errors of the dataset.
  'app.data.loading': { en: 'Loading data…', ar: 'جارٍ تحميل البيانات…' },
  'app.data.invalidOne': {
    en: 'This panel cannot show its data: {files} is not valid.',
    ar: 'لا تستطيع هذه اللوحة عرض بياناتها: الملف {files} غير صالح.',
  },
  'app.data.invalidTwo': {
    en: 'This panel cannot show its data: {files} are not valid.',
    ar: 'لا تستطيع هذه اللوحة عرض بياناتها: الملفان {files} غير صالحين.',
  },
  'app.data.invalidMany': {
    en: 'This panel cannot show its data: {files} are not valid.',
    ar: 'لا تستطيع هذه اللوحة عرض بياناتها: الملفات {files} غير صالحة.',
  },
  'app.data.anyFile': { en: 'data', ar: 'البيانات' },
  'app.data.moreProblems': {
    en: { one: '…and {count} more problem.', other: '…and {count} more problems.' },
    ar: {
      zero: '…ولا مشكلات أخرى.',
      one: '…ومشكلة أخرى واحدة.',
      two: '…ومشكلتان أخريان.',
      few: '…و{count} مشكلات أخرى.',
      many: '…و{count} مشكلة أخرى.',
      other: '…و{count} مشكلة أخرى.',
    },
  },

  // A record's sources.
  'app.sources.source': { en: 'Source:', ar: 'المصدر:' },
  'app.sources.sources': { en: 'Sources:', ar: 'المصادر:' },
  'app.sources.titleFromUrl': {
    en: '(title as given in the URL)',
    ar: '(العنوان كما يرد في الرابط)',
  },
  'app.sources.titleDescribed': {
    en: '(headline not shown; the page described)',
    ar: '(لم يظهر العنوان؛ وصفٌ للصفحة)',
  },
  'app.sources.titleFromUrlTruncated': {
    en: '(title as given in the URL, truncated)',
    ar: '(العنوان كما يرد في الرابط، مقتطعاً)',
  },
  'app.sources.ids': { en: 'Sources: {ids}', ar: 'المصادر: {ids}' },

  // A chart's export buttons and the text its images carry.
  'app.export.label': { en: 'Export {title}', ar: 'تصدير {title}' },
  'app.export.png': { en: 'Download PNG', ar: 'تنزيل PNG' },
  'app.export.svg': { en: 'Download SVG', ar: 'تنزيل SVG' },
  'app.export.csv': { en: 'Download CSV', ar: 'تنزيل CSV' },
  'app.export.failed': { en: '{action} failed: {message}', ar: 'تعذّر {action}: {message}' },
  'app.export.notOnScreen': {
    en: 'the chart is not on screen',
    ar: 'الرسم البياني غير ظاهر على الشاشة',
  },
  'app.export.highlighted': {
    en: '{range} · Highlighted: {name}',
    ar: '{range} · الطرف المميَّز: {name}',
  },
  'app.export.moreSources': {
    en: {
      one: '{shown}; and {count} more (see the dashboard)',
      other: '{shown}; and {count} more (see the dashboard)',
    },
    ar: {
      zero: '{shown}',
      one: '{shown}؛ ومصدر آخر (انظر اللوحة)',
      two: '{shown}؛ ومصدران آخران (انظر اللوحة)',
      few: '{shown}؛ و{count} مصادر أخرى (انظر اللوحة)',
      many: '{shown}؛ و{count} مصدراً آخر (انظر اللوحة)',
      other: '{shown}؛ و{count} مصدر آخر (انظر اللوحة)',
    },
  },
  'app.export.sourcesAsPublished': {
    en: 'Sources: {publishers}, as published in: {cited}',
    ar: 'المصادر: {publishers}، كما نُشرت في: {cited}',
  },
  'app.export.sources': { en: 'Sources: {cited}', ar: 'المصادر: {cited}' },
  'app.export.noSources': { en: 'Sources: see the dashboard', ar: 'المصادر: انظر اللوحة' },
  'app.export.datasetLine': { en: '{dataset} · {title}', ar: '{dataset} · {title}' },
});
