import type { OwnEventTable } from '@/data/own-event-table';
import type { ImportReport, OwnSummary, Problem } from '@/data/own-events';
import type { KeptMeta } from '@/data/own-events-storage';
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
      /** The layout's name and citation, kept with the layer. */
      format: string;
      citation: string;
      /** Where the events' text goes: the layer's text worker (OwnEventText). */
      textPort: MessagePort;
    }
  /** Reads the layer kept from an earlier visit. */
  | { kind: 'restore'; textPort: MessagePort }
  | { kind: 'cancel' };

/** What the worker answers. */
export type FromWorker =
  | { kind: 'peeked'; peek: TablePeek }
  | { kind: 'peeked-json' }
  | { kind: 'progress'; rows: number; bytes: number }
  | {
      kind: 'done';
      report: ImportReport;
      types: string[];
      sha256: string | null;
      importedAt: string;
      /** Why the layer could not be kept for the next visit; null when it was. */
      keptError: string | null;
      /** The events, sorted by first day, and what the panels read of them whatever the range. */
      table: OwnEventTable;
      summary: OwnSummary;
    }
  /** The kept layer; its description is null when none is kept. */
  | { kind: 'restored'; meta: KeptMeta | null; table?: OwnEventTable; summary?: OwnSummary }
  | { kind: 'cancelled' }
  /** What went wrong, as data: the page says it in the language it shows. */
  | { kind: 'failed'; problem: Problem };
