import { TYPE_NOT_STATED, ucdpCodeOf } from '@/data/own-events';
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

const UCDP_TYPE_NAMES = [
  'ownEvents.ucdpType.stateBased',
  'ownEvents.ucdpType.nonState',
  'ownEvents.ucdpType.oneSided',
] as const;

/**
 * A type of the analyst's events as shown: the file's own words, as written; or a name the
 * dashboard gives (the layer's "Type not stated", UCDP's types of violence for their codes) in
 * the language shown.
 */
export function ownTypeName(type: string): string {
  if (type === TYPE_NOT_STATED) return t('ownEvents.typeNotStated');
  const code = ucdpCodeOf(type);
  if (code === null) return type;
  const named = UCDP_TYPE_NAMES[code - 1];
  return named ? t(named) : t('ownEvents.ucdpType.other', { code });
}

/** Whether a type is the file's own words (shown as written, never translated). */
export function isFileType(type: string): boolean {
  return type !== TYPE_NOT_STATED && ucdpCodeOf(type) === null;
}
