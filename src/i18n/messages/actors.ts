import { defineMessages } from '../catalogue';

/** The actors panel: directory, relations graph, actor card, the actors of the analyst's file. */
export const actorsMessages = defineMessages({
  'actors.title': { en: 'Actors', ar: 'الأطراف الفاعلة' },
  'actors.subtitle': { en: 'Who took part, {range}', ar: 'من شارك، {range}' },
  'actors.viewLabel': { en: 'Actors view', ar: 'طريقة عرض الأطراف' },
  'actors.viewDirectory': { en: 'Directory', ar: 'الدليل' },
  'actors.viewGraph': { en: 'Relations graph', ar: 'شبكة العلاقات' },
  'actors.notInDataset': {
    en: 'The actor “{id}” is not in the dataset.',
    ar: 'الطرف «{id}» غير موجود في البيانات.',
  },
  'actors.selectPrompt': {
    en: 'Select an actor to see its card: relations, and what it did in this period.',
    ar: 'اختر طرفاً لعرض بطاقته: علاقاته، وما قام به في هذه الفترة.',
  },

  // The directory.
  'actors.searchLabel': { en: 'Search actors', ar: 'البحث عن طرف' },
  'actors.searchPlaceholder': {
    en: 'Name, alias or Arabic name',
    ar: 'الاسم بالعربية أو بالإنجليزية، أو اسم آخر',
  },
  'actors.kind': { en: 'Kind', ar: 'النوع' },
  'actors.allKinds': { en: 'All kinds', ar: 'كل الأنواع' },
  'actors.alignment': { en: 'Alignment', ar: 'الاصطفاف' },
  'actors.allAlignments': { en: 'All alignments', ar: 'كل الاصطفافات' },
  'actors.sort': { en: 'Sort', ar: 'الترتيب' },
  'actors.sortActivity': { en: 'Most active in range', ar: 'الأكثر نشاطاً في الفترة' },
  'actors.sortName': { en: 'Name', ar: 'الاسم' },
  'actors.summary': {
    en: {
      one: '{count} actor of {total} shown, {active} active in range',
      other: '{count} actors of {total} shown, {active} active in range',
    },
    ar: {
      zero: 'لا أطراف معروضة من أصل {total}؛ النشطة منها في الفترة: {active}',
      one: 'طرف واحد معروض من أصل {total}؛ النشطة منها في الفترة: {active}',
      two: 'طرفان معروضان من أصل {total}؛ النشطة منها في الفترة: {active}',
      few: '{count} أطراف معروضة من أصل {total}؛ النشطة منها في الفترة: {active}',
      many: '{count} طرفاً معروضاً من أصل {total}؛ النشطة منها في الفترة: {active}',
      other: '{count} طرف معروض من أصل {total}؛ النشطة منها في الفترة: {active}',
    },
  },
  'actors.summaryWithRound': {
    en: {
      one: '{count} actor of {total} shown, {active} active in range, {inRound} took part in {round} (marked)',
      other:
        '{count} actors of {total} shown, {active} active in range, {inRound} took part in {round} (marked)',
    },
    ar: {
      zero: 'لا أطراف معروضة من أصل {total}؛ النشطة منها في الفترة: {active}؛ المشاركة في {round} (مميَّزة): {inRound}',
      one: 'طرف واحد معروض من أصل {total}؛ النشطة منها في الفترة: {active}؛ المشاركة في {round} (مميَّزة): {inRound}',
      two: 'طرفان معروضان من أصل {total}؛ النشطة منها في الفترة: {active}؛ المشاركة في {round} (مميَّزة): {inRound}',
      few: '{count} أطراف معروضة من أصل {total}؛ النشطة منها في الفترة: {active}؛ المشاركة في {round} (مميَّزة): {inRound}',
      many: '{count} طرفاً معروضاً من أصل {total}؛ النشطة منها في الفترة: {active}؛ المشاركة في {round} (مميَّزة): {inRound}',
      other:
        '{count} طرف معروض من أصل {total}؛ النشطة منها في الفترة: {active}؛ المشاركة في {round} (مميَّزة): {inRound}',
    },
  },
  'actors.noMatch': { en: 'No actor matches “{query}”.', ar: 'لا طرف يطابق «{query}».' },
  'actors.noMatchFiltered': {
    en: 'No actor matches “{query}” with these filters.',
    ar: 'لا طرف يطابق «{query}» مع عوامل التصفية هذه.',
  },
  'actors.clearSearch': { en: 'Clear search', ar: 'مسح البحث' },
  'actors.listLabel': { en: 'Actors', ar: 'الأطراف' },
  'actors.tookPartIn': { en: 'took part in {round}', ar: 'شارك في {round}' },
  /** Between an actor's alignments in the range, oldest first: the arrow points the way it reads. */
  'actors.alignmentArrow': { en: ' → ', ar: ' ← ' },
  'actors.countsInRange': {
    en: '{meetings} and {events} in range',
    ar: '{meetings} و{events} في الفترة',
  },
  'actors.meetingCount': {
    en: { one: '{count} meeting', other: '{count} meetings' },
    ar: {
      zero: 'لا اجتماعات',
      one: 'اجتماع واحد',
      two: 'اجتماعان',
      few: '{count} اجتماعات',
      many: '{count} اجتماعاً',
      other: '{count} اجتماع',
    },
  },
  'actors.eventCount': {
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

  // The actor card.
  'actors.active': { en: 'Active {span}', ar: 'فترة النشاط: {span}' },
  'actors.alsoKnownAs': { en: 'Also known as:', ar: 'يُعرف أيضاً باسم:' },
  'actors.relations': { en: 'Relations', ar: 'العلاقات' },
  'actors.noRelations': { en: 'No recorded relations.', ar: 'لا علاقات مسجّلة.' },
  'actors.notInThisPeriod': { en: 'not in this period', ar: 'خارج هذه الفترة' },
  'actors.inThisPeriod': { en: 'In this period', ar: 'في هذه الفترة' },
  'actors.inThisPeriodBadge': { en: 'in this period', ar: 'في هذه الفترة' },
  'actors.noParticipation': {
    en: 'No recorded meeting or event with {name} in this period.',
    ar: 'لا اجتماع ولا حدث مسجّلاً يشارك فيه {name} في هذه الفترة.',
  },
  'actors.participation': {
    en: {
      one: '{count} meeting or event, newest first',
      other: '{count} meetings and events, newest first',
    },
    ar: {
      zero: 'لا اجتماعات ولا أحداث',
      one: 'اجتماع أو حدث واحد، الأحدث أولاً',
      two: 'اثنان من الاجتماعات والأحداث، الأحدث أولاً',
      few: '{count} من الاجتماعات والأحداث، الأحدث أولاً',
      many: '{count} من الاجتماعات والأحداث، الأحدث أولاً',
      other: '{count} من الاجتماعات والأحداث، الأحدث أولاً',
    },
  },
  'actors.participationScroll': {
    en: {
      one: '{count} meeting or event, newest first: scroll for more',
      other: '{count} meetings and events, newest first: scroll for more',
    },
    ar: {
      zero: 'لا اجتماعات ولا أحداث',
      one: 'اجتماع أو حدث واحد، الأحدث أولاً: مرِّر لرؤية المزيد',
      two: 'اثنان من الاجتماعات والأحداث، الأحدث أولاً: مرِّر لرؤية المزيد',
      few: '{count} من الاجتماعات والأحداث، الأحدث أولاً: مرِّر لرؤية المزيد',
      many: '{count} من الاجتماعات والأحداث، الأحدث أولاً: مرِّر لرؤية المزيد',
      other: '{count} من الاجتماعات والأحداث، الأحدث أولاً: مرِّر لرؤية المزيد',
    },
  },
  'actors.aboutRecord': { en: 'About this record', ar: 'عن هذا السجل' },
  'actors.changesOverTime': { en: 'Changes over time', ar: 'التغيّرات عبر الزمن' },
  'actors.meeting': { en: 'Meeting', ar: 'اجتماع' },
  'actors.event': { en: 'Event', ar: 'حدث' },

  // A relation as the card reads it from each end, before the other actor's name.
  'actors.relation.ally.outgoing': { en: 'Ally of', ar: 'حليف' },
  'actors.relation.ally.incoming': { en: 'Ally of', ar: 'حليف' },
  'actors.relation.adversary.outgoing': { en: 'Adversary of', ar: 'خصم' },
  'actors.relation.adversary.incoming': { en: 'Adversary of', ar: 'خصم' },
  'actors.relation.sponsor.outgoing': { en: 'Sponsor of', ar: 'راعي' },
  'actors.relation.sponsor.incoming': { en: 'Sponsored by', ar: 'برعاية' },
  'actors.relation.guarantor.outgoing': { en: 'Guarantor of', ar: 'ضامن' },
  'actors.relation.guarantor.incoming': { en: 'Guaranteed by', ar: 'بضمانة' },
  'actors.relation.memberOf.outgoing': { en: 'Member of', ar: 'عضو في' },
  'actors.relation.memberOf.incoming': { en: 'Has member', ar: 'يضمّ' },
  'actors.relation.leaderOf.outgoing': { en: 'Leader of', ar: 'قائد' },
  'actors.relation.leaderOf.incoming': { en: 'Led by', ar: 'بقيادة' },
  'actors.relation.mediator.outgoing': { en: 'Mediator for', ar: 'وسيط لدى' },
  'actors.relation.mediator.incoming': { en: 'Mediated by', ar: 'بوساطة' },
  'actors.relation.successorOf.outgoing': { en: 'Successor of', ar: 'وريث' },
  'actors.relation.successorOf.incoming': { en: 'Succeeded by', ar: 'خلَفه' },

  // The relations graph: the relation types in its legend, table and tooltips.
  'actors.edge.ally': { en: 'Ally', ar: 'حليف' },
  'actors.edge.adversary': { en: 'Adversary', ar: 'خصم' },
  'actors.edge.sponsor': { en: 'Sponsor', ar: 'راعٍ' },
  'actors.edge.guarantor': { en: 'Guarantor', ar: 'ضامن' },
  'actors.edge.memberOf': { en: 'Member of', ar: 'عضو في' },
  'actors.edge.leaderOf': { en: 'Leader of', ar: 'قائد' },
  'actors.edge.mediator': { en: 'Mediator', ar: 'وسيط' },
  'actors.edge.successorOf': { en: 'Successor of', ar: 'وريث' },
  'actors.graphEmpty': {
    en: 'No actor was active or related to another in this period.',
    ar: 'لم يكن أي طرف نشطاً أو مرتبطاً بطرف آخر في هذه الفترة.',
  },
  'actors.graphSummary': {
    en: '{actors} and {relations} in this period. Node size: meetings and events in range.',
    ar: '{actors} و{relations} في هذه الفترة. حجم العقدة: عدد الاجتماعات والأحداث في الفترة.',
  },
  'actors.graphLabel': {
    en: 'Relations graph: {actors}, {relations}',
    ar: 'شبكة العلاقات: {actors}، {relations}',
  },
  'actors.actorCount': {
    en: { one: '{count} actor', other: '{count} actors' },
    ar: {
      zero: 'لا أطراف',
      one: 'طرف واحد',
      two: 'طرفان',
      few: '{count} أطراف',
      many: '{count} طرفاً',
      other: '{count} طرف',
    },
  },
  'actors.relationCount': {
    en: { one: '{count} relation', other: '{count} relations' },
    ar: {
      zero: 'لا علاقات',
      one: 'علاقة واحدة',
      two: 'علاقتان',
      few: '{count} علاقات',
      many: '{count} علاقةً',
      other: '{count} علاقة',
    },
  },
  'actors.nodeLabel': {
    en: '{name}, {alignments}, {activity} in range',
    ar: '{name}، {alignments}، {activity} في الفترة',
  },
  'actors.nodeLabelInRound': {
    en: '{name}, {alignments}, {activity} in range, took part in the open round',
    ar: '{name}، {alignments}، {activity} في الفترة، شارك في الجولة المعروضة',
  },
  /** Between the alignments an actor held in the range, in a node's name. */
  'actors.thenSeparator': { en: ', then ', ar: '، ثم ' },
  'actors.activityCount': {
    en: { one: '{count} meeting or event', other: '{count} meetings and events' },
    ar: {
      zero: 'لا اجتماعات ولا أحداث',
      one: 'اجتماع أو حدث واحد',
      two: 'اثنان من الاجتماعات والأحداث',
      few: '{count} من الاجتماعات والأحداث',
      many: '{count} من الاجتماعات والأحداث',
      other: '{count} من الاجتماعات والأحداث',
    },
  },
  'actors.legend': { en: 'Legend', ar: 'مفتاح الرسم' },
  'actors.legendInRound': { en: 'Took part in the open round', ar: 'شارك في الجولة المعروضة' },
  'actors.tableSummary': {
    en: 'Relations in this period as a table',
    ar: 'العلاقات في هذه الفترة في جدول',
  },
  'actors.tableCaption': {
    en: 'Relations between actors in this period',
    ar: 'العلاقات بين الأطراف في هذه الفترة',
  },
  'actors.colActor': { en: 'Actor', ar: 'الطرف' },
  'actors.colRelation': { en: 'Relation', ar: 'العلاقة' },
  'actors.colPeriod': { en: 'Period', ar: 'الفترة' },

  // The actors of the analyst's file.
  'actors.fileTitle': { en: 'Actors in your file, {range}', ar: 'الأطراف في ملفك، {range}' },
  'actors.fileIntro': {
    en: {
      one: 'From {file}, not from the dashboard’s sourced data: {count} name as the file gives it, {matched} of them matched to a dashboard actor by name or alias. An event counts for each side it names.',
      other:
        'From {file}, not from the dashboard’s sourced data: {count} names as the file gives them, {matched} of them matched to a dashboard actor by name or alias. An event counts for each side it names.',
    },
    ar: {
      zero: 'من {file}، لا من بيانات اللوحة الموثّقة بالمصادر: لا أسماء في الملف، والمطابق منها لطرف في اللوحة بالاسم أو الاسم البديل: {matched}. يُحتسب الحدث لكل طرف يسمّيه.',
      one: 'من {file}، لا من بيانات اللوحة الموثّقة بالمصادر: اسم واحد كما يورده الملف، والمطابق منه لطرف في اللوحة بالاسم أو الاسم البديل: {matched}. يُحتسب الحدث لكل طرف يسمّيه.',
      two: 'من {file}، لا من بيانات اللوحة الموثّقة بالمصادر: اسمان كما يوردهما الملف، والمطابق منهما لطرف في اللوحة بالاسم أو الاسم البديل: {matched}. يُحتسب الحدث لكل طرف يسمّيه.',
      few: 'من {file}، لا من بيانات اللوحة الموثّقة بالمصادر: {count} أسماء كما يوردها الملف، والمطابق منها لطرف في اللوحة بالاسم أو الاسم البديل: {matched}. يُحتسب الحدث لكل طرف يسمّيه.',
      many: 'من {file}، لا من بيانات اللوحة الموثّقة بالمصادر: {count} اسماً كما يوردها الملف، والمطابق منها لطرف في اللوحة بالاسم أو الاسم البديل: {matched}. يُحتسب الحدث لكل طرف يسمّيه.',
      other:
        'من {file}، لا من بيانات اللوحة الموثّقة بالمصادر: {count} اسم كما يوردها الملف، والمطابق منها لطرف في اللوحة بالاسم أو الاسم البديل: {matched}. يُحتسب الحدث لكل طرف يسمّيه.',
    },
  },
  'actors.fileEmpty': {
    en: 'No event of your file in this range names an actor.',
    ar: 'لا يسمّي أي حدث من ملفك في هذه الفترة طرفاً.',
  },
  'actors.colFileActor': { en: 'Actor in your file', ar: 'الطرف في ملفك' },
  'actors.colEvents': { en: 'Events', ar: 'الأحداث' },
  'actors.colDeaths': { en: 'Deaths reported', ar: 'القتلى المُبلَّغ عنهم' },
  'actors.colInDashboard': { en: 'In the dashboard', ar: 'في اللوحة' },
  'actors.notMatched': { en: 'not matched', ar: 'بلا مطابقة' },
  'actors.showFirst': { en: 'Show the first {count}', ar: 'عرض أول {count} فقط' },
  'actors.showAll': { en: 'Show all {count}', ar: 'عرض الكل ({count})' },
});
