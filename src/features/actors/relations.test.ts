import { describe, expect, it } from 'vitest';
import type { Actor } from '@/data/schemas/actors';
import { allRelationEdges, computeGraphLayout, relationsInRange, relationsOf } from './relations';

const actor = (id: string, relations: Actor['relations'] = []): Actor => ({
  id,
  name: id,
  nameAr: 'اسم',
  aliases: [],
  kind: 'state',
  periods: [{ alignment: 'other', role: 'r' }],
  description: 'd',
  relations,
  sources: ['s'],
});

const actors = [
  actor('russia', [
    { type: 'ally', target: 'syria', to: '2024-12-08' },
    { type: 'guarantor', target: 'astana' },
  ]),
  actor('syria'),
  actor('astana'),
  actor('hts', [
    { type: 'successor-of', target: 'jfs', from: '2017-01-28' },
    { type: 'adversary', target: 'nowhere' },
  ]),
  actor('jfs', [{ type: 'successor-of', target: 'nusra', from: '2016-07-28', to: '2017-01-28' }]),
  actor('nusra'),
];

describe('relations', () => {
  const edges = allRelationEdges(actors);

  it('keeps relations between known actors only', () => {
    expect(edges.map((e) => `${e.source} ${e.type} ${e.target}`)).toEqual([
      'russia ally syria',
      'russia guarantor astana',
      'hts successor-of jfs',
      'jfs successor-of nusra',
    ]);
  });

  it('keeps relations that held on some day of the range', () => {
    const in2016 = relationsInRange(edges, { from: '2016-01-01', to: '2016-12-31' });
    expect(in2016.map((e) => `${e.source}>${e.target}`)).toEqual([
      'russia>syria',
      'russia>astana',
      'jfs>nusra',
    ]);
    const after = relationsInRange(edges, { from: '2025-01-01', to: '2025-12-31' });
    expect(after.map((e) => `${e.source}>${e.target}`)).toEqual(['russia>astana', 'hts>jfs']);
  });

  it("lists an actor's relations in both directions", () => {
    expect(relationsOf('jfs', edges).map((r) => [r.other, r.outgoing])).toEqual([
      ['hts', false],
      ['nusra', true],
    ]);
  });
});

describe('computeGraphLayout', () => {
  const ids = actors.map((a) => a.id);
  const edges = allRelationEdges(actors);

  it('places every actor inside the unit square', () => {
    const layout = computeGraphLayout(ids, edges);
    expect([...layout.keys()]).toEqual(ids);
    for (const { x, y } of layout.values()) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(1);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(1);
    }
  });

  it('gives the same picture every time', () => {
    expect(computeGraphLayout(ids, edges)).toEqual(computeGraphLayout(ids, edges));
  });

  it('keeps nodes apart', () => {
    const points = [...computeGraphLayout(ids, edges).values()];
    for (let i = 0; i < points.length; i += 1) {
      for (let j = i + 1; j < points.length; j += 1) {
        expect(
          Math.hypot(points[i]!.x - points[j]!.x, points[i]!.y - points[j]!.y),
        ).toBeGreaterThan(0.05);
      }
    }
  });
});
