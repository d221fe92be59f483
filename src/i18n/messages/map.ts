import { defineMessages } from '../catalogue';

/**
 * The map panel (src/features/map): its controls, legends, popups, marker titles, the
 * governorate view, the table of events and the exported image's text.
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

  // The table of events under the map.
  'map.table.empty': { en: 'No event in this range.', ar: 'لا أحداث في هذه الفترة.' },
  'map.table.label': {
    en: {
      one: 'Events on the map, {count} row: scroll for more',
      other: 'Events on the map, {count} rows: scroll for more',
    },
    ar: {
      zero: 'الأحداث على الخريطة، لا صفوف',
      one: 'الأحداث على الخريطة، صف واحد: مرّر لعرض المزيد',
      two: 'الأحداث على الخريطة، صفّان: مرّر لعرض المزيد',
      few: 'الأحداث على الخريطة، {count} صفوف: مرّر لعرض المزيد',
      many: 'الأحداث على الخريطة، {count} صفاً: مرّر لعرض المزيد',
      other: 'الأحداث على الخريطة، {count} صف: مرّر لعرض المزيد',
    },
  },
  'map.table.caption': { en: 'Events on the map, {range}', ar: 'الأحداث على الخريطة، {range}' },
  'map.table.date': { en: 'Date', ar: 'التاريخ' },
  'map.table.event': { en: 'Event', ar: 'الحدث' },
  'map.table.place': { en: 'Place', ar: 'المكان' },
  'map.table.source': { en: 'Source', ar: 'المصدر' },

  // The governorate view.
  'map.gov.shadeBy': { en: 'Shade by', ar: 'التظليل حسب' },
  'map.gov.shadeDataset': { en: "The dashboard's events", ar: 'أحداث اللوحة' },
  'map.gov.shadeOwn': { en: 'Your events', ar: 'أحداثك' },
  'map.gov.panelLabel': { en: 'Events per governorate', ar: 'الأحداث حسب المحافظة' },
  'map.gov.legendLabel': {
    en: 'Shading: events in range per governorate',
    ar: 'التظليل: الأحداث في الفترة حسب المحافظة',
  },
  'map.gov.legendLabelOwn': {
    en: 'Shading: your events in range per governorate',
    ar: 'التظليل: أحداثك في الفترة حسب المحافظة',
  },
  'map.gov.legendItem': { en: 'Governorate: {label}', ar: 'محافظة: {label}' },
  'map.gov.classNone': { en: 'no events in range', ar: 'لا أحداث في الفترة' },
  'map.gov.classNoneOwn': { en: 'no event of yours in range', ar: 'لا شيء من أحداثك في الفترة' },
  'map.gov.classRange': {
    en: { one: '{from}–{count} events', other: '{from}–{count} events' },
    ar: {
      zero: '{from}–{count} أحداث',
      one: '{from}–{count} أحداث',
      two: '{from}–{count} أحداث',
      few: '{from}–{count} أحداث',
      many: '{from}–{count} حدثاً',
      other: '{from}–{count} حدث',
    },
  },
  'map.gov.classRangeOwn': {
    en: { one: '{from}–{count} of your events', other: '{from}–{count} of your events' },
    ar: {
      zero: '{from}–{count} من أحداثك',
      one: '{from}–{count} من أحداثك',
      two: '{from}–{count} من أحداثك',
      few: '{from}–{count} من أحداثك',
      many: '{from}–{count} من أحداثك',
      other: '{from}–{count} من أحداثك',
    },
  },
  'map.gov.ownCount': {
    en: { one: '{count} of your events', other: '{count} of your events' },
    ar: {
      zero: 'لا شيء من أحداثك',
      one: 'حدث واحد من أحداثك',
      two: 'حدثان من أحداثك',
      few: '{count} أحداث من أحداثك',
      many: '{count} حدثاً من أحداثك',
      other: '{count} حدث من أحداثك',
    },
  },
  'map.gov.noEvents': { en: 'No events', ar: 'لا أحداث' },
  'map.gov.tooltip': {
    en: '{governorate}: {counted} in range',
    ar: '{governorate}: {counted} في الفترة',
  },
  'map.gov.selected': { en: 'selected', ar: 'مختارة' },
  'map.gov.caption': {
    en: 'Events in range per governorate ({counts}). Choose a governorate to show only the dashboard’s events there.',
    ar: 'الأحداث في الفترة حسب المحافظة ({counts}). اختر محافظة لعرض أحداث اللوحة فيها وحدها.',
  },
  'map.gov.captionWithOwn': {
    en: 'Events in range per governorate ({counts}); your events by where their coordinates lie ({ownCounts}). Choose a governorate to show only the dashboard’s events there.',
    ar: 'الأحداث في الفترة حسب المحافظة ({counts})؛ وأحداثك حسب موقع إحداثياتها ({ownCounts}). اختر محافظة لعرض أحداث اللوحة فيها وحدها.',
  },
  'map.gov.inSyria': { en: '{total} in Syria', ar: '{total} في سوريا' },
  'map.gov.inSyriaAbroad': {
    en: '{total} in Syria; {elsewhere} abroad or without one',
    ar: '{total} في سوريا؛ {elsewhere} خارجها أو بلا محافظة',
  },
  'map.gov.inSyriaOutside': {
    en: '{total} in Syria; {elsewhere} outside it',
    ar: '{total} في سوريا؛ {elsewhere} خارجها',
  },
  'map.gov.colGovernorate': { en: 'Governorate', ar: 'المحافظة' },
  'map.gov.colDashboardEvents': { en: 'Dashboard events in range', ar: 'أحداث اللوحة في الفترة' },
  'map.gov.colEvents': { en: 'Events in range', ar: 'الأحداث في الفترة' },
  'map.gov.colShare': { en: 'Share', ar: 'النسبة' },
  'map.gov.colOwnEvents': { en: 'Your events', ar: 'أحداثك' },
  'map.gov.colOwnShare': { en: 'Your share', ar: 'نسبة أحداثك' },
  'map.gov.colOwnDeaths': { en: 'Deaths your file reports', ar: 'القتلى بحسب ملفك' },
  'map.gov.attribution': {
    en: 'Governorates: {dataset} (CC BY 3.0 IGO), from OCHA / UN Cartographic Section data',
    ar: 'المحافظات: {dataset} (CC BY 3.0 IGO)، من بيانات مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية (OCHA) / قسم الخرائط في الأمم المتحدة',
  },
  'map.error.basemapHttp': {
    en: 'The basemap could not be loaded (HTTP {status}).',
    ar: 'تعذّر تحميل خريطة الأساس (HTTP {status}).',
  },
  'map.error.basemapEmpty': {
    en: 'The basemap has no countries.',
    ar: 'لا تتضمن خريطة الأساس أي دولة.',
  },
  'map.error.governoratesHttp': {
    en: 'The governorate boundaries could not be loaded (HTTP {status}).',
    ar: 'تعذّر تحميل حدود المحافظات (HTTP {status}).',
  },
  'map.error.governoratesEmpty': {
    en: 'The governorate boundaries have no shapes.',
    ar: 'لا تتضمن حدود المحافظات أي شكل.',
  },
  'map.error.governorateUnknown': {
    en: 'Unknown governorate "{name}" in the boundaries.',
    ar: 'محافظة غير معروفة «{name}» في ملف الحدود.',
  },

  // The analyst's own events.
  'map.own.yourEvents': { en: 'Your events', ar: 'أحداثك' },
  // English says "deaths" whatever the sum, as it always has: readers of the title parse it.
  'map.own.clusterCounts': {
    en: { one: '{events}, {count} deaths reported', other: '{events}, {count} deaths reported' },
    ar: {
      zero: '{events}، ولم يُبلَّغ عن قتلى',
      one: '{events}، وقتيل واحد مُبلَّغ عنه',
      two: '{events}، وقتيلان مُبلَّغ عنهما',
      few: '{events}، و{count} قتلى مُبلَّغ عنهم',
      many: '{events}، و{count} قتيلاً مُبلَّغاً عنهم',
      other: '{events}، و{count} قتيل مُبلَّغ عنهم',
    },
  },
  'map.own.clusterTitle': {
    en: 'Your events: {counts} (mostly {kind})',
    ar: 'أحداثك: {counts} (أغلبها: {kind})',
  },
  'map.own.eventTitle': { en: 'Your event: {date}, {kind}', ar: 'من أحداثك: {date}، {kind}' },
  'map.own.eventTitleDeaths': {
    en: 'Your event: {date}, {kind}, {deaths}',
    ar: 'من أحداثك: {date}، {kind}، {deaths}',
  },
  'map.own.sameCoordinates': {
    en: 'All at the same coordinates in your file.',
    ar: 'جميعها عند الإحداثيات نفسها في ملفك.',
  },
  'map.own.reading': { en: 'Reading the event from your file…', ar: 'جارٍ قراءة الحدث من ملفك…' },
  'map.own.unreadable': { en: 'This event could not be read.', ar: 'تعذّرت قراءة هذا الحدث.' },
  'map.own.deathsNotStated': { en: 'Deaths not stated', ar: 'عدد القتلى غير مذكور' },
  'map.own.deathsReported': {
    en: { one: '{count} death reported', other: '{count} deaths reported' },
    ar: {
      zero: 'لم يُبلَّغ عن قتلى',
      one: 'قتيل واحد مُبلَّغ عنه',
      two: 'قتيلان مُبلَّغ عنهما',
      few: '{count} قتلى مُبلَّغ عنهم',
      many: '{count} قتيلاً مُبلَّغاً عنهم',
      other: '{count} قتيل مُبلَّغ عنهم',
    },
  },
  'map.own.source': {
    en: 'Source (as in the file): {source}',
    ar: 'المصدر (كما ورد في الملف): {source}',
  },
  'map.own.fileRow': { en: 'Your file {file}, row {row}', ar: 'ملفك {file}، السطر {row}' },
  'map.own.fileRowId': {
    en: 'Your file {file}, row {row} (id {id})',
    ar: 'ملفك {file}، السطر {row} (المعرّف {id})',
  },
  'map.own.legendLabel': { en: 'Legend of your events ({file})', ar: 'مفتاح أحداثك ({file})' },
  'map.own.legendKind': { en: 'Your events: {kind}', ar: 'أحداثك: {kind}' },
  'map.own.legendOthers': {
    en: { one: 'Your events: {count} other kind', other: 'Your events: {count} other kinds' },
    ar: {
      zero: 'أحداثك: لا أنواع أخرى',
      one: 'أحداثك: نوع آخر واحد',
      two: 'أحداثك: نوعان آخران',
      few: 'أحداثك: {count} أنواع أخرى',
      many: 'أحداثك: {count} نوعاً آخر',
      other: 'أحداثك: {count} نوع آخر',
    },
  },
  'map.own.sizeNote': {
    en: 'Ring size: deaths reported ({limits} and more); a number inside: events clustered',
    ar: 'حجم الحلقة: عدد القتلى المُبلَّغ عنهم ({limits} فأكثر)؛ الرقم داخلها: عدد الأحداث المجمَّعة',
  },
});
