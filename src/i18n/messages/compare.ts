import { defineMessages } from '../catalogue';

/**
 * The comparison of two periods (src/app/compare): its button, the periods' fields, the tables
 * of counts and figures, the governorate maps and the charts of each period's pace. Period A is
 * the dashboard's range, B the one chosen; in Arabic, أ and ب.
 */
export const compareMessages = defineMessages({
  'compare.button.text': { en: 'Compare', ar: 'مقارنة' },
  'compare.button.label': { en: 'Compare periods', ar: 'مقارنة الفترات' },
  'compare.button.title': {
    en: 'Compare this range with another period',
    ar: 'قارن هذه الفترة بفترة أخرى',
  },
  'compare.title': { en: 'Compare two periods', ar: 'مقارنة فترتين' },
  'compare.close': { en: 'Close comparison', ar: 'إغلاق المقارنة' },
  'compare.loading': { en: 'Loading the dataset…', ar: 'جارٍ تحميل مجموعة البيانات…' },

  // The periods.
  'compare.nameA': { en: 'A', ar: 'أ' },
  'compare.nameB': { en: 'B', ar: 'ب' },
  'compare.period': { en: 'Period {name}', ar: 'الفترة {name}' },
  'compare.from': { en: 'From', ar: 'من' },
  'compare.to': { en: 'to', ar: 'إلى' },
  'compare.periodFrom': { en: 'Period {name} from', ar: 'بداية الفترة {name}' },
  'compare.periodTo': { en: 'Period {name} to', ar: 'نهاية الفترة {name}' },
  'compare.dashboardRange': {
    en: "{range} (the dashboard's range)",
    ar: '{range} (فترة اللوحة)',
  },
  'compare.sameBefore': { en: 'Same length before A', ar: 'المدة نفسها قبل أ' },
  'compare.sameAfter': { en: 'Same length after A', ar: 'المدة نفسها بعد أ' },

  // The tables.
  'compare.difference': { en: 'B − A', ar: 'ب − أ' },
  'compare.totals.caption': { en: 'What each period holds', ar: 'ما تتضمنه كل فترة' },
  'compare.totals.rounds': { en: 'Rounds held', ar: 'الجولات المعقودة' },
  'compare.totals.events': { en: 'Events', ar: 'الأحداث' },
  'compare.totals.actors': {
    en: 'Actors with a round or an event',
    ar: 'الأطراف المشاركة في جولة أو حدث',
  },
  'compare.tracks.caption': {
    en: 'Peace process tracker: rounds held by track',
    ar: 'متابعة عملية السلام: الجولات المعقودة حسب المسار',
  },
  'compare.categories.caption': {
    en: 'Map: events by category',
    ar: 'الخريطة: الأحداث حسب الفئة',
  },
  'compare.governorates.caption': {
    en: 'Map: events by governorate',
    ar: 'الخريطة: الأحداث حسب المحافظة',
  },
  'compare.governorates.empty': {
    en: 'No event in a governorate of Syria in either period.',
    ar: 'لا أحداث في أي محافظة سورية في أيٍّ من الفترتين.',
  },
  'compare.actors.caption': {
    en: 'Actors: the most active in each period (rounds + events)',
    ar: 'الأطراف: الأكثر نشاطاً في كل فترة (الجولات + الأحداث)',
  },
  'compare.actors.rank': { en: 'Rank', ar: 'المرتبة' },
  'compare.figures.caption': {
    en: "Statistics: each source's figure at the end of each period (an annual total: the latest year meeting the period; otherwise the latest figure dated in it) and, under it, the one at its start with the change over the period; B − A compares the ends",
    ar: 'الإحصاءات: رقم كل مصدر في نهاية كل فترة (للمجموع السنوي: آخر سنة تتقاطع مع الفترة؛ وإلا فآخر رقم مؤرَّخ ضمنها)، وتحته الرقم في بدايتها مع التغيّر خلالها؛ ويقارن عمود «ب − أ» بين النهايتين',
  },
  'compare.figures.series': { en: 'Series', ar: 'السلسلة' },
  'compare.noFigure': { en: 'no figure', ar: 'لا رقم' },
  'compare.inYear': { en: 'in {year}', ar: 'في عام {year}' },
  // The figure at a period's start: "from 12,000 (3 Jan 2018): +1,200 (+10%)".
  'compare.fromFigure': {
    en: 'from {value} ({when}): {change}',
    ar: 'من {value} ({when}): {change}',
  },

  // The governorates of each period.
  'compare.maps.title': {
    en: 'Map: events by governorate in each period',
    ar: 'الخريطة: الأحداث حسب المحافظة في كل فترة',
  },
  'compare.maps.error': {
    en: 'The governorate boundaries could not be loaded.',
    ar: 'تعذّر تحميل حدود المحافظات.',
  },
  'compare.maps.loading': {
    en: 'Loading the governorate boundaries…',
    ar: 'جارٍ تحميل حدود المحافظات…',
  },
  'compare.maps.label': { en: 'Events by governorate, {span}', ar: 'الأحداث حسب المحافظة، {span}' },
  'compare.maps.shapeTitle': {
    en: { one: '{governorate}: {count} event', other: '{governorate}: {count} events' },
    ar: {
      zero: '{governorate}: لا أحداث',
      one: '{governorate}: حدث واحد',
      two: '{governorate}: حدثان',
      few: '{governorate}: {count} أحداث',
      many: '{governorate}: {count} حدثاً',
      other: '{governorate}: {count} حدث',
    },
  },
  'compare.maps.key': { en: 'Events in the governorate', ar: 'الأحداث في المحافظة' },
  'compare.maps.note': {
    en: {
      one: '{count} governorate with an event in either period.',
      other: '{count} governorates with an event in either period.',
    },
    ar: {
      zero: 'لا محافظة شهدت حدثاً في أيٍّ من الفترتين.',
      one: 'محافظة واحدة شهدت حدثاً في إحدى الفترتين على الأقل.',
      two: 'محافظتان شهدتا أحداثاً في إحدى الفترتين على الأقل.',
      few: '{count} محافظات شهدت أحداثاً في إحدى الفترتين على الأقل.',
      many: '{count} محافظةً شهدت أحداثاً في إحدى الفترتين على الأقل.',
      other: '{count} محافظة شهدت أحداثاً في إحدى الفترتين على الأقل.',
    },
  },

  // Each period's pace.
  'compare.pace.title': {
    en: 'Over each period, from its start',
    ar: 'على امتداد كل فترة، منذ بدايتها',
  },
  'compare.pace.keyA': { en: 'A, {span};', ar: 'أ، {span}؛' },
  'compare.pace.keyB': { en: 'B, {span}.', ar: 'ب، {span}.' },
  // {zero}: 0, in the digits shown.
  'compare.pace.note': {
    en: "Rounds and events: the running count by day from each period's first day (one that began before it counts from day {zero}). A monthly series: each month's figure by month from the month each period starts in.",
    ar: 'الجولات والأحداث: العدد التراكمي يوماً بيوم منذ اليوم الأول لكل فترة (ما بدأ قبلها يُحسب من اليوم {zero}). السلسلة الشهرية: رقم كل شهر، شهراً بشهر، منذ الشهر الذي تبدأ فيه كل فترة.',
  },
  'compare.pace.rounds': {
    en: 'Peace process tracker: rounds held',
    ar: 'متابعة عملية السلام: الجولات المعقودة',
  },
  'compare.pace.events': { en: 'Map: events recorded', ar: 'الخريطة: الأحداث المسجّلة' },
  'compare.pace.caption': {
    en: '{title}: A {countA}, B {countB}',
    ar: '{title}: أ {countA}، ب {countB}',
  },
  // {title}: the series' title (English only); {monthsA}: compare.monthly.months.
  'compare.monthly.caption': {
    en: 'Statistics: {title}, by month; figures for {publishedA} of {monthsA} of A, {publishedB} of {monthsB} of B',
    ar: 'الإحصاءات: {title}، شهراً بشهر؛ أرقام {publishedA} من أصل {monthsA} في أ، و{publishedB} من أصل {monthsB} في ب',
  },
  // After "من أصل" ("out of"): the genitive.
  'compare.monthly.months': {
    en: { one: '{count} month', other: '{count} months' },
    ar: {
      zero: '{count} شهر',
      one: 'شهر واحد',
      two: 'شهرين',
      few: '{count} أشهر',
      many: '{count} شهراً',
      other: '{count} شهر',
    },
  },
});
