import { TYPE_NOT_STATED } from '@/data/own-events';
import { currentLanguage, useLanguageStore } from './language';
import { t } from './t';

// The dataset's records name themselves in English and in Arabic (`nameAr`, `titleAr`, required
// by the schema): the interface shows the name of the language shown.

/**
 * An Arabic name in the digits the reader chose: the dataset writes "أستانا 11", "القرار 2254";
 * with Arabic-Indic digits chosen they read "أستانا ١١", as every number around them does.
 */
function inChosenDigits(arabic: string): string {
  if (useLanguageStore.getState().digits !== 'arab') return arabic;
  return arabic.replace(/[0-9]/g, (d) => String.fromCharCode(0x0660 + Number(d)));
}

/** An actor's or a place's name in the language shown. */
export function nameOf(record: { name: string; nameAr: string }): string {
  return currentLanguage() === 'ar' ? inChosenDigits(record.nameAr) : record.name;
}

/** A meeting's title in the language shown. */
export function titleOf(meeting: { title: string; titleAr: string }): string {
  return currentLanguage() === 'ar' ? inChosenDigits(meeting.titleAr) : meeting.title;
}

/**
 * A type of the analyst's events as shown: the file's own words, as written, or the layer's
 * "Type not stated" in the language shown.
 */
export function ownTypeName(type: string): string {
  return type === TYPE_NOT_STATED ? t('ownEvents.typeNotStated') : type;
}
