import { defineMessages } from '../catalogue';

/**
 * The map panel's other views (src/features/map): the table of events under the map, the
 * governorate view, and the analyst's own events as the map draws them.
 */
export const mapViewsMessages = defineMessages({
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
