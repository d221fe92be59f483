import { currentLanguage } from './language';

// The dataset's records name themselves in English and in Arabic (`nameAr`, `titleAr`, required
// by the schema): the interface shows the name of the language shown.

/** An actor's or a place's name in the language shown. */
export function nameOf(record: { name: string; nameAr: string }): string {
  return currentLanguage() === 'ar' ? record.nameAr : record.name;
}

/** A meeting's title in the language shown. */
export function titleOf(meeting: { title: string; titleAr: string }): string {
  return currentLanguage() === 'ar' ? meeting.titleAr : meeting.title;
}
