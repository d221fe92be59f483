import { TYPE_NOT_STATED } from '@/data/own-events';
import { ownTypeName } from '@/i18n/data-names';

/**
 * A type of the analyst's events: the file's own words, never translated, or the layer's
 * "Type not stated" in the language shown.
 */
export function OwnType({ type }: { type: string }) {
  return type === TYPE_NOT_STATED ? <>{ownTypeName(type)}</> : <span translate="no">{type}</span>;
}
