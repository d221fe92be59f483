import { isFileType, ownTypeName } from '@/i18n/data-names';

/**
 * A type of the analyst's events: the file's own words, never translated, or a name the
 * dashboard gives ("Type not stated", UCDP's types of violence) in the language shown.
 */
export function OwnType({ type }: { type: string }) {
  return isFileType(type) ? <span translate="no">{type}</span> : <>{ownTypeName(type)}</>;
}
