import { defineMessages } from '../catalogue';

/**
 * The dataset's vocabulary and what the stores say (src/data, src/stores, src/lib): the names
 * of tracks, statuses, kinds and governorates, the short names of rounds, the range presets and
 * why a part of the opened link was not used.
 */
export const dataMessages = defineMessages({
  // Tracks of the peace process.
  'data.track.astana': { en: 'Astana format', ar: 'مسار أستانا' },
  'data.track.geneva': { en: 'Geneva talks', ar: 'محادثات جنيف' },
  'data.track.constitutionalCommittee': {
    en: 'Constitutional Committee',
    ar: 'اللجنة الدستورية',
  },
  'data.track.sochi': { en: 'Sochi / Russia–Turkey', ar: 'سوتشي / روسيا وتركيا' },
  'data.track.unsc': { en: 'UN Security Council', ar: 'مجلس الأمن الدولي' },
  'data.track.other': { en: 'Other summits and meetings', ar: 'قمم واجتماعات أخرى' },

  // A meeting's status.
  'data.status.held': { en: 'Held', ar: 'عُقد' },
  'data.status.postponed': { en: 'Postponed', ar: 'أُجِّل' },
  'data.status.cancelled': { en: 'Cancelled', ar: 'أُلغي' },
  'data.status.scheduled': { en: 'Scheduled', ar: 'مقرَّر' },

  // Kinds of actor.
  'data.actorKind.state': { en: 'State', ar: 'دولة' },
  'data.actorKind.armedGroup': { en: 'Armed group', ar: 'جماعة مسلحة' },
  'data.actorKind.politicalBody': { en: 'Political body', ar: 'هيئة سياسية' },
  'data.actorKind.internationalOrganisation': {
    en: 'International organisation',
    ar: 'منظمة دولية',
  },
  'data.actorKind.person': { en: 'Person', ar: 'شخصية' },

  // Alignments of actors.
  'data.alignment.assadGovernment': { en: 'Assad government', ar: 'حكومة الأسد' },
  'data.alignment.backsAssadGovernment': {
    en: 'Backs the Assad government',
    ar: 'داعم لحكومة الأسد',
  },
  'data.alignment.opposition': { en: 'Syrian opposition', ar: 'المعارضة السورية' },
  'data.alignment.backsOpposition': { en: 'Backs the opposition', ar: 'داعم للمعارضة' },
  'data.alignment.kurdishLed': { en: 'Kurdish-led', ar: 'بقيادة كردية' },
  'data.alignment.jihadist': { en: 'Jihadist', ar: 'جهادي' },
  'data.alignment.transitionalAuthorities': {
    en: 'Transitional authorities',
    ar: 'السلطات الانتقالية',
  },
  'data.alignment.backsTransitionalAuthorities': {
    en: 'Backs the transitional authorities',
    ar: 'داعم للسلطات الانتقالية',
  },
  'data.alignment.western': { en: 'Western', ar: 'غربي' },
  'data.alignment.mediator': { en: 'Mediator', ar: 'وسيط' },
  'data.alignment.other': { en: 'Other', ar: 'غير ذلك' },

  // Categories of event.
  'data.category.military': { en: 'Military', ar: 'عسكري' },
  'data.category.diplomatic': { en: 'Diplomatic', ar: 'دبلوماسي' },
  'data.category.political': { en: 'Political', ar: 'سياسي' },
  'data.category.humanitarian': { en: 'Humanitarian', ar: 'إنساني' },
  'data.category.statement': { en: 'Statement', ar: 'بيان' },

  // What a statistics series measures.
  'data.measure.deaths': { en: 'Deaths', ar: 'القتلى' },
  'data.measure.refugees': { en: 'Refugees', ar: 'اللاجئون' },
  'data.measure.idps': { en: 'Internally displaced', ar: 'النازحون داخلياً' },
  'data.measure.returns': { en: 'Returns', ar: 'العائدون' },
  'data.measure.population': { en: 'Population', ar: 'السكان' },

  // Kinds of place.
  'data.placeKind.country': { en: 'Country', ar: 'دولة' },
  'data.placeKind.capital': { en: 'Capital', ar: 'عاصمة' },
  'data.placeKind.city': { en: 'City', ar: 'مدينة' },
  'data.placeKind.town': { en: 'Town', ar: 'بلدة' },
  'data.placeKind.governorate': { en: 'Governorate', ar: 'محافظة' },
  'data.placeKind.region': { en: 'Region', ar: 'إقليم' },
  'data.placeKind.militaryBase': { en: 'Military base', ar: 'قاعدة عسكرية' },
  'data.placeKind.venue': { en: 'Venue', ar: 'مكان انعقاد' },
  'data.placeKind.borderCrossing': { en: 'Border crossing', ar: 'معبر حدودي' },
  'data.placeKind.zone': { en: 'Zone', ar: 'منطقة' },

  // Syria's governorates, as geoBoundaries spells them in English.
  'data.governorate.aleppo': { en: 'Aleppo', ar: 'حلب' },
  'data.governorate.hasakeh': { en: 'Al-Hasakeh', ar: 'الحسكة' },
  'data.governorate.raqqa': { en: 'Ar-Raqqa', ar: 'الرقة' },
  'data.governorate.sweida': { en: 'As-Sweida', ar: 'السويداء' },
  'data.governorate.damascus': { en: 'Damascus', ar: 'دمشق' },
  'data.governorate.daraa': { en: "Dar'a", ar: 'درعا' },
  'data.governorate.deirEzZor': { en: 'Deir-ez-Zor', ar: 'دير الزور' },
  'data.governorate.hama': { en: 'Hama', ar: 'حماة' },
  'data.governorate.homs': { en: 'Homs', ar: 'حمص' },
  'data.governorate.idleb': { en: 'Idleb', ar: 'إدلب' },
  'data.governorate.lattakia': { en: 'Lattakia', ar: 'اللاذقية' },
  'data.governorate.quneitra': { en: 'Quneitra', ar: 'القنيطرة' },
  'data.governorate.ruralDamascus': { en: 'Rural Damascus', ar: 'ريف دمشق' },
  'data.governorate.tartous': { en: 'Tartous', ar: 'طرطوس' },

  // Short names of rounds ({number} is written without grouping: a round, a resolution).
  'data.round.astana': { en: 'Astana {number}', ar: 'أستانا {number}' },
  'data.round.geneva': { en: 'Geneva {number}', ar: 'جنيف {number}' },
  'data.round.constitutionalCommittee': {
    en: 'Constitutional Committee {number}',
    ar: 'اللجنة الدستورية، الدورة {number}',
  },
  'data.round.genevaTalks': {
    en: 'Geneva talks, round {number}',
    ar: 'محادثات جنيف، الجولة {number}',
  },
  'data.round.resolution': { en: 'Resolution {number}', ar: 'القرار {number}' },

  // The line that cites the dataset (exports, the brief).
  'data.datasetLine': {
    en: 'Dataset {version}, as of {date} · {licence}',
    ar: 'البيانات: الإصدار {version}، حتى {date} · {licence}',
  },

  // The quick ranges of the range bar.
  'data.preset.wholeConflict': { en: 'Whole conflict', ar: 'النزاع كاملاً' },
  'data.preset.wholeConflictWhy': {
    en: 'From the first protests of {date}',
    ar: 'منذ الاحتجاجات الأولى في {date}',
  },
  'data.preset.russianIntervention': {
    en: 'Since Russian intervention',
    ar: 'منذ التدخل الروسي',
  },
  'data.preset.russianInterventionWhy': {
    en: 'Russia began air strikes in Syria on {date}',
    ar: 'بدأت روسيا غاراتها الجوية في سوريا في {date}',
  },
  'data.preset.sochiMemorandum': { en: 'Since Sochi memorandum', ar: 'منذ مذكرة سوتشي' },
  'data.preset.sochiMemorandumWhy': {
    en: 'Russia and Turkey agreed the Idlib demilitarised zone in Sochi on {date}',
    ar: 'اتفقت روسيا وتركيا في سوتشي على المنطقة منزوعة السلاح في إدلب في {date}',
  },
  'data.preset.fallOfAssad': { en: 'Since fall of Assad', ar: 'منذ سقوط الأسد' },
  'data.preset.fallOfAssadWhy': {
    en: 'The Assad government fell on {date}',
    ar: 'سقطت حكومة الأسد في {date}',
  },
  'data.preset.lastMonths': {
    en: 'Last {months} months of data',
    ar: 'آخر {months} شهراً من البيانات',
  },
  'data.preset.lastMonthsWhy': {
    en: "The twelve months up to the dataset's as-of date, {date}",
    ar: 'الأشهر الاثنا عشر الأخيرة حتى تاريخ تحديث البيانات، {date}',
  },
  'data.preset.astanaRounds': { en: 'Astana {first}–{last}', ar: 'أستانا {first}–{last}' },
  'data.preset.astanaRoundsWhy': {
    en: 'Every numbered round of the Astana format held, {count} in all',
    ar: 'كل الجولات المرقّمة التي عُقدت في مسار أستانا، وعددها {count}',
  },
  'data.preset.committeeSessions': {
    en: 'Constitutional Committee sessions',
    ar: 'دورات اللجنة الدستورية',
  },
  'data.preset.committeeSessionsWhy': {
    en: 'From the first to the last session held, {count} in all',
    ar: 'من أولى الدورات المنعقدة إلى آخرها، وعددها {count}',
  },
  'data.preset.genevaRounds': { en: 'Geneva {first}–{last}', ar: 'جنيف {first}–{last}' },
  'data.preset.genevaRoundsWhy': {
    en: 'The UN-facilitated Geneva rounds of {year}',
    ar: 'جولات جنيف التي يسّرتها الأمم المتحدة عام {year}',
  },

  // Why a part of the opened link was not used (the notice under the range bar). A link's
  // parameter names and words stay as the link has them.
  'data.url.notId': {
    en: 'The link\'s "{key}" value "{value}" is not a valid id; nothing is selected.',
    ar: 'قيمة «{key}» في الرابط («{value}») ليست معرّفاً صالحاً؛ لم يُحدَّد شيء.',
  },
  'data.url.notChoice': {
    en: 'The link\'s "{key}" value "{value}" is not one of {values}; showing {fallback}.',
    ar: 'قيمة «{key}» في الرابط («{value}») ليست إحدى القيم {values}؛ تُعرض القيمة {fallback}.',
  },
  'data.url.notFlag': {
    en: 'The link\'s "{key}" value "{value}" is not "{word}"; leaving it off.',
    ar: 'قيمة «{key}» في الرابط («{value}») ليست «{word}»؛ يبقى الخيار معطّلاً.',
  },
  'data.url.unknownNames': {
    en: 'The link names unknown {what} ("{value}"); showing the known ones.',
    ar: 'يذكر الرابط {what} غير معروفة («{value}»)؛ تُعرض المعروفة منها فقط.',
  },
  'data.url.what.mapLayers': { en: 'map layers', ar: 'طبقات خريطة' },
  'data.url.what.tables': { en: 'tables', ar: 'جداول' },
  'data.url.what.tracks': { en: 'process tracks', ar: 'مسارات تفاوض' },
  'data.url.badDate': {
    en: 'The link\'s "{key}" value "{value}" {reason}; using {instead}.',
    ar: 'قيمة «{key}» في الرابط («{value}») {reason}؛ يُستخدم بدلاً منها {instead}.',
  },
  'data.url.dateForm': {
    en: 'is not a date in the form {format}',
    ar: 'ليست تاريخاً بالصيغة {format}',
  },
  'data.url.dateReal': { en: 'is not a real calendar date', ar: 'ليست تاريخاً موجوداً في التقويم' },
  'data.url.dateOutside': {
    en: 'is outside {earliest} to {latest}',
    ar: 'تقع خارج المدة من {earliest} إلى {latest}',
  },
  'data.url.firstRecord': { en: 'the first dated record', ar: 'تاريخ أول سجل مؤرَّخ' },
  'data.url.asOf': { en: "the dataset's as-of date", ar: 'تاريخ تحديث البيانات' },
  'data.url.reversed': {
    en: "The link's range ends ({to}) before it starts ({from}); showing the default range.",
    ar: 'ينتهي النطاق الزمني في الرابط ({to}) قبل أن يبدأ ({from})؛ يُعرض النطاق الافتراضي.',
  },
  'data.url.mapView': {
    en: "The link's map view ({values}) is not a place on the map; showing the default view.",
    ar: 'عرض الخريطة في الرابط ({values}) لا يشير إلى مكان على الخريطة؛ يُعرض العرض الافتراضي.',
  },
  'data.url.keyValue': { en: '{key} "{value}"', ar: '{key} بالقيمة «{value}»' },
  'data.url.window': {
    en: 'The link\'s "{key}" value "{value}" is not a whole number of months from {min} to {max}; using {fallback}.',
    ar: 'قيمة «{key}» في الرابط («{value}») ليست عدداً صحيحاً من الأشهر بين {min} و{max}؛ تُستخدم مدة {fallback} أشهر.',
  },
  'data.url.governorate': {
    en: 'The link\'s "{key}" value "{value}" is not one of Syria\'s governorates; showing all of them.',
    ar: 'قيمة «{key}» في الرابط («{value}») ليست من محافظات سوريا؛ تُعرض المحافظات كلها.',
  },
  'data.url.hosts': {
    en: 'The link\'s "{key}" value "{value}" names more than {max} hosts or ids that are not valid; drawing the valid ones.',
    ar: 'قيمة «{key}» في الرابط («{value}») تذكر أكثر من {max} دول مضيفة أو معرّفات غير صالحة؛ تُرسم الصالحة منها.',
  },
  'data.url.panel': {
    en: 'The link\'s "{key}" value "{value}" is not one of {values}; showing every panel.',
    ar: 'قيمة «{key}» في الرابط («{value}») ليست إحدى القيم {values}؛ تُعرض كل اللوحات.',
  },
  'data.url.period': {
    en: 'The link\'s "{key}" value "{value}" is not a period (first day..last day, e.g. {example}); comparing nothing.',
    ar: 'قيمة «{key}» في الرابط («{value}») ليست فترة (اليوم الأول..اليوم الأخير، مثل {example})؛ لا تُجرى أي مقارنة.',
  },
  'data.url.fileWithoutName': {
    en: 'The link names a file\'s fingerprint ("{key}") but no file; ignoring it.',
    ar: 'يذكر الرابط بصمة ملف («{key}») دون اسم الملف؛ تُتجاهل البصمة.',
  },
  'data.url.fileSha': {
    en: 'The link\'s "{key}" value "{value}" is not {digits} hexadecimal digits; matching the file by its name only.',
    ar: 'قيمة «{key}» في الرابط («{value}») ليست {digits} رقماً ست عشرياً؛ يُطابَق الملف باسمه فقط.',
  },

  // The kinds of an analyst's file beyond those it names most.
  'data.otherKinds': { en: 'other kinds', ar: 'أنواع أخرى' },
});
