import { defineMessages } from '../catalogue';

/** The search of the whole dataset, in the header. */
export const searchMessages = defineMessages({
  'search.label': { en: 'Search everything', ar: 'البحث في كل البيانات' },
  'search.placeholder': {
    en: 'Actor, place, meeting, event…',
    ar: 'طرف، مكان، اجتماع، حدث…',
  },
  'search.loading': { en: 'Loading names…', ar: 'جارٍ تحميل الأسماء…' },
  'search.noMatch': { en: 'No match', ar: 'لا نتائج' },
  'search.results': {
    en: { one: '{count} result', other: '{count} results' },
    ar: {
      zero: 'لا نتائج',
      one: 'نتيجة واحدة',
      two: 'نتيجتان',
      few: '{count} نتائج',
      many: '{count} نتيجةً',
      other: '{count} نتيجة',
    },
  },
  'search.nothing': {
    en: 'No actor, place, meeting or event matches.',
    ar: 'لا طرف ولا مكان ولا اجتماع ولا حدث يطابق البحث.',
  },
  'search.listLabel': { en: 'Search results', ar: 'نتائج البحث' },
  'search.kind.actor': { en: 'Actors', ar: 'الأطراف' },
  'search.kind.meeting': { en: 'Meetings', ar: 'الاجتماعات' },
  'search.kind.place': { en: 'Places', ar: 'الأماكن' },
  'search.kind.event': { en: 'Events', ar: 'الأحداث' },
  /** A kind's heading with the number of its results. */
  'search.group': { en: '{kind} ({total})', ar: '{kind} ({total})' },
  /** The same when the list shows only the first of them. */
  'search.groupFirst': {
    en: '{kind} ({total}, first {shown})',
    ar: '{kind} ({total}، أول {shown} منها)',
  },
  /** A result's second line: what it is (kind, track or date), then where or when. */
  'search.detail': { en: '{what} · {where}', ar: '{what} · {where}' },
});
