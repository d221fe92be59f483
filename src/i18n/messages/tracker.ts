import { defineMessages } from '../catalogue';

/**
 * The peace process tracker (src/features/process-tracker): its timeline on screen and as an
 * exported figure, the round card and the progress table. Track and status names are the
 * dataset's labels (src/data/labels.ts); meetings are named by their own titles.
 */
export const trackerMessages = defineMessages({
  'tracker.panel.title': { en: 'Peace process tracker', ar: 'متابعة عملية السلام' },
  'tracker.panel.subtitle': {
    en: 'Rounds, agreements and resolutions, {range}',
    ar: 'الجولات والاتفاقات والقرارات، {range}',
  },
  'tracker.items': {
    en: { one: '{count} item', other: '{count} items' },
    ar: {
      zero: 'لا بنود',
      one: 'بند واحد',
      two: 'بندان',
      few: '{count} بنود',
      many: '{count} بنداً',
      other: '{count} بند',
    },
  },
  'tracker.tracks': {
    en: { one: '{count} track', other: '{count} tracks' },
    ar: {
      zero: 'لا مسارات',
      one: 'مسار واحد',
      two: 'مساران',
      few: '{count} مسارات',
      many: '{count} مساراً',
      other: '{count} مسار',
    },
  },
  'tracker.summary': { en: '{items} on {tracks}', ar: '{items} في {tracks}' },
  'tracker.summaryActor': {
    en: '{items} on {tracks} · {actor} took part in {attended}',
    ar: '{items} في {tracks} · شارك {actor} في {attended} منها',
  },
  'tracker.empty': {
    en: 'No rounds, agreements or resolutions {range}.',
    ar: 'لا جولات ولا اتفاقات ولا قرارات {range}.',
  },
  'tracker.roundMissing': {
    en: 'The round “{id}” is not in the dataset.',
    ar: 'الجولة «{id}» غير موجودة في مجموعة البيانات.',
  },

  // Exports of the timeline.
  'tracker.export.title': {
    en: 'Peace process timeline: Astana, Geneva, Constitutional Committee, Sochi, UN Security Council',
    ar: 'الخط الزمني لعملية السلام: أستانا، جنيف، اللجنة الدستورية، سوتشي، مجلس الأمن الدولي',
  },
  'tracker.export.openRound': {
    en: 'Open round: {title} ({dates})',
    ar: 'الجولة المفتوحة: {title} ({dates})',
  },
  'tracker.export.openRoundOutside': {
    en: 'Open round: {title} ({dates}), outside this range',
    ar: 'الجولة المفتوحة: {title} ({dates})، خارج هذه المدة',
  },
  'tracker.export.note': {
    en: 'Bars and diamonds mark rounds, sessions, summits, agreements and resolutions; hollow marks were postponed, cancelled or not yet held.',
    ar: 'تدلّ الأشرطة والمعيّنات على الجولات والجلسات والقمم والاتفاقات والقرارات؛ والعلامات المفرّغة لما أُرجئ أو أُلغي أو لم يُعقد بعد.',
  },
  'tracker.export.label': {
    en: 'Peace process timeline, {items}',
    ar: 'الخط الزمني لعملية السلام، {items}',
  },
  'tracker.export.bar': {
    en: 'Bar: its days, first to last, to scale',
    ar: 'شريط: أيامه من أولها إلى آخرها، بمقياس الرسم',
  },
  'tracker.export.diamond': {
    en: 'Diamond: too short to draw to scale, centred on its days',
    ar: 'معيّن: أقصر من أن يُرسم بمقياس الرسم، في وسط أيامه',
  },
  'tracker.export.keysBelow': {
    en: 'Numbers beside the marks refer to the list below. Marks of items that run beyond the range are cut at its edges; the list gives their full dates.',
    ar: 'تحيل الأرقام بجانب العلامات إلى القائمة أدناه. وتُقطع علامات البنود الممتدة خارج المدة عند حدودها، وتذكر القائمة تواريخها كاملة.',
  },
  'tracker.export.keysAfter': {
    en: 'Numbers beside the marks refer to the list after the figure. Marks of items that run beyond the range are cut at its edges; the list gives their full dates.',
    ar: 'تحيل الأرقام بجانب العلامات إلى القائمة التي تلي الشكل. وتُقطع علامات البنود الممتدة خارج المدة عند حدودها، وتذكر القائمة تواريخها كاملة.',
  },
  'tracker.export.openRinged': {
    en: 'The open round is ringed and in bold.',
    ar: 'الجولة المفتوحة مؤطَّرة ومكتوبة بخط عريض.',
  },
  'tracker.export.open': { en: 'open round', ar: 'الجولة المفتوحة' },
  'tracker.export.heading': {
    en: 'In this range: {items}, by date',
    ar: 'في هذه المدة: {items}، بحسب التاريخ',
  },

  // The timeline on screen.
  'tracker.timeline.label': {
    en: 'Peace process timeline, {items} on {tracks}',
    ar: 'الخط الزمني لعملية السلام، {items} في {tracks}',
  },
  'tracker.timeline.title': {
    en: '{title} — {dates} — {status}',
    ar: '{title} – {dates} – {status}',
  },
  'tracker.timeline.status': { en: 'Status', ar: 'الحالة' },
  'tracker.timeline.tooShort': {
    en: 'Too short to draw to scale',
    ar: 'أقصر من أن يُرسم بمقياس الرسم',
  },
  'tracker.timeline.drag': {
    en: 'Drag across the timeline to set the date range.',
    ar: 'اسحب على الخط الزمني لتحديد المدة.',
  },

  // The round card.
  'tracker.card.round': { en: 'Round {number}', ar: 'الجولة {number}' },
  'tracker.card.dates': { en: 'Dates', ar: 'التواريخ' },
  'tracker.card.outside': {
    en: 'outside the current date range',
    ar: 'خارج المدة الزمنية الحالية',
  },
  'tracker.card.venue': { en: 'Venue', ar: 'المكان' },
  'tracker.card.vote': { en: 'Vote', ar: 'التصويت' },
  'tracker.card.votes': {
    en: '{for} in favour, {against} against, {abstentions} abstaining',
    ar: 'مؤيّدون: {for}، معارضون: {against}، ممتنعون: {abstentions}',
  },
  'tracker.card.participants': { en: 'Participants', ar: 'المشاركون' },
  'tracker.card.notRecorded': { en: 'Not recorded', ar: 'غير مسجَّلين' },
  'tracker.card.outcome': { en: 'Outcome', ar: 'النتيجة' },
  'tracker.card.sources': { en: 'Documents and sources', ar: 'الوثائق والمصادر' },

  // The progress table.
  'tracker.progress.heading': {
    en: 'Progress by track, {range}',
    ar: 'التقدّم بحسب المسار، {range}',
  },
  'tracker.progress.exportTitle': {
    en: 'Peace process progress by track',
    ar: 'تقدّم عملية السلام بحسب المسار',
  },
  'tracker.progress.track': { en: 'Track', ar: 'المسار' },
  'tracker.progress.held': { en: 'Held', ar: 'عُقدت' },
  'tracker.progress.notHeld': { en: 'Not held', ar: 'لم تُعقد' },
  'tracker.progress.first': { en: 'First in range', ar: 'الأول في المدة' },
  'tracker.progress.latest': { en: 'Latest in range', ar: 'الأحدث في المدة' },
  'tracker.progress.days': { en: 'Days since previous', ar: 'الأيام منذ السابق' },
  'tracker.progress.after': { en: 'After {title}, {date}', ar: 'بعد {title}، {date}' },
});
