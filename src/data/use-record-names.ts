import { useMemo } from 'react';
import { nameOf, titleOf } from '@/i18n/data-names';
import { t } from '@/i18n/t';
import { formatDate } from '@/lib/format';
import { meetingShortLabel } from './labels';
import { useDatasetFile } from './queries';
import type { Meta } from './schemas/meta';
import { indexById } from './selectors';

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
  return useMemo(() => {
    const meeting = (id: string) =>
      meetings.data ? indexById(meetings.data.meetings).get(id) : undefined;
    return {
      actor: (id) => {
        const actor = actors.data ? indexById(actors.data.actors).get(id) : undefined;
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
      loaded: actors.data !== undefined && meetings.data !== undefined,
    };
  }, [actors.data, meetings.data]);
}

/** "Dataset 2026.12.04, as of 18 Jan 2026 · CC BY 4.0": the line exports cite the data by. */
export function datasetLine(meta: Meta): string {
  return t('data.datasetLine', {
    version: meta.datasetVersion,
    date: formatDate(meta.asOf),
    licence: meta.licence.name,
  });
}
