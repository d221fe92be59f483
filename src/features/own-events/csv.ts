/** The separators a table of events may use. */
export type Separator = ',' | ';' | '\t';

const QUOTE = 34;
const LF = 10;
const CR = 13;

/** The first line of a text (a table's header), without a byte-order mark. */
export function firstLine(text: string): string {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const end = body.search(/\r?\n/);
  return end < 0 ? body : body.slice(0, end);
}

/**
 * The separator of a table, judged from its header line: the one of tab, semicolon and comma
 * that occurs most often outside quotes (a comma when none occurs: a one-column table).
 */
export function detectSeparator(headerLine: string): Separator {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const c of headerLine) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === ',' || c === ';' || c === '\t')) counts[c] += 1;
  }
  if (counts['\t'] > counts[','] && counts['\t'] >= counts[';']) return '\t';
  if (counts[';'] > counts[',']) return ';';
  return ',';
}

/**
 * A CSV reader fed in chunks of text as they arrive (RFC 4180: fields in double quotes may hold
 * separators, line breaks and doubled quotes; lines end in LF or CRLF). Each complete record is
 * handed to `onRecord` with its number (1 for the first line of the file, as a spreadsheet
 * numbers rows); a record cut by the end of a chunk waits for the next. Blank lines are
 * skipped. A quote that does not open a field is kept as text, as spreadsheets read it.
 */
export class CsvReader {
  private pending = '';
  private record = 0;
  private started = false;
  private readonly sep: number;

  constructor(
    separator: Separator,
    private readonly onRecord: (fields: string[], record: number) => void,
  ) {
    this.sep = separator.charCodeAt(0);
  }

  /** Reads the next chunk; records it completes are handed on before it returns. */
  push(chunk: string): void {
    let text = this.pending + chunk;
    if (!this.started) {
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    this.pending = text.slice(this.read(text, false));
  }

  /** Reads what is left after the last chunk (a last line without a line break). */
  end(): void {
    const text = this.pending;
    this.pending = '';
    this.read(text, true);
  }

  /** Hands on the complete records of `text`; returns where the incomplete one starts. */
  private read(text: string, final: boolean): number {
    const n = text.length;
    const sep = this.sep;
    let i = 0;
    records: while (i < n) {
      const start = i;
      const fields: string[] = [];
      for (;;) {
        let value = '';
        let j = i;
        if (text.charCodeAt(i) === QUOTE) {
          for (j = i + 1; ;) {
            const q = text.indexOf('"', j);
            if (q < 0) {
              if (!final) return start;
              // An unclosed quote at the end of the file: the rest is the field.
              value += text.slice(j);
              j = n;
              break;
            }
            value += text.slice(j, q);
            if (q + 1 >= n && !final) return start;
            if (text.charCodeAt(q + 1) === QUOTE) {
              value += '"';
              j = q + 2;
              continue;
            }
            j = q + 1;
            break;
          }
        }
        // Up to the separator or the line break: an unquoted field, or text after a closing
        // quote, which belongs to the field too.
        let k = j;
        while (k < n) {
          const c = text.charCodeAt(k);
          if (c === sep || c === LF || c === CR) break;
          k += 1;
        }
        if (k >= n && !final) return start;
        fields.push(k > j ? value + text.slice(j, k) : value);
        i = k;
        // At a separator, a line break or the end of the text.
        if (i >= n) break;
        const c = text.charCodeAt(i);
        if (c === sep) {
          i += 1;
          if (i >= n) {
            if (!final) return start;
            fields.push('');
            break;
          }
          continue;
        }
        if (c === CR) {
          if (i + 1 >= n && !final) return start;
          i += text.charCodeAt(i + 1) === LF ? 2 : 1;
        } else i += 1;
        break;
      }
      this.record += 1;
      if (fields.length === 1 && fields[0] === '') continue records;
      this.onRecord(fields, this.record);
    }
    return n;
  }
}
