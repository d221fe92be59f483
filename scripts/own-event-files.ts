/**
 * Seeded synthetic event files in the layouts the dashboard loads (ACLED's current and older
 * exports, UCDP GED's 49- and 41-column releases), for the tests and the benchmark. Made from
 * the documented column names only, with invented events: never real ACLED or UCDP rows.
 * Every value of a row is known, so a test can check what the dashboard draws against it.
 */
import { seededRandom } from '../src/lib/random';
import {
  ACLED_COLUMNS,
  ACLED_OLD_COLUMNS,
  UCDP_COLUMNS,
  UCDP_SYRIA_COLUMNS,
  writeDate,
  type DateForm,
  type Layout,
} from './own-event-layouts';

/** Places in Syria, and one outside (Gaziantep), for the generated events. */
// `admin1` as a file spells it; `governorate` as the bundled boundaries do.
export const FILE_PLACES = [
  { name: 'Aleppo', admin1: 'Aleppo', governorate: 'Aleppo', lat: 36.2021, lon: 37.1343 },
  { name: 'Idlib', admin1: 'Idlib', governorate: 'Idleb', lat: 35.9306, lon: 36.6339 },
  {
    name: 'Douma',
    admin1: 'Rural Damascus',
    governorate: 'Rural Damascus',
    lat: 33.5711,
    lon: 36.4028,
  },
  { name: 'Raqqa', admin1: 'Ar-Raqqa', governorate: 'Ar-Raqqa', lat: 35.9528, lon: 39.0079 },
  {
    name: 'Deir ez-Zor',
    admin1: 'Deir-ez-Zor',
    governorate: 'Deir-ez-Zor',
    lat: 35.3359,
    lon: 40.1408,
  },
  { name: 'Daraa', admin1: "Dar'a", governorate: "Dar'a", lat: 32.6189, lon: 36.1021 },
] as const;
const OUTSIDE = {
  name: 'Gaziantep',
  admin1: 'Gaziantep',
  governorate: null,
  lat: 37.0662,
  lon: 37.3833,
};

const ACLED_TYPES = [
  'Battles',
  'Explosions/Remote violence',
  'Violence against civilians',
  'Protests',
  'Strategic developments',
  'Riots',
];
const ACTORS = [
  'Military Forces of Syria (2000-2024)',
  'Hayat Tahrir al-Sham',
  'Islamic State (Syria)',
  'QSD: Syrian Democratic Forces',
  'Civilians (Syria)',
  'Military Forces of Turkey (2016-)',
];
const UCDP_SIDES = ['Government of Syria', 'IS', 'Syrian insurgents', 'SDF', 'Civilians'];

/** The kinds of bad row mixed in, and the reason the dashboard must give for each. */
export const BAD_ROWS = [
  { column: 'latitude', cell: 'abc', reason: "latitude 'abc' is not a number" },
  { column: 'date', cell: '31/02/2021', reason: "date '31/02/2021' is not a day this reads" },
  { column: 'longitude', cell: '', reason: 'no longitude' },
  { column: 'deaths', cell: '-3', reason: "deaths '-3' is not a whole number of zero or more" },
] as const;

export interface FileOptions {
  layout: Layout;
  rows: number;
  seed?: number;
  separator?: ',' | ';' | '\t';
  /** Date forms, used in turn row by row (default: the layout's own). */
  dateForms?: DateForm[];
  /** Every nth data row is a bad one (0: none). */
  badEvery?: number;
  /** Every nth data row is outside Syria (0: none). */
  outsideEvery?: number;
  /** The first day (events are spread over `days` days from it). */
  from?: string;
  days?: number;
}

/** One good event of a generated file, as the file states it. */
export interface FileEvent {
  row: number;
  date: string;
  lat: number;
  lon: number;
  type: string;
  deaths: number;
  outside: boolean;
  actor1: string;
  actor2: string;
  /** The governorate of the place it was generated at, as the boundaries spell it; null abroad. */
  governorate: string | null;
}

export interface GeneratedFile {
  text: string;
  header: readonly string[];
  events: FileEvent[];
  bad: { row: number; column: string; reason: string }[];
}

