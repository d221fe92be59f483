import { describe, expect, it } from 'vitest';
import {
  labelBox,
  MAX_DISTANCE,
  placeLabels,
  type Box,
  type LabelRequest,
  type Obstacle,
} from './label-placement';

const name = (key: string, x: number, y: number, width = 40): LabelRequest => ({
  key,
  x,
  y,
  width,
  height: 12,
  gap: 5,
});

const overlaps = (a: Box, b: Box) =>
  a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;

/** Whether a box reaches into a disc. */
const touchesDisc = (box: Box, d: { x: number; y: number; r: number }) => {
  const nx = Math.max(box.left, Math.min(d.x, box.right));
  const ny = Math.max(box.top, Math.min(d.y, box.bottom));
  return (nx - d.x) ** 2 + (ny - d.y) ** 2 < d.r ** 2;
};

describe('placeLabels', () => {
  it('puts a name to the right of its dot when nothing is there', () => {
    const placed = placeLabels([name('aleppo', 100, 100)], []);
    expect(placed.get('aleppo')).toEqual({ side: 'right', distance: 5 });
    expect(labelBox(name('aleppo', 100, 100), placed.get('aleppo')!)).toEqual({
      left: 105,
      right: 145,
      top: 94,
      bottom: 106,
    });
  });

  it('moves a name to another side when a cluster covers its right', () => {
    const cluster: Obstacle = { kind: 'disc', x: 130, y: 100, r: 14 };
    const placed = placeLabels([name('hama', 100, 100)], [cluster]);
    expect(placed.get('hama')).toEqual({ side: 'left', distance: 5 });
  });

  it('takes a name out of the cluster drawn on its own city, to the nearest clear distance', () => {
    // Damascus's own events: a disc of radius 20 centred on its dot.
    const cluster = { kind: 'disc', x: 100, y: 100, r: 20 } as const;
    const label = name('damascus', 100, 100);
    const placement = placeLabels([label], [cluster]).get('damascus')!;
    expect(placement.side).toBe('right');
    const box = labelBox(label, placement);
    expect(touchesDisc(box, cluster)).toBe(false);
    // No nearer distance on that side would have been clear.
    expect(
      touchesDisc(labelBox(label, { ...placement, distance: placement.distance - 3 }), cluster),
    ).toBe(true);
  });

  it('keeps names off each other, the first given keeping its place', () => {
    const labels = [name('a', 100, 100, 60), name('b', 110, 102, 60)];
    const placed = placeLabels(labels, []);
    expect(placed.get('a')).toEqual({ side: 'right', distance: 5 });
    const [a, b] = labels.map((l) => labelBox(l, placed.get(l.key)!));
    expect(overlaps(a!, b!)).toBe(false);
  });

  it('keeps names off bases and venues', () => {
    const base: Obstacle = { kind: 'box', box: { left: 104, right: 116, top: 94, bottom: 106 } };
    const placed = placeLabels([name('tartus', 100, 100)], [base]);
    expect(overlaps(labelBox(name('tartus', 100, 100), placed.get('tartus')!), base.box)).toBe(
      false,
    );
  });

  it('where nothing is clear within reach, covers least and stays within reach', () => {
    // Discs all around the dot, further than a name can be pushed.
    const ring: Obstacle[] = Array.from({ length: 16 }, (_, i) => ({
      kind: 'disc',
      x: 100 + Math.cos((i * Math.PI) / 8) * 30,
      y: 100 + Math.sin((i * Math.PI) / 8) * 30,
      r: 28,
    }));
    const placement = placeLabels([name('x', 100, 100)], ring).get('x')!;
    expect(placement.distance).toBeLessThanOrEqual(MAX_DISTANCE);
  });
});
