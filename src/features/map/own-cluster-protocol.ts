import type { RangePositions } from '@/data/own-events';
import type { ClusterColumns, OwnDrawnMark } from './own-event-marks';

/** To the clustering worker: a layer's columns (copied as memory), or a window and zoom to draw. */
export type ToClusterWorker =
  | { kind: 'layer'; columns: ClusterColumns }
  | { kind: 'clusters'; request: number; window: RangePositions; zoom: number };

/** From it: the marks of a request. */
export interface FromClusterWorker {
  request: number;
  marks: OwnDrawnMark[];
}
