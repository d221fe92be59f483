/**
 * Which parts of the basemap to draw: the polygons of the countries that meet an area around
 * the view. The whole world at 1:50m is about 98,000 points, which Leaflet projects again at
 * every zoom; around Syria, about 16,000 meet the area drawn.
 */

/** A box of latitudes and longitudes (longitudes as the rings have them, unwrapped). */
export interface LatLngBox {
  south: number;
  west: number;
  north: number;
  east: number;
}

/** The box around a ring of [lat, lng] points. */
export function boxOfRing(ring: readonly (readonly [number, number])[]): LatLngBox {
  let south = Infinity;
  let west = Infinity;
  let north = -Infinity;
  let east = -Infinity;
  for (const [lat, lng] of ring) {
    if (lat < south) south = lat;
    if (lat > north) north = lat;
    if (lng < west) west = lng;
    if (lng > east) east = lng;
  }
  return { south, west, north, east };
}

/** Whether two boxes share any point (edges included). */
export function boxesMeet(a: LatLngBox, b: LatLngBox): boolean {
  return a.west <= b.east && b.west <= a.east && a.south <= b.north && b.south <= a.north;
}

/** Whether `inner` lies wholly inside `outer`. */
export function boxContains(outer: LatLngBox, inner: LatLngBox): boolean {
  return (
    outer.west <= inner.west &&
    inner.east <= outer.east &&
    outer.south <= inner.south &&
    inner.north <= outer.north
  );
}

/**
 * `box` grown on every side by `by` times its own width and height: the area drawn around a
 * view, so that panning within it, or zooming out one step, finds the land already there.
 * Latitudes stop at the poles of the map's projection.
 */
export function grownBox(box: LatLngBox, by: number): LatLngBox {
  const width = box.east - box.west;
  const height = box.north - box.south;
  return {
    south: Math.max(box.south - height * by, -90),
    west: box.west - width * by,
    north: Math.min(box.north + height * by, 90),
    east: box.east + width * by,
  };
}

/** The indexes of the polygons (by their outer rings' boxes) that meet `area`, in order. */
export function polygonsMeeting(boxes: readonly LatLngBox[], area: LatLngBox): number[] {
  const meeting: number[] = [];
  boxes.forEach((box, i) => {
    if (boxesMeet(box, area)) meeting.push(i);
  });
  return meeting;
}
