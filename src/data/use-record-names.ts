import { useMemo } from 'react';
import { nameOf, titleOf } from '@/i18n/data-names';
import { t } from '@/i18n/t';
import { formatDate } from '@/lib/format';
import { meetingShortLabel } from './labels';
import type { DatasetFileData } from './dataset-files';
import { useDatasetFile } from './queries';
import type { Meta } from './schemas/meta';
import { indexById } from './selectors';

type ActorsFile = DatasetFileData<'actors'>;
type MeetingsFile = DatasetFileData<'meetings'>;

export interface RecordNames {
  /** An actor's name in the language shown, once actors.json has loaded and if it has the id. */
  actor: (id: string) => string | undefined;
  /** A round's short label ("Astana 11"), once meetings.json has loaded and if it has the id. */
  round: (id: string) => string | undefined;
  /** A round's full title ("Fourth international meeting on Syria in Astana"), likewise. */
  roundTitle: (id: string) => string | undefined;
  /** Whether both files have loaded (an id they lack is then unknown, not pending). */
  loaded: boolean;
}

/** Names for the ids a view holds: what pills, saved views and exports call them. */
export function useRecordNames(): RecordNames {
  const actors = useDatasetFile('actors');
  const meetings = useDatasetFile('meetings');
  return useMemo(() => recordNames(actors.data, meetings.data), [actors.data, meetings.data]);
}

/** The same names, from the files as loaded (either may not be yet). */
export function recordNames(actors?: ActorsFile, meetings?: MeetingsFile): RecordNames {
  const meeting = (id: string) => (meetings ? indexById(meetings.meetings).get(id) : undefined);
  return {
    actor: (id) => {
      const actor = actors ? indexById(actors.actors).get(id) : undefined;
      return actor ? nameOf(actor) : undefined;
    },
    round: (id) => {
      const found = meeting(id);
      return found ? meetingShortLabel(found) : undefined;
    },
    roundTitle: (id) => {
      const found = meeting(id);
      return found ? titleOf(found) : undefined;
    },
    loaded: actors !== undefined && meetings !== undefined,
  };
}

/** "Dataset 2026.12.04, as of 18 Jan 2026 · CC BY 4.0": the line exports cite the data by. */
export function datasetLine(meta: Meta): string {
  return t('data.datasetLine', {
    version: meta.datasetVersion,
    date: formatDate(meta.asOf),
    licence: meta.licence.name,
  });
}
