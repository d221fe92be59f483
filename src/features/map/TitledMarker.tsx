import type { Marker as LeafletMarker } from 'leaflet';
import { useEffect, useRef, useState } from 'react';
import { Marker, type MarkerProps } from 'react-leaflet';
import { swapIcon } from './icons';

/**
 * A marker whose title (its tooltip and accessible name) follows its props. react-leaflet
 * hands Leaflet the title only when it creates the marker, so a marker kept across a range
 * change went on saying "15 events" after its count had become 11.
 *
 * `placeIds` names the places the marker stands for (one, or the places of a cluster) in a
 * `data-place-ids` attribute: the geometry tests look their coordinates up in the dataset and
 * compare them with where the marker is drawn.
 *
 * A new `icon` is handed over by `swapIcon`, which redraws a count in place, not by
 * react-leaflet, which would call setIcon for every new icon object: Leaflet is given the
 * first icon only.
 */
export function TitledMarker({
  title,
  placeIds,
  icon,
  ...props
}: MarkerProps & { title: string; placeIds: readonly string[] }) {
  const marker = useRef<LeafletMarker>(null);
  const [firstIcon] = useState(icon);
  const ids = placeIds.join(' ');
  useEffect(() => {
    const current = marker.current;
    if (!current) return;
    // Leaflet reads options.title again when it sets up an icon (a new look, the marker put
    // back on the map).
    current.options.title = title;
    if (icon && current.options.icon !== icon) swapIcon(current, icon);
    // Checked after every render (an icon set up anew may be a new element), written only
    // where it differs: most markers keep their labels through a range change.
    const element = current.getElement();
    if (element?.getAttribute('title') !== title) element?.setAttribute('title', title);
    if (element?.getAttribute('data-place-ids') !== ids)
      element?.setAttribute('data-place-ids', ids);
  });
  return <Marker ref={marker} title={title} icon={firstIcon} {...props} />;
}
