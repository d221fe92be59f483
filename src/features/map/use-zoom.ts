import { useState } from 'react';
import { useMap, useMapEvents } from 'react-leaflet';

/** The map's zoom, as state: a component that draws differently by zoom re-renders on zoomend. */
export function useZoom(): number {
  const map = useMap();
  const [zoom, setZoom] = useState(() => map.getZoom());
  useMapEvents({ zoomend: () => setZoom(map.getZoom()) });
  return zoom;
}
