import {
  datasetFileNames,
  datasetFiles,
  type Dataset,
  type DatasetFileName,
} from './dataset-files';
import type { DataProblem } from './problems';
import type { Relation } from './schemas/actors';
import { pointPlaceKinds } from './schemas/places';
import { indexById } from './selectors';

type PartialDataset = Partial<Dataset>;

interface Check {
  file: string;
  record: string;
  problems: DataProblem[];
}

/**
 * The files whose records each file refers to: a check of a file can only run once these have
 * loaded (or failed, in which case the references into them are not checked).
 */
export const referencedFiles: Record<DatasetFileName, readonly DatasetFileName[]> = {
  meta: [],
  actors: ['meta'],
  places: ['meta', 'meetings', 'actors'],
  meetings: ['meta', 'actors', 'places'],
  events: ['meta', 'actors', 'places'],
  statistics: ['meta'],
};

/**
 * Cross-file checks that a per-file schema cannot make: ids unique, every referenced source,
 * actor and place exists, periods do not end before they start, nothing "held" lies after the
 * dataset's as-of date. Works on whichever files parsed, so one broken file does not hide the
 * problems of the others.
 */
export function findCrossFileProblems(dataset: PartialDataset): DataProblem[] {
  return datasetFileNames.flatMap((name) => findFileProblems(name, dataset));
}

/**
 * The cross-file problems of the records of one file, checked against whichever of its
 * referenced files are present. Every problem names this file.
 */
