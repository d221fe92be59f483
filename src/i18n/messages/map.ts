import { defineMessages } from '../catalogue';

/**
 * The map panel (src/features/map): its controls, legends, popups, marker titles and the
 * exported image's text (its table, governorate view and own events: map-views.ts).
 */
export const mapMessages = defineMessages({
  'map.title': { en: 'Map', ar: 'الخريطة' },
  'map.subtitle': {
    en: 'Events, talks venues and zones, {range}',
    ar: 'الأحداث وأماكن المحادثات والمناطق، {range}',
  },
  'map.regionLabel': {
    en: 'Map of events, talks venues and zones; use the arrow keys to pan and plus and minus to zoom',
    ar: 'خريطة الأحداث وأماكن المحادثات والمناطق؛ استخدم مفاتيح الأسهم لتحريكها، ومفتاحَي الزائد والناقص لتكبيرها وتصغيرها',
  },
  'map.zoomIn': { en: 'Zoom in', ar: 'تكبير' },
  'map.zoomOut': { en: 'Zoom out', ar: 'تصغير' },
  'map.closePopup': { en: 'Close popup', ar: 'إغلاق النافذة المنبثقة' },
  'map.leafletTitle': {
    en: 'A JavaScript library for interactive maps',
    ar: 'مكتبة جافاسكربت للخرائط التفاعلية',
  },
  'map.osmAttribution': { en: '© {osm} contributors', ar: '© المساهمون في {osm}' },
  'map.empty': {
    en: 'No event or meeting {range}; the map shows the places only.',
    ar: 'لا أحداث ولا اجتماعات {range}؛ تعرض الخريطة الأماكن فقط.',
  },
  'map.tableToggle': {
    en: 'Events on the map as a table ({total})',
    ar: 'الأحداث المعروضة على الخريطة في جدول ({total})',
  },

  // Counts, inside the sentences below.
  'map.count.events': {
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
  // Said after "في" ("at"): the dual in the genitive.
  'map.count.places': {
    en: { one: '{count} place', other: '{count} places' },
    ar: {
      zero: 'لا أماكن',
      one: 'مكان واحد',
      two: 'مكانين',
      few: '{count} أماكن',
      many: '{count} مكاناً',
      other: '{count} مكان',
    },
  },
  'map.count.venues': {
    en: { one: '{count} talks venue', other: '{count} talks venues' },
    ar: {
      zero: 'لا أماكن محادثات',
      one: 'مكان محادثات واحد',
      two: 'مكانا محادثات',
      few: '{count} أماكن محادثات',
      many: '{count} مكاناً للمحادثات',
      other: '{count} مكان محادثات',
    },
  },
  'map.count.zones': {
    en: { one: '{count} zone', other: '{count} zones' },
    ar: {
      zero: 'لا مناطق',
      one: 'منطقة واحدة',
      two: 'منطقتان',
      few: '{count} مناطق',
      many: '{count} منطقةً',
      other: '{count} منطقة',
    },
  },
  'map.count.deaths': {
    en: { one: '{count} death', other: '{count} deaths' },
    ar: {
      zero: 'لا قتلى',
      one: 'قتيل واحد',
      two: 'قتيلان',
      few: '{count} قتلى',
      many: '{count} قتيلاً',
      other: '{count} قتيل',
    },
  },

  // The legend under the map and in the exported image.
  'map.legend.label': { en: 'Legend', ar: 'مفتاح الخريطة' },
  'map.legend.categoryEvent': { en: '{category} event', ar: 'حدث {category}' },
  'map.legend.severalEvents': {
    en: 'Several events (number inside)',
    ar: 'عدة أحداث (عددها داخل الدائرة)',
  },
  'map.legend.venue': {
    en: 'Talks venue (meetings in range)',
    ar: 'مكان محادثات (عدد الاجتماعات في الفترة)',
  },
  'map.legend.zone': {
    en: 'De-escalation zone (approximate)',
    ar: 'منطقة خفض التصعيد (حدود تقريبية)',
  },
  'map.legend.baseHeldBy': {
    en: 'Military base held by {holder}',
    ar: 'قاعدة عسكرية تحت سيطرة {holder}',
  },
  'map.legend.baseOther': {
    en: 'Military base, other holder',
    ar: 'قاعدة عسكرية تحت سيطرة جهة أخرى',
  },
  'map.legend.capital': { en: 'Governorate capital', ar: 'مركز محافظة' },
  'map.legend.town': { en: 'Town (when zoomed in)', ar: 'بلدة (عند التكبير)' },
  'map.legend.crossing': {
    en: 'Border crossing (when zoomed in)',
    ar: 'معبر حدودي (عند التكبير)',
  },
  'map.legend.openRound': {
    en: "Open round's venue (ringed)",
    ar: 'مكان الجولة المختارة (محاط بحلقة)',
  },

  // Holders of the military bases.
  'map.holder.russia': { en: 'Russia', ar: 'روسيا' },
  'map.holder.unitedStates': { en: 'United States', ar: 'الولايات المتحدة' },
  'map.holder.turkey': { en: 'Turkey', ar: 'تركيا' },
  'map.holder.syrianGovernment': {
    en: 'Syrian government (Assad)',
    ar: 'الحكومة السورية (عهد الأسد)',
  },
  'map.holder.other': { en: 'Other holder', ar: 'جهة أخرى' },
  'map.base.title': {
    en: '{place}: held by {holder}, {when}',
    ar: '{place}: تحت سيطرة {holder}، {when}',
  },
  'map.base.heldBy': { en: 'Held by {holder}, {when}', ar: 'تحت سيطرة {holder}، {when}' },

  // Events, clusters and places.
  'map.event.markerTitle': { en: '{date}: {title}', ar: '{date}: (بالإنجليزية) {title}' },
  'map.placeEvents.title': {
    en: { one: '{count} event at {place}', other: '{count} events at {place}' },
    ar: {
      zero: 'لا أحداث في {place}',
      one: 'حدث واحد في {place}',
      two: 'حدثان في {place}',
      few: '{count} أحداث في {place}',
      many: '{count} حدثاً في {place}',
      other: '{count} حدث في {place}',
    },
  },
  'map.placeEvents.more': {
    en: {
      one: '…and {count} earlier: narrow the range, or see them all in the table of events under the map.',
      other:
        '…and {count} earlier: narrow the range, or see them all in the table of events under the map.',
    },
    ar: {
      zero: '…ولا أحداث أقدم.',
      one: '…وحدث واحد أقدم: ضيّق الفترة، أو اطّلع على الأحداث كلها في جدول الأحداث أسفل الخريطة.',
      two: '…وحدثان أقدم: ضيّق الفترة، أو اطّلع على الأحداث كلها في جدول الأحداث أسفل الخريطة.',
      few: '…و{count} أحداث أقدم: ضيّق الفترة، أو اطّلع على الأحداث كلها في جدول الأحداث أسفل الخريطة.',
      many: '…و{count} حدثاً أقدم: ضيّق الفترة، أو اطّلع على الأحداث كلها في جدول الأحداث أسفل الخريطة.',
      other:
        '…و{count} حدث أقدم: ضيّق الفترة، أو اطّلع على الأحداث كلها في جدول الأحداث أسفل الخريطة.',
    },
  },
  'map.cluster.title': { en: '{events} at {places}: summary', ar: '{events} في {places}: ملخص' },
  'map.cluster.heading': { en: '{events} at {places}', ar: '{events} في {places}' },
  'map.cluster.byCategory': { en: 'By category', ar: 'حسب الفئة' },
  'map.cluster.mostAt': { en: 'Most events at {places}', ar: 'أكثر الأماكن أحداثاً: {places}' },
  'map.cluster.mostAtAndMore': {
    en: {
      one: 'Most events at {places} and {count} more place',
      other: 'Most events at {places} and {count} more places',
    },
    ar: {
      zero: 'أكثر الأماكن أحداثاً: {places}',
      one: 'أكثر الأماكن أحداثاً: {places}، ومكان آخر',
      two: 'أكثر الأماكن أحداثاً: {places}، ومكانان آخران',
      few: 'أكثر الأماكن أحداثاً: {places}، و{count} أماكن أخرى',
      many: 'أكثر الأماكن أحداثاً: {places}، و{count} مكاناً آخر',
      other: 'أكثر الأماكن أحداثاً: {places}، و{count} مكان آخر',
    },
  },
  'map.venue.title': {
    en: { one: '{place}: {count} meeting', other: '{place}: {count} meetings' },
    ar: {
      zero: '{place}: لا اجتماعات',
      one: '{place}: اجتماع واحد',
      two: '{place}: اجتماعان',
      few: '{place}: {count} اجتماعات',
      many: '{place}: {count} اجتماعاً',
      other: '{place}: {count} اجتماع',
    },
  },
  'map.venue.titleOpenRound': {
    en: {
      one: '{place}: {count} meeting, among them the open round ({round})',
      other: '{place}: {count} meetings, among them the open round ({round})',
    },
    ar: {
      zero: '{place}: لا اجتماعات، والجولة المختارة ({round}) ليست منها',
      one: '{place}: اجتماع واحد، هو الجولة المختارة ({round})',
      two: '{place}: اجتماعان، أحدهما الجولة المختارة ({round})',
      few: '{place}: {count} اجتماعات، منها الجولة المختارة ({round})',
      many: '{place}: {count} اجتماعاً، منها الجولة المختارة ({round})',
      other: '{place}: {count} اجتماع، منها الجولة المختارة ({round})',
    },
  },
  'map.zone.details': { en: '{zone}: details', ar: '{zone}: التفاصيل' },
  'map.zone.approximateOutline': {
    en: '{zone} (approximate outline)',
    ar: '{zone} (حدود تقريبية)',
  },
  'map.zone.existed': { en: 'Existed {span}', ar: 'فترة وجودها: {span}' },
  'map.zone.outlineApproximate': { en: 'outline approximate', ar: 'الحدود تقريبية' },
  'map.zone.createdBy': { en: 'Created by {round}', ar: 'أُنشئت بموجب {round}' },
  'map.crossing.title': { en: '{place}: border crossing', ar: '{place}: معبر حدودي' },

  // The countries named on the basemap.
  'map.country.syria': { en: 'SYRIA', ar: 'سوريا' },
  'map.country.turkiye': { en: 'TÜRKIYE', ar: 'تركيا' },
  'map.country.iraq': { en: 'IRAQ', ar: 'العراق' },
  'map.country.jordan': { en: 'JORDAN', ar: 'الأردن' },
  'map.country.lebanon': { en: 'LEBANON', ar: 'لبنان' },
  'map.country.israel': { en: 'ISRAEL', ar: 'إسرائيل' },
  'map.country.cyprus': { en: 'CYPRUS', ar: 'قبرص' },

  // The controls above the map.
  'map.layers': { en: 'Layers', ar: 'الطبقات' },
  'map.layer.events': { en: 'Events', ar: 'الأحداث' },
  'map.layer.meetings': { en: 'Talks venues', ar: 'أماكن المحادثات' },
  'map.layer.zones': { en: 'De-escalation zones', ar: 'مناطق خفض التصعيد' },
  'map.layer.bases': { en: 'Military bases', ar: 'القواعد العسكرية' },
  'map.layer.capitals': { en: 'Cities, towns and crossings', ar: 'المدن والبلدات والمعابر' },
  'map.onlineTiles': {
    en: 'Online map tiles ({osm}; needs internet)',
    ar: 'خريطة أساس من الإنترنت ({osm}؛ تتطلب اتصالاً بالإنترنت)',
  },
  'map.play.group': { en: 'Play the range month by month', ar: 'عرض الفترة شهراً بشهر' },
  'map.play.play': { en: 'Play by month', ar: 'تشغيل حسب الشهر' },
  'map.play.pause': { en: 'Pause', ar: 'إيقاف مؤقت' },
  'map.play.resume': { en: 'Resume', ar: 'استئناف' },
  'map.play.stop': { en: 'Stop', ar: 'إيقاف' },
  'map.play.speedLabel': { en: 'Speed', ar: 'السرعة' },
  'map.play.speed': {
    en: { one: '{count} s per month', other: '{count} s per month' },
    ar: {
      zero: 'دون انتظار بين الأشهر',
      one: 'ثانية واحدة لكل شهر',
      two: 'ثانيتان لكل شهر',
      few: '{count} ثوانٍ لكل شهر',
      many: '{count} ثانيةً لكل شهر',
      other: '{count} ثانية لكل شهر',
    },
  },
  'map.mode.legend': { en: 'Events as', ar: 'عرض الأحداث' },
  'map.mode.markers': { en: 'Markers', ar: 'علامات' },
  'map.mode.governorates': {
    en: 'Governorates shaded by events',
    ar: 'محافظات مظلَّلة حسب عدد الأحداث',
  },

  // The line under the controls, and the export.
  'map.summary.events': {
    en: { one: '{count} event in range on the map', other: '{count} events in range on the map' },
    ar: {
      zero: 'لا أحداث على الخريطة في الفترة',
      one: 'حدث واحد على الخريطة في الفترة',
      two: 'حدثان على الخريطة في الفترة',
      few: '{count} أحداث على الخريطة في الفترة',
      many: '{count} حدثاً على الخريطة في الفترة',
      other: '{count} حدث على الخريطة في الفترة',
    },
  },
  'map.summary.eventsInMonth': {
    en: {
      one: '{count} event in {month} on the map',
      other: '{count} events in {month} on the map',
    },
    ar: {
      zero: 'لا أحداث على الخريطة في {month}',
      one: 'حدث واحد على الخريطة في {month}',
      two: 'حدثان على الخريطة في {month}',
      few: '{count} أحداث على الخريطة في {month}',
      many: '{count} حدثاً على الخريطة في {month}',
      other: '{count} حدث على الخريطة في {month}',
    },
  },
  'map.summary.unplaced': {
    en: {
      one: '({count} without a known place not shown)',
      other: '({count} without a known place not shown)',
    },
    ar: {
      zero: '(لا أحداث بلا مكان معروف)',
      one: '(لم يُعرض حدث واحد لا يُعرف مكانه)',
      two: '(لم يُعرض حدثان لا يُعرف مكانهما)',
      few: '(لم تُعرض {count} أحداث لا يُعرف مكانها)',
      many: '(لم يُعرض {count} حدثاً لا يُعرف مكانها)',
      other: '(لم يُعرض {count} حدث لا يُعرف مكانها)',
    },
  },
  'map.summary.openRoundRinged': {
    en: "the open round's venue is ringed",
    ar: 'مكان الجولة المختارة محاط بحلقة',
  },
  'map.summary.openRoundNotInRange': {
    en: 'the open round ({round}) is not on the map in this range',
    ar: 'الجولة المختارة ({round}) ليست على الخريطة في هذه الفترة',
  },
  'map.summary.openRoundVenuesHidden': {
    en: 'the open round ({round}) is not on the map: talks venues are hidden',
    ar: 'الجولة المختارة ({round}) ليست على الخريطة: أماكن المحادثات مخفية',
  },
  'map.showAllVenues': { en: 'Show all talks venues', ar: 'عرض كل أماكن المحادثات' },
  'map.backToSyria': { en: 'Back to Syria', ar: 'العودة إلى سوريا' },
  'map.showOpenRoundVenue': {
    en: "Show the open round's venue",
    ar: 'عرض مكان الجولة المختارة',
  },
  'map.export.title': {
    en: 'Map: events, talks venues and de-escalation zones',
    ar: 'الخريطة: الأحداث وأماكن المحادثات ومناطق خفض التصعيد',
  },
  'map.export.openRoundRinged': {
    en: 'Open round: {round} (its venue is ringed)',
    ar: 'الجولة المختارة: {round} (مكانها محاط بحلقة)',
  },
  'map.export.openRoundAbsent': {
    en: 'Open round: {round} (not on the map in this range)',
    ar: 'الجولة المختارة: {round} (ليست على الخريطة في هذه الفترة)',
  },
  'map.export.ownEvents': {
    en: "Includes your events from {file} ({format}), not part of the dashboard's dataset",
    ar: 'تتضمن أحداثك من {file} ({format})، وهي ليست من بيانات اللوحة',
  },
  'map.export.boundaries': {
    en: 'Boundaries: {naturalEarth} (public domain), via {worldAtlas}.',
    ar: 'الحدود: {naturalEarth} (ملكية عامة)، عبر حزمة {worldAtlas}.',
  },
  'map.export.zonesApproximate': {
    en: 'Zone outlines are approximate.',
    ar: 'حدود المناطق تقريبية.',
  },
  'map.export.onlineTiles': {
    en: 'Online tiles are not part of the export.',
    ar: 'خريطة الأساس من الإنترنت ليست جزءاً من الصورة المصدَّرة.',
  },
  'map.export.ownCitation': { en: 'Your events: {citation}', ar: 'أحداثك: {citation}' },
});
