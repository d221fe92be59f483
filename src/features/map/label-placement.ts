// Where each place's name goes beside its dot, so that no name lies on an event cluster (whose
// count it would cover) or on another name: the screen and the export draw the same placements.
// Pure geometry in the map's pixels at one zoom (Leaflet's `project`), which panning leaves
// alone.

/** The side of its dot a name sits on. */
export type LabelSide = 'right' | 'left' | 'top' | 'bottom';

/** A name to place: its dot's point and the size of its text. */
export interface LabelRequest {
  readonly key: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** The least distance between the dot's centre and the name (the dot and a little air). */
  readonly gap: number;
}

/** What a name must keep clear of: a disc (a cluster, an event) or a box (a base, a venue). */
export type Obstacle =
  | { readonly kind: 'disc'; readonly x: number; readonly y: number; readonly r: number }
  | { readonly kind: 'box'; readonly box: Box };

export interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** A name's place: its side, and its distance from the dot's centre along that side. */
export interface Placement {
  readonly side: LabelSide;
  readonly distance: number;
}

/** The names' sizes (map.css; the export draws them alike) and the room left round each symbol. */
export const LABEL_STYLE = {
  capital: { fontSize: 11, gap: 8 },
  town: { fontSize: 10, gap: 8 },
  crossing: { fontSize: 10, gap: 11 },
} as const;
export type LabelKind = keyof typeof LABEL_STYLE;

/** The height of a name's line at a size. */
export function labelHeight(fontSize: number): number {
  return Math.ceil(fontSize * 1.5);
}

/** Which way each side lies from its dot, in the map's pixels (y runs down). */
export const SIDE_DIRECTION: Readonly<Record<LabelSide, readonly [number, number]>> = {
  right: [1, 0],
  left: [-1, 0],
  top: [0, -1],
  bottom: [0, 1],
};

/** A name's placement, or beside its dot on the right where none was worked out. */
export function placementOf(
  placements: ReadonlyMap<string, Placement> | undefined,
  placeId: string,
  kind: LabelKind,
): Placement {
  return placements?.get(placeId) ?? { side: 'right', distance: LABEL_STYLE[kind].gap };
}

/** The sides tried, in the order preferred when several are clear: beside first, as maps do. */
export const SIDES: readonly LabelSide[] = ['right', 'left', 'top', 'bottom'];

/** How far a name may be pushed from its dot to clear what covers it (a cluster on its city). */
export const MAX_DISTANCE = 36;
const STEP = 3;

/** The box of a name on one side of its dot, at a distance from its centre. */
export function labelBox(label: LabelRequest, { side, distance }: Placement): Box {
  const { x, y, width, height } = label;
  switch (side) {
    case 'right':
      return {
        left: x + distance,
        right: x + distance + width,
        top: y - height / 2,
        bottom: y + height / 2,
      };
    case 'left':
      return {
        left: x - distance - width,
        right: x - distance,
        top: y - height / 2,
        bottom: y + height / 2,
      };
    case 'top':
      return {
        left: x - width / 2,
        right: x + width / 2,
        top: y - distance - height,
        bottom: y - distance,
      };
    case 'bottom':
      return {
        left: x - width / 2,
        right: x + width / 2,
        top: y + distance,
        bottom: y + distance + height,
      };
  }
}

/** The area two boxes share. */
function sharedArea(a: Box, b: Box): number {
  const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * The area a box shares with a disc, near enough to rank placements: the box's part inside
 * the disc's square, none when the disc's edge does not reach the box.
 */
function discArea(box: Box, disc: { x: number; y: number; r: number }): number {
  const nearestX = Math.max(box.left, Math.min(disc.x, box.right));
  const nearestY = Math.max(box.top, Math.min(disc.y, box.bottom));
  if ((nearestX - disc.x) ** 2 + (nearestY - disc.y) ** 2 >= disc.r ** 2) return 0;
  return Math.max(
    1,
    sharedArea(box, {
      left: disc.x - disc.r,
      right: disc.x + disc.r,
      top: disc.y - disc.r,
      bottom: disc.y + disc.r,
    }),
  );
}

/** How much a name's box covers what it must keep clear of, and the names already placed. */
function cover(box: Box, obstacles: readonly Obstacle[], placed: readonly Box[]): number {
  let area = 0;
  for (const obstacle of obstacles)
    area += obstacle.kind === 'disc' ? discArea(box, obstacle) : sharedArea(box, obstacle.box);
  // Names over names read worst of all.
  for (const other of placed) area += 2 * sharedArea(box, other);
  return area;
}

/**
 * Places names in the order given (the most important first, so that they get the best
 * places): each on the first side, nearest its dot, where it covers nothing; where every side
 * up to MAX_DISTANCE covers something, where it covers least (nearest, then by side order).
 */
export function placeLabels(
  labels: readonly LabelRequest[],
  obstacles: readonly Obstacle[],
): Map<string, Placement> {
  const placements = new Map<string, Placement>();
  const placed: Box[] = [];
  for (const label of labels) {
    // Only what lies near the name can be covered by it.
    const reach = MAX_DISTANCE + Math.max(label.width, label.height);
    const near = obstacles.filter((o) =>
      o.kind === 'disc'
        ? Math.abs(o.x - label.x) < reach + o.r && Math.abs(o.y - label.y) < reach + o.r
        : o.box.right > label.x - reach &&
          o.box.left < label.x + reach &&
          o.box.bottom > label.y - reach &&
          o.box.top < label.y + reach,
    );
    let best: { placement: Placement; box: Box; cost: number } | null = null;
    for (let distance = label.gap; distance <= MAX_DISTANCE && best?.cost !== 0; distance += STEP)
      for (const side of SIDES) {
        const placement = { side, distance };
        const box = labelBox(label, placement);
        const cost = cover(box, near, placed);
        if (best === null || cost < best.cost) best = { placement, box, cost };
        if (cost === 0) break;
      }
    placements.set(label.key, best!.placement);
    placed.push(best!.box);
  }
  return placements;
}
