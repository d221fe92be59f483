import type { Marker as LeafletMarker } from 'leaflet';
import { useEffect, useRef } from 'react';
import { Marker, type MarkerProps } from 'react-leaflet';

/**
 * A marker whose title (its tooltip and accessible name) follows its props. react-leaflet
 * hands Leaflet the title only when it creates the marker, so a marker kept across a range
 * change went on saying "15 events" after its count had become 11.
 */
export function TitledMarker({ title, ...props }: MarkerProps & { title: string }) {
  const marker = useRef<LeafletMarker>(null);
  useEffect(() => {
    const current = marker.current;
    if (!current) return;
    // Leaflet reads options.title again when it rebuilds the icon (a new count, a new look).
    current.options.title = title;
    current.getElement()?.setAttribute('title', title);
  }, [title]);
  return <Marker ref={marker} title={title} {...props} />;
}
