import { useEffect, useRef, useState } from 'react';
import { ownRangePositions, type OwnLayer } from '@/data/own-events';
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

  useEffect(() => {
    const id = requestClusters(layer, {
      window: ownRangePositions(layer.events, window),
      zoom,
    });
    latest.current = { id, layer, key: `${window.from}..${window.to}@${zoom}` };
  }, [layer, window, zoom]);

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
