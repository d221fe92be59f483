import type { ImportReport, OwnEvent } from '@/data/own-events';
import type { ColumnMapping } from './formats';
import type { PlaceCoordinates } from './read-json';
import type { TablePeek } from './table-import';

/** What the page asks the import worker. */
export type ToWorker =
  | { kind: 'peek'; file: File }
  | {
      kind: 'import';
      file: File;
      /** The table's mapping; absent for the dashboard's own JSON format. */
      mapping?: ColumnMapping;
      keepOutside: boolean;
      places: PlaceCoordinates;
    }
  | { kind: 'cancel' };

/** What the worker answers. */
export type FromWorker =
  | { kind: 'peeked'; peek: TablePeek }
  | { kind: 'peeked-json' }
  | { kind: 'progress'; rows: number; bytes: number }
  /** A batch of events, sorted by date across batches. */
  | { kind: 'events'; events: OwnEvent[] }
  | { kind: 'done'; report: ImportReport; types: string[] }
  | { kind: 'cancelled' }
  | { kind: 'failed'; message: string };
