import { tracks, type MeetingStatus, type Track } from '@/data/schemas/meetings';
import { categoricalColor } from '@/lib/palette';

/** The colour of a track, shared by the lanes, the summary table and the export. */
export function trackColor(track: Track): string {
  return categoricalColor(tracks.indexOf(track));
}

/** The badge tone of each status. */
export const statusTone = {
  held: 'positive',
  postponed: 'warning',
  cancelled: 'negative',
  scheduled: 'info',
} as const satisfies Record<MeetingStatus, string>;
