import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY } from 'd3-force';
import type { Actor, RelationType } from '@/data/schemas/actors';
import { spanOverlapsRange, type DateRange } from '@/lib/dates';
import { memoOnInputs } from '@/lib/memo';

export interface RelationEdge {
  source: string;
  target: string;
  type: RelationType;
  from?: string;
  to?: string;
  note?: string;
}

/**
 * Every relation whose both ends are known actors, as a directed edge: one list per actors
 * list, so that what is derived from it (the graph's layout) is computed once.
 */
export const allRelationEdges = memoOnInputs(
  (actors: readonly Actor[]): readonly RelationEdge[] => {
    const known = new Set(actors.map((a) => a.id));
    return actors.flatMap((actor) =>
      actor.relations
        .filter((r) => known.has(r.target) && r.target !== actor.id)
        .map((r) => ({
          source: actor.id,
          target: r.target,
          type: r.type,
          from: r.from,
          to: r.to,
          note: r.note,
        })),
    );
  },
);

/** The relations that held on at least one day of the range (open ends count as open). */
export function relationsInRange(edges: readonly RelationEdge[], range: DateRange): RelationEdge[] {
  return edges.filter((e) =>
    spanOverlapsRange(e.from ?? '0000-01-01', e.to ?? '9999-12-31', range),
  );
}

export interface ActorRelation {
  edge: RelationEdge;
  other: string;
  /** True when the actor is the relation's subject ("X is sponsor of Y" seen from X). */
  outgoing: boolean;
}

/** The relations of one actor, in either direction, with the other actor's id. */
export function relationsOf(actorId: string, edges: readonly RelationEdge[]): ActorRelation[] {
  return edges.flatMap((edge): ActorRelation[] => {
    if (edge.source === actorId) return [{ edge, other: edge.target, outgoing: true }];
    if (edge.target === actorId) return [{ edge, other: edge.source, outgoing: false }];
    return [];
  });
}

export interface NodePosition {
  x: number;
  y: number;
}

/**
 * A force-directed layout of every actor and relation, computed once (not per range) and run to
 * rest before it is drawn, so nodes keep their places when the range changes and never jitter.
 * d3-force seeds its randomness, so the same dataset gives the same picture. Coordinates are
 * scaled into the unit square.
 */
export function computeGraphLayout(
  actorIds: readonly string[],
  edges: readonly RelationEdge[],
): ReadonlyMap<string, NodePosition> {
  const nodes = actorIds.map((id) => ({ id, x: 0, y: 0 }));
  const links = edges.map((e) => ({ source: e.source, target: e.target }));
  const simulation = forceSimulation(nodes)
    .force(
      'link',
      forceLink<{ id: string; x: number; y: number }, { source: string; target: string }>(links)
        .id((d) => d.id)
        .distance(60)
        .strength(0.4),
    )
    .force('charge', forceManyBody().strength(-160).distanceMax(260))
    .force('collide', forceCollide(24))
    // A firm pull to the centre keeps unconnected actors from drifting to the edges.
    .force('x', forceX(0).strength(0.12))
    .force('y', forceY(0).strength(0.12))
    .stop();
  const ticks = Math.ceil(Math.log(simulation.alphaMin()) / Math.log(1 - simulation.alphaDecay()));
  simulation.tick(ticks);

  const xs = nodes.map((n) => n.x);
  const ys = nodes.map((n) => n.y);
  const [minX, maxX, minY, maxY] = [
    Math.min(...xs),
    Math.max(...xs),
    Math.min(...ys),
    Math.max(...ys),
  ];
  const spanX = maxX - minX || 1;
  const spanY = maxY - minY || 1;
  return new Map(nodes.map((n) => [n.id, { x: (n.x - minX) / spanX, y: (n.y - minY) / spanY }]));
}
