import { divIcon, type DivIcon, type DivIconOptions, type Icon, type Marker } from 'leaflet';
import { formatNumber } from '@/lib/format';
import { clusterRadius, ownCountLabel } from './export-map';
import { OWN_SIZES } from './own-event-marks';

// react-leaflet re-creates a marker when it is handed a new icon object, and moves it (Leaflet
// re-lays it out) when handed a new position array, even with the same numbers. Every icon and
// position of the map therefore comes from here, made once per look and per position. A look
// with a number in it is keyed by the number as written, in the language's digits.

const icons = new Map<string, DivIcon>();
/** One icon object per look, reused across renders. */
function cachedIcon(key: string, make: () => DivIcon): DivIcon {
  let icon = icons.get(key);
  if (!icon) {
    icon = make();
    icons.set(key, icon);
  }
  return icon;
}

const positions = new Map<string, [number, number]>();
/** One [lat, lng] array per position, reused across renders. */
export function latLng(lat: number, lng: number): [number, number] {
  const key = `${lat},${lng}`;
  let position = positions.get(key);
  if (!position) {
    position = [lat, lng];
    positions.set(key, position);
  }
  return position;
}

/** A country's name on the basemap. */
export function countryLabelIcon(name: string, main: boolean): DivIcon {
  return cachedIcon(`label:${name}`, () =>
    divIcon({
      className: `map-country-label${main ? ' is-main' : ''}`,
      html: name,
      iconSize: [120, 20],
      iconAnchor: [60, 10],
    }),
  );
}

/**
 * The look of a mark with a count (a cluster, a place with several events, a cluster of your
 * events, a talks venue): the count as written is kept apart, to be redrawn alone. The count is
 * the text of the icon's last element.
 */
interface CountIconOptions extends DivIconOptions {
  html: string;
  count: string;
  iconSize: [number, number];
}

/** A square mark of `size` px whose last element is `count`, after the markup of its `shape`. */
function countMarkIcon({
  className,
  size,
  count,
  shape = '',
  countClass,
}: {
  className: string;
  size: number;
  count: string;
  shape?: string;
  countClass?: string;
}): DivIcon {
  // The count is read from the marker's title ("80 events at 5 places; zoom in").
  const span = countClass
    ? `<span class="${countClass}" aria-hidden="true">`
    : '<span aria-hidden="true">';
  const options: CountIconOptions = {
    className,
    html: `${shape}${span}${count}</span>`,
    iconSize: [size, size],
    count,
  };
  return divIcon(options);
}

/** A disc with a count: a cluster of places, or a place with several events. */
export function countIcon(count: number, highlighted: boolean): DivIcon {
  const size = clusterRadius(count) * 2;
  const text = formatNumber(count);
  return cachedIcon(`count:${text}:${highlighted}`, () =>
    countMarkIcon({
      className: `map-cluster${highlighted ? ' is-highlighted' : ''}`,
      size,
      count: text,
    }),
  );
}

const countLook = (icon: Icon | DivIcon | undefined) =>
  icon && 'count' in icon.options ? (icon.options as CountIconOptions) : undefined;

/**
 * Hands a marker another icon. From one mark with a count to another of the same markup but
 * for its count (a range change gives most clusters and venues a new count), the element
 * Leaflet shows is redrawn where it is: its count, its size and its classes, as Leaflet would
 * set them. Leaflet's setIcon would parse the icon's markup again and set the element up anew,
 * most of the map's share of a range change. Any other change of look goes through setIcon.
 */
export function swapIcon(marker: Marker, next: Icon | DivIcon): void {
  const element = marker.getElement();
  const from = countLook(marker.options.icon);
  const to = countLook(next);
  const count = element?.lastElementChild;
  if (
    !element ||
    !from ||
    !to ||
    !count ||
    from.html !== to.html.replace(`>${to.count}<`, `>${from.count}<`)
  ) {
    marker.setIcon(next);
    return;
  }
  marker.options.icon = next;
  // Only what differs: the browser restyles an element for every write, even of the same value.
  if (to.count !== from.count) count.textContent = to.count;
  if (to.className !== from.className) {
    for (const name of (from.className ?? '').split(' ')) if (name) element.classList.remove(name);
    for (const name of (to.className ?? '').split(' ')) if (name) element.classList.add(name);
  }
  const [width, height] = to.iconSize;
  if (width !== from.iconSize[0] || height !== from.iconSize[1]) {
    // As Leaflet's _setIconStyles: anchored at the middle.
    element.style.marginLeft = `${-width / 2}px`;
    element.style.marginTop = `${-height / 2}px`;
    element.style.width = `${width}px`;
    element.style.height = `${height}px`;
  }
}

/** A single event, in its category's colour. */
export function eventIcon(category: string, highlighted: boolean): DivIcon {
  return cachedIcon(`event:${category}:${highlighted}`, () =>
    // A class per category, not a style attribute: the CSP forbids inline styles.
    divIcon({
      className: `map-event map-event--${category}${highlighted ? ' is-highlighted' : ''}`,
      html: '<span></span>',
      iconSize: [14, 14],
    }),
  );
}

/** A talks venue: a diamond with its number of meetings, ringed if it holds the open round. */
export function venueIcon(meetings: number, openRound: boolean): DivIcon {
  const text = formatNumber(meetings);
  return cachedIcon(`venue:${text}:${openRound}`, () =>
    countMarkIcon({
      className: openRound ? 'map-venue map-venue--open-round' : 'map-venue',
      size: 22,
      count: text,
      // The diamond is a square turned inside the marker, never the marker turned: Leaflet
      // places the marker with a transform, and a rotation on the marker itself turns that
      // translation too, which drew Sochi in the Syrian desert.
      shape: '<span class="map-venue__shape"></span>',
      countClass: 'map-venue__count',
    }),
  );
}

/** A border crossing. */
export function crossingIcon(): DivIcon {
  return cachedIcon('crossing', () =>
    divIcon({
      className: 'map-crossing',
      html: '<span class="map-crossing__shape"></span>',
      iconSize: [14, 14],
    }),
  );
}

/** A military base: a square in its holder's colour (class map-base, and one per holder). */
export function baseIcon(holder: string): DivIcon {
  return cachedIcon(`base:${holder}`, () =>
    divIcon({ className: `map-base map-base--${holder}`, iconSize: [12, 12] }),
  );
}

/** One of the analyst's events or a cluster of them: a ring of a kind's colour, sized by deaths. */
export function ownEventIcon(slot: number, size: number, count: number): DivIcon {
  const text = count > 1 ? ownCountLabel(count) : '';
  return cachedIcon(`own:${slot}:${size}:${text}`, () => {
    const px = OWN_SIZES[size]!;
    const className = `map-own map-own--s${size} own-t${slot}`;
    if (!text) return divIcon({ className, html: '', iconSize: [px, px] });
    return countMarkIcon({ className, size: px, count: text });
  });
}
