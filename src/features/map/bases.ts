import type { BasePresence, Place } from '@/data/schemas/places';
import { spanOverlapsRange, type DateRange } from '@/lib/dates';
import { t } from '@/i18n/t';
import { formatOpenSpan } from '@/lib/format';
import { cssVar, light } from '@/styles/colours';
import { BASE } from './map-style';

/**
 * How the map draws the bases of each holder: a square in the holder's colour (the export's
 * colour, and on screen a CSS token that follows the theme), named in the legend. A holder
 * missing here is drawn as "other" (map-data tests check that every holder in the data has one).
 * The names are getters: read when shown, in the language shown then.
 */
export const baseHolders = {
  russia: {
    get label() {
      return t('map.holder.russia');
    },
    color: light('map-base-russia'),
    token: cssVar('map-base-russia'),
  },
  'united-states': {
    get label() {
      return t('map.holder.unitedStates');
    },
    color: light('map-base-united-states'),
    token: cssVar('map-base-united-states'),
  },
  turkey: {
    get label() {
      return t('map.holder.turkey');
    },
    color: light('map-base-turkey'),
    token: cssVar('map-base-turkey'),
  },
  'syrian-government': {
    get label() {
      return t('map.holder.syrianGovernment');
    },
    color: BASE,
    token: cssVar('map-base'),
  },
} as const satisfies Record<string, { label: string; color: string; token: string }>;

export type BaseHolder = keyof typeof baseHolders | 'other';

const otherHolder = {
  get label() {
    return t('map.holder.other');
  },
  color: BASE,
  token: cssVar('map-base'),
};

export function baseHolderStyle(holder: string): { label: string; color: string; token: string } {
  return holder in baseHolders ? baseHolders[holder as keyof typeof baseHolders] : otherHolder;
}

/** A base as the map shows it in a range: the place and the holding period shown. */
export interface ShownBase {
  place: Place;
  period: BasePresence;
}

/** A period's start and end for comparing with a range (open ends reach past any range). */
function periodSpan(period: BasePresence): [string, string] {
  return [period.from ?? '0000-01-01', period.to ?? '9999-12-31'];
}

/**
 * The military bases held by someone on some day of the range, each with the last of its
 * holding periods that overlaps the range. A base without a sourced period is never shown.
 */
export function basesInRange(places: readonly Place[], range: DateRange): ShownBase[] {
  const shown: ShownBase[] = [];
  for (const place of places) {
    if (place.kind !== 'military-base' || !place.presence) continue;
    const overlapping = place.presence.filter((period) =>
      spanOverlapsRange(...periodSpan(period), range),
    );
    const period = overlapping
      .sort((a, b) => periodSpan(a)[0].localeCompare(periodSpan(b)[0]))
      .at(-1);
    if (period) shown.push({ place, period });
  }
  return shown;
}

/** A holding period in words: "since 30 Sept 2015", "until 8 Dec 2024", "7 Apr 2018 – 20 Oct 2020". */
export function formatPresence(period: BasePresence): string {
  return formatOpenSpan(period.from, period.to);
}
