import { t } from '@/i18n/t';
import type { FromPngEncoder, ToPngEncoder } from './png-encoder-protocol';

// A drawn export encoded as PNG. The canvas's own `toBlob` encodes in the page's idle time, and
// waits for the browser's one-second fallback when the page gives it none: after a range change
// headless Chromium gave none, and a timeline PNG took 1.1 s to encode where the encoding itself
// takes under 100 ms. A worker's thread has nothing else to do, and gives the same bytes.

interface Encoder {
  readonly worker: Worker;
  readonly waiting: Map<number, { resolve: (png: Blob) => void; reject: (error: Error) => void }>;
}

let encoder: Encoder | undefined;
let requests = 0;

/** Whether this browser can hand a worker a canvas's pixels to encode. */
function workersEncode(): boolean {
  return (
    typeof Worker === 'function' &&
    typeof OffscreenCanvas === 'function' &&
    typeof createImageBitmap === 'function'
  );
}

/**
 * Starts the encoder's worker, once for the page: ahead of the first export (`prepareExport`),
 * so that it is there when the network has gone since the page loaded. It keeps nothing between
 * exports. A worker that fails (its script could not load) is dropped, its requests refused, and
 * the next export starts another. Undefined where workers cannot encode or may not be started.
 */
export function startPngEncoder(): Encoder | undefined {
  if (!workersEncode()) return undefined;
  if (encoder) return encoder;
  let worker: Worker;
  try {
    worker = new Worker(new URL('./png-encoder.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    // Refused by the page's policy: the page's own encoder does the work.
    return undefined;
  }
  const started: Encoder = { worker, waiting: new Map() };
  worker.onmessage = (e: MessageEvent<FromPngEncoder>) => {
    const { request, blob, error } = e.data;
    const answer = started.waiting.get(request);
    started.waiting.delete(request);
    if (blob) answer?.resolve(blob);
    else answer?.reject(new Error(error));
  };
  worker.onerror = (e) => {
    worker.terminate();
    if (encoder === started) encoder = undefined;
    for (const { reject } of started.waiting.values()) reject(new Error(e.message));
    started.waiting.clear();
  };
  encoder = started;
  return started;
}

/**
 * A drawn canvas as a PNG: encoded by the worker where there is one; else, or should the
 * worker fail, by the canvas's own `toBlob`.
 */
export async function encodePng(canvas: HTMLCanvasElement): Promise<Blob> {
  const worker = startPngEncoder();
  if (worker) {
    try {
      return await encodeIn(worker, await createImageBitmap(canvas));
    } catch {
      // The page's own encoder, below.
    }
  }
  return new Promise<Blob>((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error(t('export.error.pngEncoding')))),
      'image/png',
    ),
  );
}

/** Hands the pixels to the worker (moved, not copied) and waits for the PNG. */
function encodeIn({ worker, waiting }: Encoder, bitmap: ImageBitmap): Promise<Blob> {
  requests += 1;
  const request = requests;
  return new Promise<Blob>((resolve, reject) => {
    waiting.set(request, { resolve, reject });
    const message: ToPngEncoder = { request, bitmap };
    worker.postMessage(message, [bitmap]);
  });
}
