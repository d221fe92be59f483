/// <reference lib="webworker" />
// Exports encoded as PNG off the page's thread (see png-encoder.ts): the pixels arrive as a
// bitmap, and the PNG goes back, each with the number of its request.
import type { FromPngEncoder, ToPngEncoder } from './png-encoder-protocol';

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = async (e: MessageEvent<ToPngEncoder>) => {
  const { request, bitmap } = e.data;
  let reply: FromPngEncoder;
  try {
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('bitmaprenderer');
    if (!context) throw new Error('This browser has no bitmap canvas in workers.');
    context.transferFromImageBitmap(bitmap);
    reply = { request, blob: await canvas.convertToBlob({ type: 'image/png' }) };
  } catch (error) {
    bitmap.close();
    reply = { request, error: String(error) };
  }
  self.postMessage(reply);
};
