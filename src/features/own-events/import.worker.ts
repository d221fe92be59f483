/// <reference lib="webworker" />
// The import of an analyst's event file, off the main thread: the file is streamed (and
// decompressed) chunk by chunk, each row read as it comes, progress told every 100 ms, and the
// events handed back sorted by date as one table of typed arrays, moved to the page rather
// than copied (a million events as objects kept the page's garbage collector busy for up to
// 200 ms at a time; as a table they are a few dozen buffers).
import {
  kindsByCount,
  ownEventTable,
  rowsInsideSyria,
  selectRows,
  tableBuffers,
  type OwnEvent,
} from '@/data/own-event-table';
import {
  ownEventTexts,
  selectTexts,
  textBuffers,
  type OwnEventTexts,
  type TextsMessage,
} from '@/data/own-event-text';
import { ownSummary, summaryBuffers } from '@/data/own-events';
import { keepLayer, keptLayer, type KeptMeta } from '@/data/own-events-storage';
import type { FromWorker, ToWorker } from './protocol';
import { readEventsJson } from './read-json';
import { FileProblem } from './problems';
import { textChunks } from './read-file';
import { peekTable, TableImport, type TableResult } from './table-import';

declare const self: DedicatedWorkerGlobalScope;

const PEEK_BYTES = 64 * 1024;

let cancel: AbortController | null = null;
const post = (message: FromWorker) => self.postMessage(message);

async function isJson(file: File): Promise<boolean> {
  if (/\.json$/i.test(file.name)) return true;
  const head = await file.slice(0, 64).text();
  return /^\s*\{/.test(head) && !/\.(csv|tsv)(\.gz)?$/i.test(file.name);
}

async function peek(file: File) {
  if (await isJson(file)) return post({ kind: 'peeked-json' });
  let text = '';
  let whole = true;
  for await (const chunk of textChunks(file, () => undefined)) {
    text += chunk;
    if (text.length >= PEEK_BYTES) {
      whole = false;
      break;
    }
  }
  const table = peekTable(text, whole);
  if (!table) throw new FileProblem('ownEvents.problem.noHeader', { file: { own: file.name } });
  if (table.header.length < 3)
    throw new FileProblem('ownEvents.problem.tooFewColumns', {
      file: { own: file.name },
      count: table.header.length,
    });
  post({ kind: 'peeked', peek: table });
}

async function run(message: Extract<ToWorker, { kind: 'import' }>, signal: AbortSignal) {
  const { file } = message;
  let bytes = 0;
  let last = 0;
  const job = message.mapping ? new TableImport(message.mapping, message.keepOutside) : null;
  let jsonText = '';
  const tell = () => post({ kind: 'progress', rows: job?.rows ?? 0, bytes });
  for await (const chunk of textChunks(file, (b) => (bytes = b), signal)) {
    if (job) {
      job.push(chunk);
      if (job.missing)
        throw new FileProblem('ownEvents.problem.noColumn', {
          file: { own: file.name },
          columns: { columns: job.missing },
        });
    } else jsonText += chunk;
    const now = performance.now();
    if (now - last > 100) {
      last = now;
      tell();
    }
  }
  if (signal.aborted) return post({ kind: 'cancelled' });
  tell();
  const result: TableResult = job
    ? job.end()
    : readEventsJson(jsonText, file.name, message.places, message.keepOutside);
  const events = sortByDate(result.events);
  const types = kindsByCount(events);
  const table = ownEventTable(events, types);
  const texts = ownEventTexts(events);
  const sha256 = await fileHash(file);
  const importedAt = new Date().toISOString();
  const meta: KeptMeta = {
    fileName: file.name,
    fileSize: file.size,
    format: message.format,
    citation: message.citation,
    importedAt,
    types,
    report: result.report,
    sha256,
  };
  let keptError: string | null = null;
  if (events.length > 0) {
    try {
      await keepLayer(meta, table, texts);
    } catch (error) {
      keptError = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    }
  }
  const summary = ownSummary(table);
  sendTexts(message.textPort, texts);
  const done: FromWorker = {
    kind: 'done',
    report: result.report,
    types,
    sha256,
    importedAt,
    keptError,
    table,
    summary,
  };
  self.postMessage(done, [...tableBuffers(table), ...summaryBuffers(summary)]);
}

/** Files up to this size are hashed (SHA-256 needs the whole file in memory). */
const HASH_LIMIT = 256 * 1024 ** 2;

async function fileHash(file: File): Promise<string | null> {
  if (file.size > HASH_LIMIT || !crypto.subtle) return null;
  const digest = await crypto.subtle.digest('SHA-256', await file.arrayBuffer());
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The events' text goes straight to the layer's text worker, never through the page. */
function sendTexts(port: MessagePort, texts: OwnEventTexts) {
  const message: TextsMessage = { kind: 'texts', texts };
  port.postMessage(message, textBuffers(texts));
  port.close();
}

async function restore(textPort: MessagePort) {
  let kept: Awaited<ReturnType<typeof keptLayer>>;
  try {
    kept = await keptLayer();
  } catch {
    kept = undefined;
  }
  if (!kept) return post({ kind: 'restored', meta: null });
  let { table, texts } = kept;
  if (!kept.meta.report.outsideKept) {
    const rows = rowsInsideSyria(table);
    table = selectRows(table, rows);
    texts = selectTexts(texts, rows);
  }
  sendTexts(textPort, texts);
  const summary = ownSummary(table);
  const restored: FromWorker = { kind: 'restored', meta: kept.meta, table, summary };
  self.postMessage(restored, [...tableBuffers(table), ...summaryBuffers(summary)]);
}

function sortByDate(events: OwnEvent[]): OwnEvent[] {
  // Stable: events of a day stay in file order.
  return events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.row - b.row));
}

self.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.kind === 'cancel') {
    cancel?.abort();
    return;
  }
  const controller = new AbortController();
  cancel = controller;
  const work =
    message.kind === 'peek'
      ? peek(message.file)
      : message.kind === 'restore'
        ? restore(message.textPort)
        : run(message, controller.signal);
  work.catch((error: unknown) => {
    if (controller.signal.aborted) return post({ kind: 'cancelled' });
    post({
      kind: 'failed',
      problem:
        error instanceof FileProblem
          ? error.problem
          : { key: 'ownEvents.problem.failed', params: { error: { own: String(error) } } },
    });
  });
};
