import type { OwnEvent } from '@/data/own-event-table';
import { PROBLEMS_KEPT, type ImportReport, type RowProblem } from '@/data/own-events';
import { CsvReader, detectSeparator, firstLine, type Separator } from './csv';
import { recogniseHeader, type ColumnMapping, type Recognised } from './formats';
import { isProblem, readRow, resolveColumns, type Columns } from './read-row';

/** What the first lines of a table say: its header, layout and a few rows to preview. */
export interface TablePeek {
  separator: Separator;
  header: string[];
  recognised: Recognised;
  /** The first data rows, as text, for the preview of the mapping step. */
  preview: string[][];
}

/** How many data rows the preview of a table shows. */
export const PREVIEW_ROWS = 5;

/**
 * The header and first rows of a table from its first chunk of text, or null if that chunk
 * holds no complete header line. `whole`: the chunk is the whole file, so its last line counts
 * even without a line break after it.
 */
export function peekTable(text: string, whole = false): TablePeek | null {
  const headerLine = firstLine(text);
  if (headerLine.trim() === '') return null;
  const separator = detectSeparator(headerLine);
  const records: string[][] = [];
  const reader = new CsvReader(separator, (fields) => records.push(fields));
  reader.push(text);
  // The last record of a chunk may be cut; only complete ones are previewed.
  if (whole) reader.end();
  const header = records[0];
  if (!header) return null;
  return {
    separator,
    header,
    recognised: recogniseHeader(header),
    preview: records.slice(1, 1 + PREVIEW_ROWS),
  };
}

/** What an import keeps: the events (in file order) and the report. */
export interface TableResult {
  events: OwnEvent[];
  report: ImportReport;
}

/**
 * Reads a whole table, chunk by chunk, into events with the given mapping: every row that
 * cannot be read is counted and, up to PROBLEMS_KEPT, listed with its row, column and reason;
 * rows outside Syria are counted and kept or dropped as asked.
 */
export class TableImport {
  private reader: CsvReader | null = null;
  private columns: Columns | null = null;
  private readonly events: OwnEvent[] = [];
  private readonly problems: RowProblem[] = [];
  private problemCount = 0;
  private rowsRead = 0;
  private outside = 0;
  /** Set when the header lacks a mapped column: nothing can be read. */
  missing: string[] | null = null;

  constructor(
    private readonly mapping: ColumnMapping,
    private readonly keepOutside: boolean,
  ) {}

  get rows(): number {
    return this.rowsRead;
  }

  push(text: string): void {
    if (this.missing) return;
    this.reader ??= new CsvReader(detectSeparator(firstLine(text)), (fields, record) =>
      this.record(fields, record),
    );
    this.reader.push(text);
  }

  end(): TableResult {
    this.reader?.end();
    return {
      events: this.events,
      report: {
        rowsRead: this.rowsRead,
        imported: this.events.length,
        skipped: this.rowsRead - this.events.length,
        outsideSyria: this.outside,
        outsideKept: this.keepOutside,
        problems: this.problems,
        problemCount: this.problemCount,
      },
    };
  }

  private record(fields: string[], record: number): void {
    if (this.missing) return;
    if (!this.columns) {
      const resolved = resolveColumns(fields, this.mapping);
      if ('missing' in resolved) this.missing = resolved.missing;
      else this.columns = resolved.columns;
      return;
    }
    this.rowsRead += 1;
    const read = readRow(fields, this.columns, record);
    if (isProblem(read)) {
      this.problemCount += 1;
      if (this.problems.length < PROBLEMS_KEPT) this.problems.push(read);
      return;
    }
    if (read.outsideSyria) {
      this.outside += 1;
      if (!this.keepOutside) return;
    }
    this.events.push(read);
  }
}