/** A generated table of events in the given layout (row 1 the header, as a spreadsheet counts). */
export function generateEventFile(options: FileOptions): GeneratedFile {
  const { layout, rows, seed = 1, separator = ',', badEvery = 0, outsideEvery = 0 } = options;
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const header: readonly string[] =
    layout === 'acled'
      ? ACLED_COLUMNS
      : layout === 'acled-old'
        ? ACLED_OLD_COLUMNS
        : layout === 'ucdp'
          ? UCDP_COLUMNS
          : UCDP_SYRIA_COLUMNS;
  const ucdp = layout === 'ucdp' || layout === 'ucdp-syria';
  const forms: DateForm[] = options.dateForms ?? (ucdp ? ['iso time'] : ['day month year']);
  const from = Date.parse(`${options.from ?? '2016-01-01'}T00:00:00Z`);
  const days = options.days ?? 1430;
  const quote = (cell: string) =>
    cell.includes(separator) || /["\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;

  const lines = [header.join(separator)];
  const events: FileEvent[] = [];
  const bad: GeneratedFile['bad'] = [];
  for (let i = 1; i <= rows; i += 1) {
    const row = i + 1;
    const date = new Date(from + Math.floor(random() * days) * 86_400_000)
      .toISOString()
      .slice(0, 10);
    const outside = outsideEvery > 0 && i % outsideEvery === 0;
    const place = outside ? OUTSIDE : pick(FILE_PLACES);
    const lat = Math.round((place.lat + (random() - 0.5) * 0.02) * 1e4) / 1e4;
    const lon = Math.round((place.lon + (random() - 0.5) * 0.02) * 1e4) / 1e4;
    const deaths = random() < 0.4 ? 0 : Math.floor(random() * random() * 60);
    const typeCode = 1 + Math.floor(random() * 3);
    const type = ucdp
      ? ['State-based conflict', 'Non-state conflict', 'One-sided violence'][typeCode - 1]!
      : pick(ACLED_TYPES);
    const form = forms[i % forms.length]!;
    const a1 = ucdp ? pick(UCDP_SIDES) : pick(ACTORS);
    const a2 = ucdp ? pick(UCDP_SIDES) : pick(ACTORS);
    const values: Record<string, string> = ucdp
      ? {
          id: String(400000 + i),
          relid: `SYR-${i}`,
          year: date.slice(0, 4),
          active_year: '1',
          code_status: 'Clear',
          type_of_violence: String(typeCode),
          conflict_name: 'Syria: Government',
          dyad_name: `${a1} - ${a2}`,
          side_a: a1,
          side_b: a2,
          number_of_sources: '2',
          source_article: `"Wire report ${i}", Agency, ${date}`,
          source_headline: `Clash near ${place.name}; ${deaths} dead`,
          where_prec: '1',
          where_coordinates: `${place.name} town`,
          adm_1: `${place.admin1} governorate`,
          latitude: String(lat),
          longitude: String(lon),
          geom_wkt: `POINT (${lon} ${lat})`,
          country: outside ? 'Turkey' : 'Syria',
          country_id: outside ? '640' : '652',
          region: 'Middle East',
          event_clarity: '1',
          date_prec: '1',
          date_start: writeDate(date, form),
          date_end: writeDate(date, form),
          best: String(deaths),
          high: String(deaths + 2),
          low: String(deaths),
          deaths_a: '0',
          deaths_b: '0',
          deaths_civilians: String(deaths),
          deaths_unknown: '0',
        }
      : {
          event_id_cnty: `SYR${i}`,
          data_id: String(9000000 + i),
          event_id_no_cnty: String(i),
          iso: outside ? '792' : '760',
          event_date: writeDate(date, form),
          year: date.slice(0, 4),
          time_precision: '1',
          disorder_type: 'Political violence',
          event_type: type,
          sub_event_type: 'Armed clash',
          actor1: a1,
          actor2: a2,
          inter1: String(1 + (i % 8)),
          inter2: '2',
          interaction: '12',
          civilian_targeting: '',
          region: 'Middle East',
          country: outside ? 'Turkey' : 'Syria',
          admin1: place.admin1,
          admin2: '',
          admin3: '',
          location: place.name,
          latitude: String(lat),
          longitude: String(lon),
          geo_precision: '1',
          source: 'SOHR; Syrian Observer',
          source_scale: 'National',
          notes: `On ${date}, a generated event near ${place.name}, "test"; ${deaths} killed.`,
          fatalities: String(deaths),
          tags: '',
          timestamp: '1700000000',
          iso3: outside ? 'TUR' : 'SYR',
        };
    const badKind =
      badEvery > 0 && i % badEvery === 0 ? BAD_ROWS[(i / badEvery) % BAD_ROWS.length]! : undefined;
    if (badKind) {
      const column =
        badKind.column === 'date'
          ? ucdp
            ? 'date_start'
            : 'event_date'
          : badKind.column === 'deaths'
            ? ucdp
              ? 'best'
              : 'fatalities'
            : badKind.column;
      values[column] = badKind.cell;
      bad.push({ row, column, reason: badKind.reason });
    } else {
      events.push({
        row,
        date,
        lat,
        lon,
        type,
        deaths,
        outside,
        actor1: a1,
        actor2: a2,
        governorate: place.governorate,
      });
    }
    lines.push(header.map((c) => quote(values[c] ?? '')).join(separator));
  }
  return { text: lines.join('\r\n') + '\r\n', header, events, bad };
}
