import {
  map as leafletMap,
  marker as leafletMarker,
  type DivIcon,
  type Map as LeafletMap,
} from 'leaflet';
import { afterEach, describe, expect, it } from 'vitest';
import { clusterRadius } from './export-map';
import { countIcon, eventIcon, ownEventIcon, swapIcon, venueIcon } from './icons';

let map: LeafletMap | undefined;
afterEach(() => {
  map?.remove();
  map = undefined;
  document.body.replaceChildren();
});

function markerOnMap(icon: DivIcon) {
  const container = document.createElement('div');
  document.body.append(container);
  map = leafletMap(container, { center: [35, 38], zoom: 6 });
  return leafletMarker([36.2, 37.16], { icon, keyboard: true, title: 'Aleppo' }).addTo(map);
}

describe('swapIcon', () => {
  it('redraws a count disc in place: the same element, its count, size, anchor and highlight', () => {
    const marker = markerOnMap(countIcon(5, false));
    const element = marker.getElement()!;
    const leafletClasses = [...element.classList].filter((c) => c !== 'map-cluster');
    expect(leafletClasses).toContain('leaflet-marker-icon');
    expect(leafletClasses).toContain('leaflet-interactive');
    const next = countIcon(13, true);

    swapIcon(marker, next);

    expect(marker.getElement()).toBe(element);
    expect(marker.options.icon).toBe(next);
    expect(element.textContent).toBe('13');
    const size = clusterRadius(13) * 2;
    expect(element.style.width).toBe(`${size}px`);
    expect(element.style.height).toBe(`${size}px`);
    // Anchored at the middle, as Leaflet anchors a div icon of that size.
    expect(element.style.marginLeft).toBe(`${-size / 2}px`);
    expect(element.style.marginTop).toBe(`${-size / 2}px`);
    // Its own classes change; those Leaflet put on the marker stay.
    expect([...element.classList].sort()).toEqual(
      [...leafletClasses, 'map-cluster', 'is-highlighted'].sort(),
    );
    expect(element.getAttribute('tabindex')).toBe('0');

    swapIcon(marker, countIcon(12, false));
    expect(element.classList.contains('is-highlighted')).toBe(false);
    expect(element.classList.contains('map-cluster')).toBe(true);
    expect(element.textContent).toBe('12');
  });

  it.each([
    ['a cluster', countIcon(3, false), countIcon(7, true)],
    ['a cluster of your events', ownEventIcon(0, 1, 4), ownEventIcon(2, 3, 1_250)],
    ['one of your events, alone', ownEventIcon(0, 1, 4), ownEventIcon(1, 0, 1)],
    ['a cluster that becomes one event', countIcon(3, false), eventIcon('airstrike', true)],
    ['a talks venue that holds the open round', venueIcon(3, false), venueIcon(12, true)],
    ['a venue no longer holding it', venueIcon(12, true), venueIcon(1, false)],
    ['a venue after a cluster (another markup)', countIcon(12, true), venueIcon(12, false)],
  ])('draws %s exactly as Leaflet would draw the new icon', (_, first, next) => {
    const swapped = markerOnMap(first);
    swapIcon(swapped, next);
    const drawn = swapped.getElement()!;
    const made = leafletMarker([36.2, 37.16], { icon: next, keyboard: true, title: 'Aleppo' })
      .addTo(map!)
      .getElement()!;
    for (const property of ['width', 'height', 'marginLeft', 'marginTop'] as const)
      expect(drawn.style[property]).toBe(made.style[property]);
    expect(drawn.innerHTML).toBe(made.innerHTML);
    expect([...drawn.classList].sort()).toEqual([...made.classList].sort());
  });

  it('hands any other change of look to Leaflet', () => {
    const marker = markerOnMap(countIcon(2, false));
    const next = eventIcon('airstrike', false);
    swapIcon(marker, next);
    const element = marker.getElement()!;
    expect(marker.options.icon).toBe(next);
    expect(element.classList.contains('map-event--airstrike')).toBe(true);
    expect(element.classList.contains('map-cluster')).toBe(false);
    expect(element.textContent).toBe('');
  });
});
