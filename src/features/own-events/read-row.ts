import type { OwnEvent } from '@/data/own-event-table';
import { TYPE_NOT_STATED, ucdpType, type ProblemParams, type RowProblem } from '@/data/own-events';
import type { MessageKey } from '@/i18n/t';
import { headerKey, type ColumnMapping, type MappingField } from './formats';
import { parseEventDate } from './parse-date';
import { rowProblem } from './problems';

/** A mapping turned into column positions of one file's header. */
export interface Columns {
  readonly at: Readonly<Partial<Record<MappingField, number>>>;
  /** The header's own spelling of each mapped column, for the row reports. */
  readonly names: Readonly<Partial<Record<MappingField, string>>>;
  readonly typeCodes?: 'ucdp';
}

/** The positions of the mapped columns in a header, or the mapped columns it lacks. */
export function resolveColumns(
  header: readonly string[],
  mapping: ColumnMapping,
): { columns: Columns } | { missing: string[] } {
  const keys = header.map(headerKey);
  const at: Partial<Record<MappingField, number>> = {};
  const names: Partial<Record<MappingField, string>> = {};
  const missing: string[] = [];
  for (const [field, column] of Object.entries(mapping) as [MappingField, string][]) {
    if ((field as string) === 'typeCodes' || !column) continue;
    const i = keys.indexOf(headerKey(column));
    if (i < 0) missing.push(column);
    else {
      at[field] = i;
      names[field] = header[i]!.trim();
    }
  }
  return missing.length > 0
    ? { missing }
    : { columns: { at, names, typeCodes: mapping.typeCodes } };
}

// Syria's extent (its land border lies within it); used only when a file has no country column.
const SYRIA_BOUNDS = { south: 32.31, north: 37.32, west: 35.72, east: 42.38 };
const SYRIA_NAMES = new Set(['syria', 'syrian arab republic']);

/** A number as files write it: `36.2`, or `36,2` with a decimal comma. NaN otherwise. */
function readNumber(text: string): number {
  const t = text.trim();
  if (t === '') return NaN;
  const normal = t.includes('.') ? t : t.replace(',', '.');
  return /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(normal) ? Number(normal) : NaN;
}

/**
 * One data row read into an event, or the first reason it cannot be: no date or one this does
 * not read, a latitude or longitude that is missing, not a number or off the globe, a death
 * count that is not a whole number of zero or more, an end before the start.
 */
export function readRow(
  fields: readonly string[],
  columns: Columns,
  row: number,
): OwnEvent | RowProblem {
  const { at, names } = columns;
  const cell = (field: MappingField) => {
    const i = at[field];
    return i === undefined ? undefined : (fields[i] ?? '').trim();
  };
  const problem = (field: MappingField, key: MessageKey, params?: ProblemParams): RowProblem =>
    rowProblem(row, names[field] ?? field, key, params);

  const dateText = cell('date') ?? '';
  if (dateText === '') return problem('date', 'ownEvents.row.noDate');
  const date = parseEventDate(dateText);
  if (!date)
    return problem('date', 'ownEvents.row.badDate', {
      value: { own: dateText },
      iso: { own: '2021-03-15' },
      written: { own: '15 March 2021' },
    });
  let endDate: string | undefined;
  const endText = cell('dateEnd');
  if (endText) {
    const end = parseEventDate(endText);
    if (!end) return problem('dateEnd', 'ownEvents.row.badEndDate', { value: { own: endText } });
    if (end < date)
      return problem('dateEnd', 'ownEvents.row.endBeforeStart', {
        end: { own: end },
        start: { own: date },
      });
    if (end > date) endDate = end;
  }

  const coordinate = (field: 'latitude' | 'longitude', limit: number): number | RowProblem => {
    const text = cell(field) ?? '';
    const lat = field === 'latitude';
    if (text === '')
      return problem(field, lat ? 'ownEvents.row.noLatitude' : 'ownEvents.row.noLongitude');
    const value = readNumber(text);
    if (Number.isNaN(value))
      return problem(
        field,
        lat ? 'ownEvents.row.latitudeNotNumber' : 'ownEvents.row.longitudeNotNumber',
        { value: { own: text } },
      );
    if (Math.abs(value) > limit)
      return problem(
        field,
        lat ? 'ownEvents.row.latitudeOutside' : 'ownEvents.row.longitudeOutside',
        { value: { own: text }, limit },
      );
    return value;
  };
  const lat = coordinate('latitude', 90);
  if (typeof lat !== 'number') return lat;
  const lon = coordinate('longitude', 180);
  if (typeof lon !== 'number') return lon;

  let deaths: number | null = null;
  const deathsText = cell('deaths');
  if (deathsText) {
    const value = readNumber(deathsText);
    if (!Number.isInteger(value) || value < 0)
      return problem('deaths', 'ownEvents.row.badDeaths', { value: { own: deathsText } });
    deaths = value;
  }

  const typeText = cell('type') ?? '';
  const type = columns.typeCodes === 'ucdp' ? ucdpType(typeText) : typeText || TYPE_NOT_STATED;
  const country = cell('country');
  const outsideSyria = country
    ? !SYRIA_NAMES.has(country.toLowerCase())
    : lat < SYRIA_BOUNDS.south ||
      lat > SYRIA_BOUNDS.north ||
      lon < SYRIA_BOUNDS.west ||
      lon > SYRIA_BOUNDS.east;

  const optional = (field: MappingField) => cell(field) || undefined;
  return {
    row,
    id: optional('id') ?? `row ${row}`,
    date,
    ...(endDate ? { endDate } : {}),
    lat,
    lon,
    type,
    subType: optional('subType'),
    actor1: optional('actor1'),
    actor2: optional('actor2'),
    deaths,
    location: optional('location'),
    admin1: optional('admin1'),
    source: optional('source'),
    notes: optional('notes'),
    outsideSyria,
  };
}

/** Whether a read row is a problem rather than an event. */
export function isProblem(read: OwnEvent | RowProblem): read is RowProblem {
  return 'column' in read;
}
