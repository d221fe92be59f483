/// <reference lib="webworker" />
// The clustering of the analyst's events, off the main thread: the layer's columns arrive once,
// then each window and zoom asked for is answered with the marks to draw. Building the index of
// 200,000 events takes longer than a frame, and the page must keep answering meanwhile.
import { ownEventIndex, ownMarksAt, type ClusterColumns } from './own-event-marks';
import type { FromClusterWorker, ToClusterWorker } from './own-cluster-protocol';

declare const self: DedicatedWorkerGlobalScope;

let columns: ClusterColumns | null = null;
/** The index of the last window, kept while only the zoom changes. */
let built: { key: string; index: ReturnType<typeof ownEventIndex> } | null = null;

self.onmessage = (e: MessageEvent<ToClusterWorker>) => {
  const message = e.data;
  if (message.kind === 'layer') {
    columns = message.columns;
    built = null;
    return;
  }
  if (!columns) return;
  const { start, end, before } = message.window;
  const key = `${start}:${end}:${before.join(',')}`;
  if (built?.key !== key) built = { key, index: ownEventIndex(columns, message.window) };
  const reply: FromClusterWorker = {
    request: message.request,
    marks: ownMarksAt(built.index, message.zoom),
  };
  self.postMessage(reply);
};
