import type { MeetingStatus } from '@/data/schemas/meetings';

/** The badge tone of each status. */
export const statusTone = {
  held: 'positive',
  postponed: 'warning',
  cancelled: 'negative',
  scheduled: 'info',
} as const satisfies Record<MeetingStatus, string>;
