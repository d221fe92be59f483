import type { MessageKey } from '@/i18n/t';

/** The fields an event is read from, each the name of a column of the file's header. */
export interface ColumnMapping {
  date: string;
  dateEnd?: string;
  latitude: string;
  longitude: string;
  type?: string;
  subType?: string;
  actor1?: string;
  actor2?: string;
  deaths?: string;
  location?: string;
  admin1?: string;
  country?: string;
  source?: string;
  notes?: string;
  id?: string;
  /** How the type column is written: as words, or as UCDP's codes 1, 2, 3. */
  typeCodes?: 'ucdp';
}

export type MappingField = Exclude<keyof ColumnMapping, 'typeCodes'>;

/**
 * The fields the analyst maps by hand for a table of another layout, in the order asked, each
 * with the message that names it.
 */
export const MAPPED_FIELDS: readonly {
  field: MappingField;
  label: MessageKey;
  required: boolean;
}[] = [
  { field: 'date', label: 'ownEvents.field.date', required: true },
  { field: 'latitude', label: 'ownEvents.field.latitude', required: true },
  { field: 'longitude', label: 'ownEvents.field.longitude', required: true },
  { field: 'type', label: 'ownEvents.field.type', required: false },
  { field: 'actor1', label: 'ownEvents.field.actor1', required: false },
  { field: 'actor2', label: 'ownEvents.field.actor2', required: false },
  { field: 'deaths', label: 'ownEvents.field.deaths', required: false },
  { field: 'source', label: 'ownEvents.field.source', required: false },
  { field: 'notes', label: 'ownEvents.field.notes', required: false },
];

export type FormatId = 'acled' | 'ucdp-ged' | 'other';

/** A file's layout as recognised from its header: what its name is made of. */
export type Layout =
  | { format: 'acled'; before2023: boolean; columns: number }
  | { format: 'ucdp-ged'; syriaOnly: boolean; columns: number }
  | { format: 'other' }
  | { format: 'json' };

/** A file's layout as recognised from its header. */
export interface Recognised {
  format: FormatId;
  layout: Layout;
  /** The columns to read; null for a layout not recognised (the analyst maps it). */
  mapping: ColumnMapping | null;
  /** Columns of a recognised layout that this file lacks. */
  missing: string[];
}

const ACLED: ColumnMapping = {
  id: 'event_id_cnty',
  date: 'event_date',
  latitude: 'latitude',
  longitude: 'longitude',
  type: 'event_type',
  subType: 'sub_event_type',
  actor1: 'actor1',
  actor2: 'actor2',
  deaths: 'fatalities',
  location: 'location',
  admin1: 'admin1',
  country: 'country',
  source: 'source',
  notes: 'notes',
};

const UCDP_GED: ColumnMapping = {
  id: 'id',
  date: 'date_start',
  dateEnd: 'date_end',
  latitude: 'latitude',
  longitude: 'longitude',
  type: 'type_of_violence',
  typeCodes: 'ucdp',
  subType: 'dyad_name',
  actor1: 'side_a',
  actor2: 'side_b',
  deaths: 'best',
  location: 'where_coordinates',
  admin1: 'adm_1',
  country: 'country',
  source: 'source_article',
  notes: 'source_headline',
};

/** The columns each layout must have for its events to be read. */
const ACLED_REQUIRED = ['event_date', 'latitude', 'longitude', 'event_type', 'fatalities'];
const UCDP_REQUIRED = ['date_start', 'latitude', 'longitude', 'type_of_violence', 'best'];

/** A header cell as compared: without surrounding spaces or a byte-order mark, lower case. */
export function headerKey(cell: string): string {
  return cell
    .replace(/^\ufeff/, '')
    .trim()
    .toLowerCase();
}

/**
 * The layout of a table, recognised by the names in its header row (never by position):
 * ACLED's exports (the current layout has event_id_cnty and no data_id; files from before
 * March 2023 also have data_id and event_id_no_cnty), UCDP's GED (type_of_violence,
 * date_start, best; 49 columns in the global releases, 41 in the Syria-only ones), or another
 * layout, which the analyst maps column by column.
 */
export function recogniseHeader(header: readonly string[]): Recognised {
  const names = new Set(header.map(headerKey));
  const has = (name: string) => names.has(name);
  const lacking = (required: string[]) => required.filter((name) => !has(name));
  if (has('event_id_cnty') || (has('event_date') && has('event_type'))) {
    const layout: Layout = {
      format: 'acled',
      before2023: has('data_id') || has('event_id_no_cnty'),
      columns: header.length,
    };
    return {
      format: 'acled',
      layout,
      mapping: withOptional(ACLED, names),
      missing: lacking(ACLED_REQUIRED),
    };
  }
  if (has('type_of_violence') && has('date_start')) {
    const layout: Layout = {
      format: 'ucdp-ged',
      syriaOnly: header.length <= 41,
      columns: header.length,
    };
    return {
      format: 'ucdp-ged',
      layout,
      mapping: withOptional(UCDP_GED, names),
      missing: lacking(UCDP_REQUIRED),
    };
  }
  const layout: Layout = { format: 'other' };
  return { format: 'other', layout, mapping: null, missing: [] };
}

/** A layout's mapping without the optional columns this file lacks. */
function withOptional(mapping: ColumnMapping, names: ReadonlySet<string>): ColumnMapping {
  const out: ColumnMapping = { ...mapping };
  for (const key of Object.keys(out) as (keyof ColumnMapping)[]) {
    if (key === 'typeCodes') continue;
    const column = out[key];
    if (
      column !== undefined &&
      !names.has(column) &&
      !['date', 'latitude', 'longitude'].includes(key)
    )
      delete out[key];
  }
  return out;
}

/**
 * A first guess at the mapping of a table of another layout, from common column names; the
 * analyst confirms or changes it.
 */
export function guessMapping(header: readonly string[]): Partial<ColumnMapping> {
  const keys = header.map(headerKey);
  const find = (...candidates: string[]) => {
    const i = keys.findIndex((k) => candidates.includes(k));
    return i < 0 ? undefined : header[i];
  };
  const guess: Partial<ColumnMapping> = {
    date: find('date', 'event_date', 'date_start', 'day', 'start_date'),
    latitude: find('latitude', 'lat', 'y'),
    longitude: find('longitude', 'lon', 'lng', 'long', 'x'),
    type: find('type', 'event_type', 'category', 'kind'),
    actor1: find('actor1', 'actor', 'actor_1', 'perpetrator', 'side_a'),
    actor2: find('actor2', 'actor_2', 'target', 'side_b'),
    deaths: find('deaths', 'fatalities', 'killed', 'best', 'casualties'),
    source: find('source', 'sources', 'url'),
    notes: find('notes', 'description', 'summary', 'title'),
  };
  for (const key of Object.keys(guess) as (keyof ColumnMapping)[])
    if (guess[key] === undefined) delete guess[key];
  return guess;
}
