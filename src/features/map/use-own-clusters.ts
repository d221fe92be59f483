import { useEffect, useRef, useState } from 'react';
import { ownRangePositions, type OwnLayer } from '@/data/own-events';
import { afterNextPaint } from '@/lib/after-next-paint';
import type { DateRange } from '@/lib/dates';
import { onClusters, requestClusters } from './own-cluster-client';
import type { OwnDrawnMark } from './own-event-marks';

/**
 * The analyst's events in the window at a zoom, clustered in the layer's worker: the marks of
 * the latest request answered (the previous ones until then, none before the first), and
 * whether they are those of the window and zoom asked for now.
 */
export function useOwnClusters(
  layer: OwnLayer,
  window: DateRange,
  zoom: number,
): { marks: OwnDrawnMark[]; current: boolean } {
  // The latest request, and what it was for: marks name events by their place in the layer.
  const latest = useRef<Asked>(NOTHING_ASKED);
  const [shown, setShown] = useState<{ asked: Asked; marks: OwnDrawnMark[] }>({
    asked: NOTHING_ASKED,
    marks: [],
  });
  const key = `${window.from}..${window.to}@${zoom}`;

  useEffect(
    () =>
      onClusters(layer, (reply) => {
        const asked = latest.current;
        if (reply.request === asked.id) setShown({ asked, marks: reply.marks });
      }),
    [layer],
  );

  // Asked once the frame that shows the new range is painted: clustering a large window keeps a
  // core busy for a while, and asked before the paint it competed with it (at 1,000,000 events on
  // two cores, the page's style and layout took twice as long).
  useEffect(
    () =>
      afterNextPaint(() => {
        const id = requestClusters(layer, {
          window: ownRangePositions(layer.table, window),
          zoom,
        });
        latest.current = { id, layer, key: `${window.from}..${window.to}@${zoom}` };
      }),
    [layer, window, zoom],
  );

  const sameLayer = shown.asked.layer === layer;
  return {
    marks: sameLayer ? shown.marks : NONE,
    current: sameLayer && shown.asked.key === key,
  };
}

interface Asked {
  id: number;
  layer: OwnLayer | null;
  /** The window and zoom asked for. */
  key: string;
}

const NONE: OwnDrawnMark[] = [];
const NOTHING_ASKED: Asked = { id: 0, layer: null, key: '' };
