import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FromPngEncoder, ToPngEncoder } from './png-encoder-protocol';

/** A stand-in for the encoder's worker: it records what it is sent and answers when told. */
class FakeWorker {
  static made: FakeWorker[] = [];
  onmessage: ((e: MessageEvent<FromPngEncoder>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  sent: ToPngEncoder[] = [];
  terminated = false;
  constructor(readonly url: URL) {
    FakeWorker.made.push(this);
  }
  postMessage(message: ToPngEncoder) {
    this.sent.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  answer(reply: FromPngEncoder) {
    this.onmessage?.({ data: reply } as MessageEvent<FromPngEncoder>);
  }
  fail(message: string) {
    this.onerror?.({ message } as ErrorEvent);
  }
}

const canvasWith = (name: string) =>
  ({
    name,
    toBlob: (done: (blob: Blob) => void) => done(new Blob([`page:${name}`])),
  }) as unknown as HTMLCanvasElement;
const text = (blob: Blob) => blob.text();
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  vi.resetModules();
  FakeWorker.made = [];
  vi.stubGlobal('Worker', FakeWorker);
  vi.stubGlobal('OffscreenCanvas', class {});
  vi.stubGlobal('createImageBitmap', (canvas: { name: string }) =>
    Promise.resolve({ name: canvas.name }),
  );
});
afterEach(() => vi.unstubAllGlobals());

describe('encodePng', () => {
  it('answers each export with its own PNG from one worker, whatever order the replies come in', async () => {
    const { encodePng, startPngEncoder } = await import('./png-encoder');
    startPngEncoder();
    const first = encodePng(canvasWith('a'));
    const second = encodePng(canvasWith('b'));
    await settle();
    expect(FakeWorker.made).toHaveLength(1);
    const [worker] = FakeWorker.made;
    expect(worker!.url.pathname).toMatch(/png-encoder\.worker/);
    const [a, b] = worker!.sent;
    expect((a!.bitmap as unknown as { name: string }).name).toBe('a');
    worker!.answer({ request: b!.request, blob: new Blob(['worker:b']) });
    worker!.answer({ request: a!.request, blob: new Blob(['worker:a']) });
    expect(await text(await first)).toBe('worker:a');
    expect(await text(await second)).toBe('worker:b');
  });

  it('falls back to the page’s encoder when the worker cannot encode or fails, and starts a new worker next time', async () => {
    const { encodePng } = await import('./png-encoder');
    const refused = encodePng(canvasWith('a'));
    await settle();
    const [worker] = FakeWorker.made;
    worker!.answer({ request: worker!.sent[0]!.request, error: 'no bitmap canvas' });
    expect(await text(await refused)).toBe('page:a');

    const lost = encodePng(canvasWith('b'));
    await settle();
    worker!.fail('script did not load');
    expect(await text(await lost)).toBe('page:b');
    expect(worker!.terminated).toBe(true);

    const next = encodePng(canvasWith('c'));
    await settle();
    expect(FakeWorker.made).toHaveLength(2);
    const [, fresh] = FakeWorker.made;
    fresh!.answer({ request: fresh!.sent[0]!.request, blob: new Blob(['worker:c']) });
    expect(await text(await next)).toBe('worker:c');
  });

  it('uses the page’s encoder where a worker may not be started', async () => {
    vi.stubGlobal(
      'Worker',
      class {
        constructor() {
          throw new DOMException('refused by worker-src', 'SecurityError');
        }
      },
    );
    const { encodePng, startPngEncoder } = await import('./png-encoder');
    expect(startPngEncoder()).toBeUndefined();
    expect(await text(await encodePng(canvasWith('a')))).toBe('page:a');
  });

  it('uses the page’s encoder where workers cannot encode (no OffscreenCanvas)', async () => {
    vi.stubGlobal('OffscreenCanvas', undefined);
    const { encodePng } = await import('./png-encoder');
    expect(await text(await encodePng(canvasWith('a')))).toBe('page:a');
    expect(FakeWorker.made).toHaveLength(0);
  });
});
