import type { Marker as LeafletMarker } from 'leaflet';
import { useEffect, useRef } from 'react';
import { Marker, type MarkerProps } from 'react-leaflet';

/**
 * A marker whose title (its tooltip and accessible name) follows its props. react-leaflet
 * hands Leaflet the title only when it creates the marker, so a marker kept across a range
 * change went on saying "15 events" after its count had become 11.
 *
 * `placeIds` names the places the marker stands for (one, or the places of a cluster) in a
 * `data-place-ids` attribute: the geometry tests look their coordinates up in the dataset and
 * compare them with where the marker is drawn.
 */
export function TitledMarker({
  title,
  placeIds,
  ...props
}: MarkerProps & { title: string; placeIds: readonly string[] }) {
  const marker = useRef<LeafletMarker>(null);
  const ids = placeIds.join(' ');
  useEffect(() => {
    const current = marker.current;
    if (!current) return;
    // Leaflet reads options.title again when it rebuilds the icon (a new count, a new look).
    current.options.title = title;
    const element = current.getElement();
    element?.setAttribute('title', title);
    element?.setAttribute('data-place-ids', ids);
    // A new icon is a new element: label it again after every render (the Marker below has
    // swapped its icon by the time this parent's effect runs).
  });
  return <Marker ref={marker} title={title} {...props} />;
}
