import type { OwnLayer } from '@/data/own-events';
import { useOwnEventsStore } from '@/stores/own-events';
import type { FromClusterWorker, ToClusterWorker } from './own-cluster-protocol';

// One clustering worker per loaded layer, living as long as the layer (not the map component):
// the four columns of the layer's table it reads are copied to it once, as memory.

interface Client {
  layer: OwnLayer;
  worker: Worker;
  listeners: Set<(reply: FromClusterWorker) => void>;
}

let current: Client | null = null;
let requests = 0;

function stop() {
  current?.worker.terminate();
  current = null;
}

// A layer removed or replaced takes its worker with it.
useOwnEventsStore.subscribe((state) => {
  if (current && state.layer !== current.layer) stop();
});

function clientFor(layer: OwnLayer): Client {
  if (current?.layer === layer) return current;
  stop();
  const worker = new Worker(new URL('./own-cluster.worker.ts', import.meta.url), {
    type: 'module',
  });
  const client: Client = { layer, worker, listeners: new Set() };
  worker.onmessage = (e: MessageEvent<FromClusterWorker>) => {
    for (const listener of client.listeners) listener(e.data);
  };
  // Copied here (a copy of memory: a few milliseconds for a million events) and the copies
  // moved; handing the columns to postMessage to copy took 43 ms.
  const { lon, lat, deaths, type } = layer.table;
  const columns = {
    lon: lon.slice(),
    lat: lat.slice(),
    deaths: deaths.slice(),
    type: type.slice(),
  };
  const message: ToClusterWorker = { kind: 'layer', columns };
  worker.postMessage(message, [
    columns.lon.buffer,
    columns.lat.buffer,
    columns.deaths.buffer,
    columns.type.buffer,
  ]);
  current = client;
  return client;
}

/** Asks for the marks of a window at a zoom; returns the request's number. */
export function requestClusters(
  layer: OwnLayer,
  message: Omit<Extract<ToClusterWorker, { kind: 'clusters' }>, 'kind' | 'request'>,
): number {
  requests += 1;
  const request: ToClusterWorker = { kind: 'clusters', request: requests, ...message };
  clientFor(layer).worker.postMessage(request);
  return requests;
}

/** Listens to the layer's worker's answers; returns the way to stop. */
export function onClusters(
  layer: OwnLayer,
  listener: (reply: FromClusterWorker) => void,
): () => void {
  const client = clientFor(layer);
  client.listeners.add(listener);
  return () => void client.listeners.delete(listener);
}
