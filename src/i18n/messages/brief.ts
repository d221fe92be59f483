import { defineMessages } from '../catalogue';

/**
 * The printable brief (src/app/brief): its button and toolbar, the headings, facts and labels of
 * the printed document, the figures' captions, the timeline's key, the table of actors and the
 * sources. The dataset's own text in it (titles of sources, publishers) stays as written.
 */
export const briefMessages = defineMessages({
  'brief.button.text': { en: 'PDF brief', ar: 'موجز PDF' },
  'brief.button.label': { en: 'Print / PDF brief', ar: 'موجز PDF للطباعة' },
  'brief.button.title': {
    en: 'Print / PDF brief of this view',
    ar: 'موجز هذا العرض للطباعة / PDF',
  },

  // The toolbar over the preview.
  'brief.status.preparing': { en: 'Preparing the brief…', ar: 'جارٍ إعداد الموجز…' },
  'brief.status.failed': {
    en: 'The brief could not be made: {error}',
    ar: 'تعذّر إعداد الموجز: {error}',
  },
  'brief.status.ready': {
    en: {
      one: 'Brief ready: {count} figure. The print dialog saves it as PDF.',
      other: 'Brief ready: {count} figures. The print dialog saves it as PDF.',
    },
    ar: {
      zero: 'الموجز جاهز، بلا أشكال. يحفظه مربع حوار الطباعة بصيغة PDF.',
      one: 'الموجز جاهز: شكل واحد. يحفظه مربع حوار الطباعة بصيغة PDF.',
      two: 'الموجز جاهز: شكلان. يحفظه مربع حوار الطباعة بصيغة PDF.',
      few: 'الموجز جاهز: {count} أشكال. يحفظه مربع حوار الطباعة بصيغة PDF.',
      many: 'الموجز جاهز: {count} شكلاً. يحفظه مربع حوار الطباعة بصيغة PDF.',
      other: 'الموجز جاهز: {count} شكل. يحفظه مربع حوار الطباعة بصيغة PDF.',
    },
  },
  'brief.paper.label': { en: 'Paper size', ar: 'مقاس الورق' },
  'brief.paper.letter': { en: 'Letter', ar: 'مقاس الرسالة الأمريكي' },
  'brief.print': { en: 'Print / Save as PDF', ar: 'طباعة / حفظ بصيغة PDF' },

  // The head of the brief.
  'brief.kicker': {
    en: 'Syria Conflict & Diplomacy Dashboard · brief',
    ar: 'لوحة متابعة النزاع والدبلوماسية في سوريا · موجز',
  },
  /** Between the items of a line: selections, what the range holds, sources. */
  'brief.facts.selection': { en: 'Selection', ar: 'التحديد' },
  'brief.facts.noSelection': { en: 'none', ar: 'لا شيء' },
  'brief.selection.actor': { en: 'Highlighted actor: {name}', ar: 'الطرف المميَّز: {name}' },
  'brief.selection.round': { en: 'Open round: {name}', ar: 'الجولة المفتوحة: {name}' },
  'brief.selection.governorate': { en: 'Governorate: {name}', ar: 'المحافظة: {name}' },
  'brief.facts.holds': { en: 'The range holds', ar: 'ما تتضمنه الفترة' },
  'brief.holds.rounds': {
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
  'brief.holds.events': {
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
  // {publisher}: the toll's publisher, as the dataset names it.
  'brief.holds.deaths': {
    en: {
      one: '{count} death in {year} ({publisher})',
      other: '{count} deaths in {year} ({publisher})',
    },
    ar: {
      zero: 'لا قتلى في عام {year} ({publisher})',
      one: 'قتيل واحد في عام {year} ({publisher})',
      two: 'قتيلان في عام {year} ({publisher})',
      few: '{count} قتلى في عام {year} ({publisher})',
      many: '{count} قتيلاً في عام {year} ({publisher})',
      other: '{count} قتيل في عام {year} ({publisher})',
    },
  },
  'brief.holds.refugees': {
    en: {
      one: '{count} registered refugee in the region on {date} ({publisher})',
      other: '{count} registered refugees in the region on {date} ({publisher})',
    },
    ar: {
      zero: 'لا لاجئين مسجَّلين في المنطقة بتاريخ {date} ({publisher})',
      one: 'لاجئ مسجَّل واحد في المنطقة بتاريخ {date} ({publisher})',
      two: 'لاجئان مسجَّلان في المنطقة بتاريخ {date} ({publisher})',
      few: '{count} لاجئين مسجَّلين في المنطقة بتاريخ {date} ({publisher})',
      many: '{count} لاجئاً مسجَّلاً في المنطقة بتاريخ {date} ({publisher})',
      other: '{count} لاجئ مسجَّل في المنطقة بتاريخ {date} ({publisher})',
    },
  },
  'brief.facts.dataset': { en: 'Dataset', ar: 'مجموعة البيانات' },
  'brief.facts.made': { en: 'Made', ar: 'تاريخ الإعداد' },
  // In English the day as YYYY-MM-DD; in Arabic written out.
  'brief.madeAt': {
    en: '{date} {time} UTC',
    ar: '{date}، الساعة {time} بالتوقيت العالمي (UTC)',
  },
  'brief.facts.permalink': { en: 'Permalink', ar: 'الرابط الدائم' },

  // The panels, as the dashboard titles them.
  'brief.panel.nothing': {
    en: 'Nothing of this panel to draw in this range.',
    ar: 'لا شيء من هذه اللوحة يُرسم في هذه الفترة.',
  },

  // The figures.
  'brief.figure.caption': { en: 'Figure {number}. {title}', ar: 'الشكل {number}. {title}' },
  'brief.figure.name': { en: 'Figure {number}', ar: 'الشكل {number}' },
  'brief.figure.nameInText': { en: 'figure {number}', ar: 'الشكل {number}' },
  'brief.figure.end': {
    en: {
      one: 'Figure {number}: {count} source, listed at the end.',
      other: 'Figure {number}: {count} sources, listed at the end.',
    },
    ar: {
      zero: 'الشكل {number}: بلا مصادر.',
      one: 'الشكل {number}: مصدر واحد، مذكور في آخر الموجز.',
      two: 'الشكل {number}: مصدران، مذكوران في آخر الموجز.',
      few: 'الشكل {number}: {count} مصادر، مذكورة في آخر الموجز.',
      many: 'الشكل {number}: {count} مصدراً، مذكورة في آخر الموجز.',
      other: 'الشكل {number}: {count} مصدر، مذكورة في آخر الموجز.',
    },
  },

  // The key to the timeline.
  'brief.key.title': {
    en: {
      one: 'Key to the timeline (figure {figure}): {count} item in the range, by date',
      other: 'Key to the timeline (figure {figure}): {count} items in the range, by date',
    },
    ar: {
      zero: 'مفتاح الخط الزمني (الشكل {figure}): لا بنود في الفترة',
      one: 'مفتاح الخط الزمني (الشكل {figure}): بند واحد في الفترة، حسب التاريخ',
      two: 'مفتاح الخط الزمني (الشكل {figure}): بندان في الفترة، حسب التاريخ',
      few: 'مفتاح الخط الزمني (الشكل {figure}): {count} بنود في الفترة، حسب التاريخ',
      many: 'مفتاح الخط الزمني (الشكل {figure}): {count} بنداً في الفترة، حسب التاريخ',
      other: 'مفتاح الخط الزمني (الشكل {figure}): {count} بند في الفترة، حسب التاريخ',
    },
  },
  'brief.key.openRound': { en: 'open round', ar: 'الجولة المفتوحة' },

  // The actors.
  'brief.actors.none': {
    en: 'No actor took part in this range.',
    ar: 'لم يشارك أي طرف في هذه الفترة.',
  },
  'brief.actors.caption': {
    en: {
      one: 'The {shown} most active of {count} actor with a round or an event in the range',
      other: 'The {shown} most active of {count} actors with a round or an event in the range',
    },
    ar: {
      zero: 'الأطراف الأكثر نشاطاً ({shown}) من بين لا أطراف',
      one: 'الأطراف الأكثر نشاطاً ({shown}) من بين طرف واحد شارك في جولة أو حدث خلال الفترة',
      two: 'الأطراف الأكثر نشاطاً ({shown}) من بين طرفين شاركا في جولة أو حدث خلال الفترة',
      few: 'الأطراف الأكثر نشاطاً ({shown}) من بين {count} أطراف شاركت في جولة أو حدث خلال الفترة',
      many: 'الأطراف الأكثر نشاطاً ({shown}) من بين {count} طرفاً شاركت في جولة أو حدث خلال الفترة',
      other: 'الأطراف الأكثر نشاطاً ({shown}) من بين {count} طرف شاركت في جولة أو حدث خلال الفترة',
    },
  },
  'brief.actors.actor': { en: 'Actor', ar: 'الطرف' },
  'brief.actors.alignment': { en: 'Alignment in the range', ar: 'الاصطفاف خلال الفترة' },
  'brief.actors.rounds': { en: 'Rounds', ar: 'الجولات' },
  'brief.actors.events': { en: 'Events', ar: 'الأحداث' },
  // Between an actor's alignments over the range, in order.
  'brief.actors.then': { en: ', then ', ar: '، ثم ' },

  // The sources.
  'brief.sources.label': { en: 'Sources', ar: 'المصادر' },
  'brief.sources.title': { en: 'Sources ({documents})', ar: 'المصادر ({documents})' },
  'brief.sources.titleByPublisher': {
    en: 'Sources ({documents} from {publishers})',
    ar: 'المصادر ({documents} من {publishers})',
  },
  'brief.count.documents': {
    en: { one: '{count} document', other: '{count} documents' },
    ar: {
      zero: 'لا وثائق',
      one: 'وثيقة واحدة',
      two: 'وثيقتان',
      few: '{count} وثائق',
      many: '{count} وثيقةً',
      other: '{count} وثيقة',
    },
  },
  // After "من" ("from"): the genitive.
  'brief.count.publishers': {
    en: { one: '{count} publisher', other: '{count} publishers' },
    ar: {
      zero: '{count} ناشر',
      one: 'ناشر واحد',
      two: 'ناشرَين',
      few: '{count} ناشرين',
      many: '{count} ناشراً',
      other: '{count} ناشر',
    },
  },
  'brief.sources.tooMany': {
    en: 'Too many to cite one by one here: by publisher, with the number of documents and their years. Each record gives its own at the permalink, and the README of “Download all” lists every one with title, date and link.',
    ar: 'أكثر من أن تُذكر واحدةً واحدة هنا: مجمّعة حسب الناشر، مع عدد الوثائق وسنواتها. يذكر كل سجل مصادره في الرابط الدائم، ويسرد ملف README في «تنزيل الكل» كل وثيقة بعنوانها وتاريخها ورابطها.',
  },
  'brief.sources.ofHoldings': {
    en: '{holds} (above): {publishers}.',
    ar: '{holds} (أعلاه): {publishers}.',
  },
  // {figures}: "figure 1, figure 4"; {outlets}: "Reuters (3); UNHCR (1)".
  'brief.sources.ofRecords': {
    en: '{drawn} ({figures}, the key and the progress table), documents by outlet: {outlets}.',
    ar: '{drawn} ({figures}، والمفتاح وجدول التقدّم)، الوثائق حسب الوسيلة الإعلامية: {outlets}.',
  },
  'brief.sources.drawn': {
    en: 'The rounds, events and zones drawn',
    ar: 'الجولات والأحداث والمناطق المرسومة',
  },
});
