import { defineMessages } from '../catalogue';

/**
 * The statistics panel (src/features/statistics): its charts, their notes, tooltips and tables,
 * and the before/after comparison. The series' own titles, definitions and publishers are the
 * dataset's, in English only: they are not here.
 */
export const statisticsMessages = defineMessages({
  'statistics.panel.title': { en: 'Casualties and displacement', ar: 'الضحايا والنزوح' },
  'statistics.panel.subtitle': {
    en: 'Figures by source, {range}',
    ar: 'الأرقام بحسب المصدر، {range}',
  },
  'statistics.panel.summary': {
    en: '{series} from {publishers}; each source shown apart with its own definition',
    ar: '{series} من {publishers}؛ يُعرض كل مصدر على حدة بتعريفه الخاص',
  },
  'statistics.panel.series': {
    en: { one: '{count} series', other: '{count} series' },
    ar: {
      zero: 'لا سلاسل',
      one: 'سلسلة واحدة',
      two: 'سلسلتان',
      few: '{count} سلاسل',
      many: '{count} سلسلةً',
      other: '{count} سلسلة',
    },
  },
  'statistics.panel.publishers': {
    en: { one: '{count} publisher', other: '{count} publishers' },
    ar: {
      zero: 'لا ناشرين',
      one: 'ناشر واحد',
      two: 'ناشرَين',
      few: '{count} ناشرين',
      many: '{count} ناشراً',
      other: '{count} ناشر',
    },
  },

  // The marks of the process tracks on the charts.
  'statistics.marks.group': {
    en: 'Process tracks drawn on the charts',
    ar: 'مسارات العملية السياسية المرسومة على الرسوم البيانية',
  },
  'statistics.marks.label': { en: 'Marks on charts:', ar: 'العلامات على الرسوم البيانية:' },
  'statistics.marks.meeting': { en: '{track}: {title}', ar: '{track}: {title}' },

  // The charts, their switches and notes.
  'statistics.deaths.title': { en: 'Deaths by source', ar: 'الوفيات بحسب المصدر' },
  'statistics.deaths.modes': {
    en: 'Deaths: annual or cumulative',
    ar: 'الوفيات: سنوية أم تراكمية',
  },
  'statistics.deaths.annual': { en: 'Annual', ar: 'سنوية' },
  'statistics.deaths.cumulative': { en: 'Cumulative', ar: 'تراكمية' },
  'statistics.deaths.noteAnnual': {
    en: 'Annual totals, each drawn as one level over its year; each source counts differently and is shown apart, never averaged; missing years are gaps.',
    ar: 'مجاميع سنوية، يُرسم كلٌّ منها مستوىً واحداً على امتداد سنته؛ لكل مصدر طريقته في العدّ، فيُعرض كلٌّ على حدة دون أي متوسط بينها؛ والسنوات الناقصة تبقى فجوات.',
  },
  'statistics.deaths.noteCumulative': {
    en: 'Published cumulative tolls (dots, joined only where the source publishes at a set interval), running sums of the annual totals (dashed) where no year is missing, and totals over a period drawn over their period.',
    ar: 'الحصائل التراكمية المنشورة (نقاط لا تُوصل إلا حيث ينشر المصدر على فترات منتظمة)، والمجاميع المتراكمة للأرقام السنوية (بخط متقطّع) حيث لا تنقص أي سنة، والمجاميع عن فترةٍ مرسومةً على امتداد فترتها.',
  },
  'statistics.deaths.periodTotalsNote': {
    en: 'Totals over a period (not spread over years): {totals}.',
    ar: 'مجاميع عن فترة (غير موزّعة على السنوات): {totals}.',
  },
  'statistics.deaths.periodTotalsHeading': {
    en: 'Totals over a period (not spread over years):',
    ar: 'مجاميع عن فترة (غير موزّعة على السنوات):',
  },
  'statistics.deaths.periodTotal': {
    en: '{value} {definition} ({publisher}, {dates})',
    ar: '{value} {definition} (بحسب {publisher}، {dates})',
  },
  'statistics.deaths.periodTotalItem': {
    en: '{value} {definition} ({publisher}, {dates}).',
    ar: '{value} {definition} (بحسب {publisher}، {dates}).',
  },
  'statistics.monthly.title': { en: 'Civilian deaths per month', ar: 'وفيات المدنيين شهرياً' },
  'statistics.monthly.note': {
    en: 'Monthly totals, each drawn as one level over its month, on a value axis of their own (the annual tolls above would flatten them); only the months whose SNHR figure is in the dataset are drawn, and a missing month is a gap, not a zero (SNHR reports every month).',
    ar: 'مجاميع شهرية، يُرسم كلٌّ منها مستوىً واحداً على امتداد شهره، على محور قيم خاص بها (فالحصائل السنوية أعلاه كانت ستسطّحها)؛ ولا تُرسم إلا الأشهر التي يتضمّن مجموعُ البيانات رقمَ SNHR لها، والشهر الناقص فجوةٌ لا صفر (إذ تنشر SNHR تقريراً كل شهر).',
  },
  'statistics.refugees.title': {
    en: 'Registered Syrian refugees by host country',
    ar: 'اللاجئون السوريون المسجّلون بحسب البلد المضيف',
  },
  'statistics.refugees.note': {
    en: 'Refugees registered by UNHCR (in Türkiye, registered by the government), each host country a series, with the regional total; figures are as of the date shown.',
    ar: 'اللاجئون المسجّلون لدى المفوضية السامية للأمم المتحدة لشؤون اللاجئين UNHCR (وفي تركيا المسجّلون لدى الحكومة)، ولكل بلد مضيف سلسلة، مع المجموع الإقليمي؛ والأرقام كما هي في التاريخ المبيّن.',
  },
  'statistics.refugees.layouts': {
    en: 'Refugees: lines or stacked',
    ar: 'اللاجئون: خطوط أم مساحات مكدّسة',
  },
  'statistics.refugees.lines': { en: 'Lines', ar: 'خطوط' },
  'statistics.refugees.stacked': { en: 'Stacked', ar: 'مكدّسة' },
  'statistics.displacement.title': {
    en: 'Displaced inside Syria, and returns since {month}',
    ar: 'النازحون داخل سوريا، والعائدون منذ {month}',
  },
  'statistics.displacement.note': {
    en: 'Internally displaced people by source, and refugees and displaced people returned since {day} {month} (UNHCR).',
    ar: 'النازحون داخلياً بحسب المصدر، واللاجئون والنازحون العائدون منذ {day} {month} (UNHCR).',
  },
  'statistics.asylum.title': {
    en: 'Refugees from Syria by country of asylum, year-end',
    ar: 'اللاجئون من سوريا بحسب بلد اللجوء، في نهاية كل عام',
  },
  'statistics.asylum.note': {
    en: "Refugees from Syria under UNHCR's mandate at the end of each year, by country of asylum (UNHCR statistics, {hosts} that held {threshold} or more in some year); not the registered figures of the chart above. Year-end figures of one host are joined year to year.",
    ar: 'اللاجئون من سوريا المشمولون بولاية UNHCR في نهاية كل عام، بحسب بلد اللجوء (إحصاءات UNHCR، {hosts} استضاف كلٌّ منها {threshold} لاجئ أو أكثر في سنة ما)؛ وهي غير أرقام التسجيل في الرسم البياني أعلاه. وتُوصل أرقام نهاية العام للبلد المضيف الواحد من سنة إلى التي تليها.',
  },
  'statistics.asylum.hosts': {
    en: { one: '{count} host', other: '{count} hosts' },
    ar: {
      zero: 'لا بلدان مضيفة',
      one: 'بلد مضيف واحد',
      two: 'بلدان مضيفان',
      few: '{count} بلدان مضيفة',
      many: '{count} بلداً مضيفاً',
      other: '{count} بلد مضيف',
    },
  },
  'statistics.asylum.group': { en: 'Host countries drawn', ar: 'البلدان المضيفة المرسومة' },
  'statistics.asylum.label': { en: 'Hosts:', ar: 'البلدان المضيفة:' },
  'statistics.asylum.largest': {
    en: { one: 'Largest {count} on {date}', other: 'Largest {count} on {date}' },
    ar: {
      zero: 'الأكبر في {date}',
      one: 'البلد المضيف الأكبر في {date}',
      two: 'أكبر بلدين مضيفين في {date}',
      few: 'أكبر {count} بلدان مضيفة في {date}',
      many: 'أكبر {count} بلداً مضيفاً في {date}',
      other: 'أكبر {count} بلد مضيف في {date}',
    },
  },
  'statistics.asylum.noFigure': {
    en: 'No year-end figure by {date}',
    ar: 'لا رقم لنهاية العام حتى {date}',
  },
  'statistics.asylum.figure': {
    en: '{value} at the end of {year}',
    ar: '{value} في نهاية عام {year}',
  },
  'statistics.asylum.limit': {
    en: 'up to {count} at once, each in its own colour',
    ar: 'حتى {count} معاً، لكلٍّ منها لونه',
  },
  'statistics.own.title': {
    en: 'Events and deaths per month (your data)',
    ar: 'الأحداث والوفيات شهرياً (بياناتك)',
  },
  'statistics.own.note': {
    en: "From your file {file} ({format}), not from the dashboard's sourced dataset: events counted by the month of their first day, and the deaths the file reports, each month drawn as one level over it.",
    ar: 'من ملفك {file} ({format})، لا من بيانات اللوحة الموثّقة بمصادرها: الأحداث معدودةً بحسب شهر يومها الأول، والوفيات التي يذكرها الملف، ويُرسم كل شهر مستوىً واحداً على امتداده.',
  },
  'statistics.own.exportNote': { en: 'Your events: {citation}', ar: 'أحداثك: {citation}' },

  // The analyst's own events as chart lines.
  'statistics.ownLine.events': { en: 'Events', ar: 'الأحداث' },
  'statistics.ownLine.deaths': { en: 'Deaths reported', ar: 'الوفيات المذكورة' },
  'statistics.ownLine.eventsDefinition': {
    en: 'Events of {file} by the month of their first day.',
    ar: 'أحداث {file} بحسب شهر يومها الأول.',
  },
  'statistics.ownLine.deathsDefinition': {
    en: "Deaths {file} reports for the month's events (ACLED: fatalities; UCDP: best estimate).",
    ar: 'الوفيات التي يذكرها {file} لأحداث الشهر (في ACLED: عدد القتلى؛ وفي UCDP: أفضل تقدير).',
  },
  'statistics.ownLine.publisher': { en: 'your data: {file}', ar: 'بياناتك: {file}' },
  'statistics.ownLine.source': { en: 'your file {file}', ar: 'ملفك {file}' },

  // What the dashboard adds to a series' title.
  'statistics.line.summed': { en: '(summed by year)', ar: '(مجموع متراكم سنةً بسنة)' },
  'statistics.line.periodTotal': {
    en: '(total over the period)',
    ar: '(المجموع على امتداد الفترة)',
  },
  'statistics.line.withPublisher': { en: '{label} ({publisher})', ar: '{label} ({publisher})' },

  // A time chart: its views, table, tooltip and exports.
  'statistics.chart.chart': { en: 'Chart', ar: 'رسم بياني' },
  'statistics.chart.table': { en: 'Table', ar: 'جدول' },
  'statistics.chart.views': { en: '{title}: view', ar: '{title}: طريقة العرض' },
  'statistics.chart.accessibleName': {
    en: '{title}: chart; the Table button shows the same figures as a table',
    ar: '{title}: رسم بياني؛ يعرض زر «جدول» الأرقام نفسها في جدول',
  },
  'statistics.chart.caption': {
    en: '{title}: the figures of the chart',
    ar: '{title}: أرقام الرسم البياني',
  },
  'statistics.chart.series': { en: 'Series', ar: 'السلسلة' },
  'statistics.chart.date': { en: 'Date or period', ar: 'التاريخ أو الفترة' },
  'statistics.chart.value': { en: 'Value', ar: 'القيمة' },
  'statistics.chart.source': { en: 'Source', ar: 'المصدر' },
  'statistics.chart.summed': {
    en: 'Summed by the dashboard from the annual totals.',
    ar: 'جمعتها اللوحة من المجاميع السنوية.',
  },
  'statistics.chart.summedCsv': {
    en: 'summed by the dashboard from annual totals',
    ar: 'جمعتها اللوحة من المجاميع السنوية',
  },
  'statistics.chart.asOf': { en: 'as of {date}', ar: 'بتاريخ {date}' },
  'statistics.chart.empty': {
    en: 'No figure of this kind between {from} and {to}.',
    ar: 'لا أرقام من هذا النوع بين {from} و{to}.',
  },
  'statistics.chart.noCommonDate': {
    en: 'No date in this range has a figure for every host country, and stacking figures of different dates would invent the missing ones. Switch to lines.',
    ar: 'لا يوجد في هذه المدة تاريخ واحد له رقم لكل بلد مضيف، وتكديس أرقام من تواريخ مختلفة يختلق الأرقام الناقصة. انتقل إلى عرض الخطوط.',
  },
  'statistics.chart.oneCommonDate': {
    en: 'Only one date in this range has a figure for every host country, and stacking figures of different dates would invent the missing ones. Switch to lines.',
    ar: 'لا يوجد في هذه المدة إلا تاريخ واحد له رقم لكل بلد مضيف، وتكديس أرقام من تواريخ مختلفة يختلق الأرقام الناقصة. انتقل إلى عرض الخطوط.',
  },
  'statistics.chart.shaded': {
    en: 'Shaded: {label}, before ({before}) and after ({after}).',
    ar: 'المظلَّل: {label}، قبلها ({before}) وبعدها ({after}).',
  },
  'statistics.chart.openRound': {
    en: 'Open round: {title} ({dates}), its mark emphasised',
    ar: 'الجولة المفتوحة: {title} ({dates})، وعلامتها مُبرَزة',
  },
  'statistics.chart.openRoundOutside': {
    en: 'Open round: {title} ({dates}), its mark emphasised; outside this range',
    ar: 'الجولة المفتوحة: {title} ({dates})، وعلامتها مُبرَزة؛ خارج هذه المدة',
  },
  'statistics.tooltip.value': { en: '{name}: {value}', ar: '{name}: {value}' },
  'statistics.tooltip.annualTotal': { en: 'annual total, {dates}', ar: 'مجموع سنوي، {dates}' },
  'statistics.tooltip.total': { en: 'total, {dates}', ar: 'مجموع، {dates}' },
  'statistics.tooltip.detail': { en: '{when} · {sources}', ar: '{when} · {sources}' },

  // The before/after comparison.
  'statistics.windows.label': {
    en: {
      one: '{count} month either side of {title} ({dates})',
      other: '{count} months either side of {title} ({dates})',
    },
    ar: {
      zero: 'على جانبَي {title} ({dates})',
      one: 'شهر واحد على جانبَي {title} ({dates})',
      two: 'شهران على جانبَي {title} ({dates})',
      few: '{count} أشهر على جانبَي {title} ({dates})',
      many: '{count} شهراً على جانبَي {title} ({dates})',
      other: '{count} شهر على جانبَي {title} ({dates})',
    },
  },
  'statistics.windows.before': { en: 'Before', ar: 'قبل' },
  'statistics.windows.after': { en: 'After', ar: 'بعد' },
  'statistics.windows.beforeOf': { en: 'Before: {label}', ar: 'قبل: {label}' },
  'statistics.windows.afterOf': { en: 'After: {label}', ar: 'بعد: {label}' },
  'statistics.compare.heading': { en: 'Before and after', ar: 'قبل وبعد' },
  'statistics.compare.pick': {
    en: 'Round or agreement (or click a mark on a chart)',
    ar: 'جولة أو اتفاق (أو انقر علامةً على أحد الرسوم البيانية)',
  },
  'statistics.compare.choose': { en: 'Choose…', ar: 'اختر…' },
  'statistics.compare.option': { en: '{date}: {title}', ar: '{date}: {title}' },
  'statistics.compare.months': { en: 'Window (months)', ar: 'النافذة (بالأشهر)' },
  'statistics.compare.summary': {
    en: '{title}, {dates}: the last figure of {before} against the last of {after}; annual totals {yearBefore} against {yearAfter}. {comparable} of {total} series have a figure on both sides.',
    ar: '{title}، {dates}: آخر رقم في {before} مقابل آخر رقم في {after}؛ والمجاميع السنوية لعام {yearBefore} مقابل عام {yearAfter}. {comparable} من أصل {total} من السلاسل لها رقم على الجانبين.',
  },
  'statistics.compare.ownSummary': {
    en: 'Your events ({file}) are totalled in each window, first in the table.',
    ar: 'جُمعت أحداثك ({file}) في كل نافذة، وهي في أول الجدول.',
  },
  'statistics.compare.empty': {
    en: 'Pick a round or an agreement to compare the figures around it.',
    ar: 'اختر جولةً أو اتفاقاً لمقارنة الأرقام قبله وبعده.',
  },
  'statistics.compare.series': { en: 'Series', ar: 'السلسلة' },
  'statistics.compare.before': { en: 'Before', ar: 'قبل' },
  'statistics.compare.after': { en: 'After', ar: 'بعد' },
  'statistics.compare.change': { en: 'Change', ar: 'التغيّر' },
  'statistics.compare.ownMeta': {
    en: {
      one: 'your data: {file} · total in each {count}-month window',
      other: 'your data: {file} · total in each {count}-month window',
    },
    ar: {
      zero: 'بياناتك: {file} · المجموع في كل نافذة',
      one: 'بياناتك: {file} · المجموع في كل نافذة مدتها شهر واحد',
      two: 'بياناتك: {file} · المجموع في كل نافذة مدتها شهران',
      few: 'بياناتك: {file} · المجموع في كل نافذة مدتها {count} أشهر',
      many: 'بياناتك: {file} · المجموع في كل نافذة مدتها {count} شهراً',
      other: 'بياناتك: {file} · المجموع في كل نافذة مدتها {count} شهر',
    },
  },
  'statistics.compare.lastInWindow': {
    en: {
      one: 'last figure in each {count}-month window',
      other: 'last figure in each {count}-month window',
    },
    ar: {
      zero: 'آخر رقم في كل نافذة',
      one: 'آخر رقم في كل نافذة مدتها شهر واحد',
      two: 'آخر رقم في كل نافذة مدتها شهران',
      few: 'آخر رقم في كل نافذة مدتها {count} أشهر',
      many: 'آخر رقم في كل نافذة مدتها {count} شهراً',
      other: 'آخر رقم في كل نافذة مدتها {count} شهر',
    },
  },
  'statistics.compare.years': {
    en: 'annual totals, {yearBefore} against {yearAfter}',
    ar: 'المجاميع السنوية، {yearBefore} مقابل {yearAfter}',
  },
  'statistics.compare.noDeathsEither': {
    en: 'no deaths stated in either window',
    ar: 'لا وفيات مذكورة في أيٍّ من النافذتين',
  },
  'statistics.compare.noDeathsBefore': {
    en: 'no deaths stated in the window before',
    ar: 'لا وفيات مذكورة في النافذة السابقة',
  },
  'statistics.compare.noDeathsAfter': {
    en: 'no deaths stated in the window after',
    ar: 'لا وفيات مذكورة في النافذة اللاحقة',
  },
  'statistics.compare.noFigureEither': {
    en: 'no figure on either side',
    ar: 'لا رقم على أيٍّ من الجانبين',
  },
  'statistics.compare.noFigureBefore': { en: 'no figure before', ar: 'لا رقم قبلها' },
  'statistics.compare.noFigureAfter': { en: 'no figure after', ar: 'لا رقم بعدها' },
  'statistics.compare.valueAt': { en: '{value} ({when})', ar: '{value} ({when})' },
  // The Arabic letter mark keeps the sign before the number, read first, as Intl writes a minus.
  'statistics.compare.increase': { en: '+{value}', ar: '\u061C+{value}' },
  'statistics.compare.changeWithShare': { en: '{change} ({share})', ar: '{change} ({share})' },
  'statistics.compare.ownEvents': { en: 'Your events', ar: 'أحداثك' },
  'statistics.compare.ownDeaths': {
    en: 'Deaths your file reports',
    ar: 'الوفيات التي يذكرها ملفك',
  },
  'statistics.compare.ownType': { en: 'Your events: {type}', ar: 'أحداثك: {type}' },
});
