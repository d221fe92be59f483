import type { OwnEvent } from './own-event-table';

// Each of a layer's events whole (notes, source, places: most of a file's bytes), kept off the
// page: a million events' text is some 300 MB, and the page that holds that much memory pays for
// it in garbage collections of 50 ms and more. It lives in a worker of its own, which the import
// worker hands the text to directly (a MessageChannel), and which answers for one event at a
// time, when a popup shows it.

/** The events' text: event i is bytes `start[i]` to `end[i]` (excluded) of `bytes`, as JSON. */
export interface OwnEventTexts {
  readonly bytes: Uint8Array;
  readonly start: Uint32Array;
  readonly end: Uint32Array;
}

/** The text of a list of events, in its order. */
export function ownEventTexts(events: readonly OwnEvent[]): OwnEventTexts {
  const n = events.length;
  const start = new Uint32Array(n);
  const end = new Uint32Array(n);
  const encoder = new TextEncoder();
  let bytes = new Uint8Array(Math.max(1024, n * 256));
  let used = 0;
  for (let i = 0; i < n; i += 1) {
    const json = JSON.stringify(events[i]);
    // UTF-8 takes at most three bytes per UTF-16 unit.
    if (bytes.length - used < json.length * 3) {
      const grown = new Uint8Array(Math.max(bytes.length * 2, used + json.length * 3));
      grown.set(bytes.subarray(0, used));
      bytes = grown;
    }
    start[i] = used;
    used += encoder.encodeInto(json, bytes.subarray(used)).written;
    end[i] = used;
  }
  return { bytes: bytes.slice(0, used), start, end };
}

const decoder = new TextDecoder();

/** Event `i`, whole, as the file gave it. */
export function eventOfTexts(texts: OwnEventTexts, i: number): OwnEvent {
  return JSON.parse(decoder.decode(texts.bytes.subarray(texts.start[i], texts.end[i]))) as OwnEvent;
}

/** The text of some of the events (`rows`, positions); the bytes are shared. */
export function selectTexts(texts: OwnEventTexts, rows: Int32Array): OwnEventTexts {
  const start = new Uint32Array(rows.length);
  const end = new Uint32Array(rows.length);
  rows.forEach((r, k) => {
    start[k] = texts.start[r]!;
    end[k] = texts.end[r]!;
  });
  return { bytes: texts.bytes, start, end };
}

/** The memory of the text, to move it rather than copy it. */
export function textBuffers(texts: OwnEventTexts): ArrayBuffer[] {
  return [texts.bytes, texts.start, texts.end].map((a) => a.buffer as ArrayBuffer);
}

/** To the text worker from the page. */
export type ToTextWorker =
  /** The port the import worker sends the text through. */
  | { kind: 'port'; port: MessagePort }
  /** Keep only these events (ascending positions), as the page's table did. */
  | { kind: 'select'; rows: Int32Array }
  | { kind: 'event'; request: number; index: number };

/** Through the port, from the import worker. */
export interface TextsMessage {
  kind: 'texts';
  texts: OwnEventTexts;
}

/** From the text worker: one event asked for (null past the end). */
export interface FromTextWorker {
  request: number;
  event: OwnEvent | null;
}

/**
 * The page's handle on a layer's text worker. It is given the page's end of the channel the
 * import worker sends the text through (messages already sent wait in the port, and go with it
 * to the worker).
 */
export class OwnEventText {
  private readonly worker = new Worker(new URL('./own-event-text.worker.ts', import.meta.url), {
    type: 'module',
  });
  private requests = 0;
  private readonly waiting = new Map<number, (event: OwnEvent | null) => void>();

  constructor(textPort: MessagePort) {
    this.worker.onmessage = (e: MessageEvent<FromTextWorker>) => {
      this.waiting.get(e.data.request)?.(e.data.event);
      this.waiting.delete(e.data.request);
    };
    this.post({ kind: 'port', port: textPort }, [textPort]);
  }

  /** Event `index` of the layer, whole (null once the worker is closed or past the end). */
  eventAt(index: number): Promise<OwnEvent | null> {
    this.requests += 1;
    const request = this.requests;
    return new Promise((resolve) => {
      this.waiting.set(request, resolve);
      this.post({ kind: 'event', request, index });
    });
  }

  select(rows: Int32Array): void {
    this.post({ kind: 'select', rows });
  }

  close(): void {
    this.worker.terminate();
    for (const resolve of this.waiting.values()) resolve(null);
    this.waiting.clear();
  }

  private post(message: ToTextWorker, transfer: Transferable[] = []) {
    this.worker.postMessage(message, transfer);
  }
}
