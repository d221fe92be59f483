/**
 * The layouts the generated event files (own-event-files.ts) are written in: the documented
 * column names of ACLED's current and older exports and of UCDP GED's 49- and 41-column
 * releases, and the forms their dates come in.
 */

export const ACLED_COLUMNS = [
  'event_id_cnty',
  'event_date',
  'year',
  'time_precision',
  'disorder_type',
  'event_type',
  'sub_event_type',
  'actor1',
  'assoc_actor_1',
  'inter1',
  'actor2',
  'assoc_actor_2',
  'inter2',
  'interaction',
  'civilian_targeting',
  'iso',
  'region',
  'country',
  'admin1',
  'admin2',
  'admin3',
  'location',
  'latitude',
  'longitude',
  'geo_precision',
  'source',
  'source_scale',
  'notes',
  'fatalities',
  'tags',
  'timestamp',
] as const;

/** ACLED's layout before March 2023: data_id and event_id_no_cnty, no disorder_type. */
export const ACLED_OLD_COLUMNS = [
  'data_id',
  'iso',
  'event_id_cnty',
  'event_id_no_cnty',
  'event_date',
  'year',
  'time_precision',
  'event_type',
  'sub_event_type',
  'actor1',
  'assoc_actor_1',
  'inter1',
  'actor2',
  'assoc_actor_2',
  'inter2',
  'interaction',
  'region',
  'country',
  'admin1',
  'admin2',
  'admin3',
  'location',
  'latitude',
  'longitude',
  'geo_precision',
  'source',
  'source_scale',
  'notes',
  'fatalities',
  'timestamp',
  'iso3',
] as const;

export const UCDP_COLUMNS = [
  'id',
  'relid',
  'year',
  'active_year',
  'code_status',
  'type_of_violence',
  'conflict_dset_id',
  'conflict_new_id',
  'conflict_name',
  'dyad_dset_id',
  'dyad_new_id',
  'dyad_name',
  'side_a_dset_id',
  'side_a_new_id',
  'side_a',
  'side_b_dset_id',
  'side_b_new_id',
  'side_b',
  'number_of_sources',
  'source_article',
  'source_office',
  'source_date',
  'source_headline',
  'source_original',
  'where_prec',
  'where_coordinates',
  'where_description',
  'adm_1',
  'adm_2',
  'latitude',
  'longitude',
  'geom_wkt',
  'priogrid_gid',
  'country',
  'country_id',
  'region',
  'event_clarity',
  'date_prec',
  'date_start',
  'date_end',
  'deaths_a',
  'deaths_b',
  'deaths_civilians',
  'deaths_unknown',
  'best',
  'high',
  'low',
  'gwnoa',
  'gwnob',
] as const;

/** A 41-column layout like UCDP's Syria-only releases: the global one without 8 id columns. */
export const UCDP_SYRIA_COLUMNS = UCDP_COLUMNS.filter(
  (c) =>
    ![
      'code_status',
      'conflict_dset_id',
      'dyad_dset_id',
      'side_a_dset_id',
      'side_b_dset_id',
      'geom_wkt',
      'gwnoa',
      'gwnob',
    ].includes(c),
);

export type Layout = 'acled' | 'acled-old' | 'ucdp' | 'ucdp-syria';

/** How the file writes its dates (ACLED's exports come in all of the first four). */
export type DateForm =
  'iso' | 'day month year' | 'day-month-year' | 'dd-Mon-yy' | 'iso time' | 'iso T';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export function writeDate(iso: string, form: DateForm): string {
  const [y, m, d] = iso.split('-');
  const month = MONTHS[Number(m) - 1]!;
  switch (form) {
    case 'iso':
      return iso;
    case 'day month year':
      return `${Number(d)} ${month} ${y}`;
    case 'day-month-year':
      return `${d}-${month}-${y}`;
    case 'dd-Mon-yy':
      return `${d}-${month.slice(0, 3)}-${y!.slice(2)}`;
    case 'iso time':
      return `${iso} 00:00:00.000`;
    case 'iso T':
      return `${iso}T00:00:00`;
  }
}