export function findFileProblems(name: DatasetFileName, dataset: PartialDataset): DataProblem[] {
  const problems: DataProblem[] = [];
  const sourceIds = dataset.meta ? indexById(dataset.meta.sources) : undefined;
  const actorIds = dataset.actors ? indexById(dataset.actors.actors) : undefined;
  const placeIds = dataset.places ? indexById(dataset.places.places) : undefined;
  const meetingIds = dataset.meetings ? indexById(dataset.meetings.meetings) : undefined;
  const asOf = dataset.meta?.asOf;
  const at = (file: string, record: string): Check => ({ file, record, problems });
  const add = (check: Check, field: string, message: string) =>
    check.problems.push({ file: check.file, record: check.record, field, message });

  const checkSources = (check: Check, field: string, ids: readonly string[] | undefined) => {
    if (!sourceIds || !ids) return;
    ids.forEach((id, i) => {
      if (!sourceIds.has(id))
        add(check, `${field}[${i}]`, `unknown source "${id}" (not in meta.json sources)`);
    });
  };
  const checkActor = (check: Check, field: string, id: string) => {
    if (actorIds && !actorIds.has(id))
      add(check, field, `unknown actor "${id}" (not in actors.json)`);
  };
  const checkActors = (check: Check, field: string, ids: readonly string[]) =>
    ids.forEach((id, i) => checkActor(check, `${field}[${i}]`, id));
  const checkPlace = (check: Check, field: string, id: string) => {
    if (placeIds && !placeIds.has(id))
      add(check, field, `unknown place "${id}" (not in places.json)`);
  };
  const checkOrder = (check: Check, field: string, start?: string, end?: string) => {
    if (start && end && end < start) add(check, field, `${end} is before the start ${start}`);
  };
  const checkNotAfterAsOf = (check: Check, field: string, date: string) => {
    if (asOf && date > asOf) add(check, field, `${date} is after the dataset's as-of date ${asOf}`);
  };

  if (name === 'meta' && dataset.meta) {
    findDuplicateIds(datasetFiles.meta.file, dataset.meta.sources, problems);
  }

  if (name === 'actors' && dataset.actors) {
    const file = datasetFiles.actors.file;
    findDuplicateIds(file, dataset.actors.actors, problems);
    // One relation per pair, kind and period: "ally" and "adversary" read the same from either
    // end, so A adversary of B and B adversary of A are the same relation stated twice.
    const relationKeys = new Map<string, string>();
    for (const actor of dataset.actors.actors) {
      const check = at(file, actor.id);
      checkSources(check, 'sources', actor.sources);
      checkOrder(check, 'activeTo', actor.activeFrom, actor.activeTo);
      actor.relations.forEach((relation, i) => {
        checkActor(check, `relations[${i}].target`, relation.target);
        if (relation.target === actor.id)
          add(check, `relations[${i}].target`, 'an actor cannot relate to itself');
        checkOrder(check, `relations[${i}].to`, relation.from, relation.to);
        const key = relationKey(actor.id, relation);
        const first = relationKeys.get(key);
        if (first) add(check, `relations[${i}]`, `repeats ${first}`);
        else relationKeys.set(key, `${actor.id} relations[${i}]`);
      });
    }
  }

  if (name === 'places' && dataset.places) {
    const file = datasetFiles.places.file;
    findDuplicateIds(file, dataset.places.places, problems);
    for (const place of dataset.places.places) {
      const check = at(file, place.id);
      checkSources(check, 'sources', place.sources);
      checkOrder(check, 'validTo', place.validFrom, place.validTo);
      if (place.country === 'SY' && isPoint(place.kind) && !place.governorate) {
        add(check, 'governorate', 'is required for a city, town, base or crossing in Syria');
      }
      if (place.governorate && place.country !== 'SY') {
        add(check, 'governorate', `is a Syrian governorate, but the place is in ${place.country}`);
      }
      if (place.presence && place.kind !== 'military-base') {
        add(check, 'presence', 'is for military bases only');
      }
      place.presence?.forEach((period, i) => {
        checkActor(check, `presence[${i}].heldBy`, period.heldBy);
        checkSources(check, `presence[${i}].sources`, period.sources);
        checkOrder(check, `presence[${i}].to`, period.from, period.to);
        if (period.from) checkNotAfterAsOf(check, `presence[${i}].from`, period.from);
        if (period.to) checkNotAfterAsOf(check, `presence[${i}].to`, period.to);
      });
      if (place.establishedBy && meetingIds && !meetingIds.has(place.establishedBy)) {
        add(
          check,
          'establishedBy',
          `unknown meeting "${place.establishedBy}" (not in meetings.json)`,
        );
      }
    }
  }

  if (name === 'meetings' && dataset.meetings) {
    const file = datasetFiles.meetings.file;
    findDuplicateIds(file, dataset.meetings.meetings, problems);
    const numbered = new Map<string, string>();
    for (const meeting of dataset.meetings.meetings) {
      const check = at(file, meeting.id);
      if (meeting.round !== null) {
        const key = `${meeting.track} ${meeting.kind} ${meeting.round}`;
        const first = numbered.get(key);
        if (first) {
          add(
            check,
            'round',
            `${meeting.kind} ${meeting.round} of track ${meeting.track} is also "${first}"`,
          );
        } else numbered.set(key, meeting.id);
      }
      checkSources(check, 'sources', meeting.sources);
      checkActors(check, 'participants', meeting.participants);
      checkPlace(check, 'placeId', meeting.placeId);
      checkOrder(check, 'end', meeting.start, meeting.end);
      if (meeting.status === 'held') checkNotAfterAsOf(check, 'start', meeting.start);
      if (meeting.kind === 'resolution' && !meeting.resolution) {
        add(check, 'resolution', 'is required when kind is "resolution"');
      }
      if (meeting.resolution && meeting.kind !== 'resolution') {
        add(check, 'kind', 'must be "resolution" when the record has resolution details');
      }
      if (meeting.resolution) {
        const { votesFor, votesAgainst, abstentions } = meeting.resolution;
        if (votesFor + votesAgainst + abstentions > 15) {
          add(check, 'resolution', "more than the Security Council's 15 votes");
        }
      }
    }
  }

  if (name === 'events' && dataset.events) {
    const file = datasetFiles.events.file;
    findDuplicateIds(file, dataset.events.events, problems);
    for (const event of dataset.events.events) {
      const check = at(file, event.id);
      checkSources(check, 'sources', event.sources);
      checkActors(check, 'actors', event.actors);
      checkPlace(check, 'placeId', event.placeId);
      checkOrder(check, 'endDate', event.date, event.endDate);
      checkNotAfterAsOf(check, 'date', event.date);
    }
  }

  if (name === 'statistics' && dataset.statistics) {
    const file = datasetFiles.statistics.file;
    findDuplicateIds(file, dataset.statistics.series, problems);
    // The year-end chart draws one line per host: two series of the group for one host would
    // draw two lines under one name.
    const hostOfGroup = new Map<string, string>();
    for (const series of dataset.statistics.series) {
      if (series.group !== 'refugees-year-end-by-asylum' || !series.hostCountry) continue;
      const other = hostOfGroup.get(series.hostCountry);
      if (other)
        add(
          at(file, series.id),
          'hostCountry',
          `${series.hostCountry} already has a year-end series (${other})`,
        );
      else hostOfGroup.set(series.hostCountry, series.id);
    }
    for (const series of dataset.statistics.series) {
      const check = at(file, series.id);
      checkSources(check, 'sources', series.sources);
      series.points.forEach((point, i) => {
        checkSources(check, `points[${i}].sources`, point.sources);
        checkOrder(check, `points[${i}].date`, point.start, point.date);
        checkNotAfterAsOf(check, `points[${i}].date`, point.date);
        const previous = series.points[i - 1];
        if (previous && point.date <= previous.date) {
          add(
            check,
            `points[${i}].date`,
            `points must be in date order without repeats (${point.date} follows ${previous.date})`,
          );
        }
      });
    }
  }

  return problems;
}

const pointKinds: ReadonlySet<string> = new Set(pointPlaceKinds);
const isPoint = (kind: string) => pointKinds.has(kind);

function findDuplicateIds(
  file: string,
  records: readonly { id: string }[],
  problems: DataProblem[],
) {
  const seen = new Set<string>();
  for (const { id } of records) {
    if (seen.has(id)) problems.push({ file, record: id, field: 'id', message: 'duplicate id' });
    seen.add(id);
  }
}

/** Relations that read the same from either end. */
const symmetricRelations: ReadonlySet<Relation['type']> = new Set(['ally', 'adversary']);

/** What makes a relation one relation: its kind, its two actors and its period. */
function relationKey(actorId: string, relation: Relation): string {
  const pair = symmetricRelations.has(relation.type)
    ? [actorId, relation.target].sort()
    : [actorId, relation.target];
  return [relation.type, ...pair, relation.from ?? '', relation.to ?? ''].join(' ');
}
