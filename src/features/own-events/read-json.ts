import type { OwnEvent } from '@/data/own-event-table';
import { PROBLEMS_KEPT, type ProblemParams, type RowProblem } from '@/data/own-events';
import type { MessageKey } from '@/i18n/t';
import { TYPE_NOT_STATED } from '@/data/own-events';
import { parseEventDate } from './parse-date';
import { FileProblem, rowProblem } from './problems';
import type { TableResult } from './table-import';

/** A place of the dataset, by id, as [latitude, longitude]. */
export type PlaceCoordinates = Readonly<Record<string, readonly [number, number]>>;

/**
 * A file in the dashboard's own events.json format ({ "events": [...] }, places by id) read into
 * events, each placed at its place in the dataset. Events are numbered from 1 in file order for
 * the report ("row 3" is the third event).
 */
export function readEventsJson(
  text: string,
  name: string,
  places: PlaceCoordinates,
  keepOutside: boolean,
): TableResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new FileProblem('ownEvents.problem.notJson', { file: { own: name } });
  }
  const list = (parsed as { events?: unknown } | null)?.events;
  if (!Array.isArray(list))
    throw new FileProblem('ownEvents.problem.noEventsList', {
      file: { own: name },
      list: { own: 'events' },
    });
  const events: OwnEvent[] = [];
  const problems: RowProblem[] = [];
  let problemCount = 0;
  const fail = (row: number, column: string, key: MessageKey, params: ProblemParams) => {
    problemCount += 1;
    if (problems.length < PROBLEMS_KEPT) problems.push(rowProblem(row, column, key, params));
  };
  list.forEach((item: unknown, i) => {
    const row = i + 1;
    const e = (item ?? {}) as Record<string, unknown>;
    const text = (key: string) => (typeof e[key] === 'string' ? (e[key] as string) : undefined);
    const date = parseEventDate(text('date') ?? '');
    if (!date)
      return fail(row, 'date', 'ownEvents.row.badJsonDate', {
        value: { own: String(e.date ?? '') },
      });
    const endText = text('endDate');
    const endDate = endText ? parseEventDate(endText) : undefined;
    if (endText && !endDate)
      return fail(row, 'endDate', 'ownEvents.row.badEndDate', { value: { own: endText } });
    const placeId = text('placeId') ?? '';
    const place = places[placeId];
    if (!place)
      return fail(row, 'placeId', 'ownEvents.row.unknownPlace', { value: { own: placeId } });
    const actors = Array.isArray(e.actors) ? e.actors.filter((a) => typeof a === 'string') : [];
    const sources = Array.isArray(e.sources) ? e.sources.filter((s) => typeof s === 'string') : [];
    events.push({
      row,
      id: text('id') ?? `event ${row}`,
      date,
      ...(endDate && endDate > date ? { endDate } : {}),
      lat: place[0],
      lon: place[1],
      type: text('category') ?? TYPE_NOT_STATED,
      actor1: actors.join(', ') || undefined,
      deaths: null,
      location: placeId,
      source: sources.join('; ') || undefined,
      notes: text('title'),
      outsideSyria: false,
    });
  });
  return {
    events,
    report: {
      rowsRead: list.length,
      imported: events.length,
      skipped: list.length - events.length,
      outsideSyria: 0,
      outsideKept: keepOutside,
      problems,
      problemCount,
    },
  };
}
