import { EmptyState } from '@/components/DatasetGate';
import { LineSwatch } from '@/components/LineSwatch';
import { useMemo, type CSSProperties, type KeyboardEvent } from 'react';
import { alignmentLabels } from '@/data/labels';
import { alignments, type Actor, type RelationType } from '@/data/schemas/actors';
import type { ActorActivity } from '@/data/selectors';
import { formatOpenSpan } from '@/lib/format';
import { nameOf } from '@/i18n/data-names';
import { t, useLanguage, type MessageKey } from '@/i18n/t';
import { memoOnInputs } from '@/lib/memo';
import type { AlignmentsById } from './actor-directory';
import { light, okabeIto } from '@/styles/colours';
import { latestAlignment } from './actor-periods';
import { alignmentColor, alignmentSwatchStyle, isBacker } from './alignment-colors';
import { computeGraphLayout, type NodePosition, type RelationEdge } from './relations';

const WIDTH = 760;
const HEIGHT = 560;
// Room at the sides for labels of nodes on the edge.
const PADDING_X = 100;
const PADDING_Y = 36;
const ALWAYS_LABELLED = 14;

/** How each relation type is drawn, and its name (`label`, in the catalogue); a legend shows the same. */
const edgeStyles: Record<
  RelationType,
  { dash?: string; color: string; arrow: boolean; label: MessageKey }
> = {
  ally: { color: okabeIto.blue, arrow: false, label: 'actors.edge.ally' },
  adversary: {
    color: okabeIto.vermillion,
    dash: '7 4',
    arrow: false,
    label: 'actors.edge.adversary',
  },
  sponsor: { color: okabeIto.green, arrow: true, label: 'actors.edge.sponsor' },
  guarantor: { color: okabeIto.purple, dash: '2 3', arrow: true, label: 'actors.edge.guarantor' },
  'member-of': { color: light('neutral-mark'), arrow: true, label: 'actors.edge.memberOf' },
  'leader-of': {
    color: light('neutral-mark'),
    dash: '5 2 1 2',
    arrow: true,
    label: 'actors.edge.leaderOf',
  },
  mediator: { color: okabeIto.orange, dash: '9 3 2 3', arrow: true, label: 'actors.edge.mediator' },
  'successor-of': {
    color: okabeIto.sky,
    dash: '1 4',
    arrow: true,
    label: 'actors.edge.successorOf',
  },
};

// The layout depends only on the dataset, never on the range: computed once per actors file
// and its relations (allRelationEdges gives the same list for the same file).
const layoutFor = memoOnInputs(
  (actors: readonly Actor[], edges: readonly RelationEdge[]): ReadonlyMap<string, NodePosition> =>
    computeGraphLayout(
      actors.map((a) => a.id),
      edges,
    ),
);

interface RelationsGraphProps {
  actors: readonly Actor[];
  allEdges: readonly RelationEdge[];
  /** Relations that held in the range. */
  edges: readonly RelationEdge[];
  activity: readonly ActorActivity[];
  activeIds: ReadonlySet<string>;
  /** The alignments each actor held in the range, oldest first: a node takes the last. */
  alignmentsById: AlignmentsById;
  selectedId: string | null;
  /** The open round's participants, ringed and labelled; null when no round is open. */
  roundParticipants: ReadonlySet<string> | null;
  onSelect: (id: string) => void;
}

/**
 * The actors of the range as a network: nodes coloured by alignment and sized by activity,
 * edges styled by relation type. Click or press Enter on a node to select the actor. The same
 * relations follow as a table for screen readers and for copying.
 */
export function RelationsGraph({
  actors,
  allEdges,
  edges,
  activity,
  activeIds,
  alignmentsById,
  selectedId,
  roundParticipants,
  onSelect,
}: RelationsGraphProps) {
  const layout = layoutFor(actors, allEdges);
  // The page's direction does not reach into the drawing (base.css): Arabic labels are set right
  // to left by hand, so that a shortened name ends in its "…" on the left.
  const direction = useLanguage() === 'ar' ? 'rtl' : undefined;
  const activityById = useMemo(() => new Map(activity.map((a) => [a.actor.id, a])), [activity]);

  const { nodes, visibleEdges } = useMemo(() => {
    const connected = new Set(edges.flatMap((e) => [e.source, e.target]));
    const shown = actors.filter((a) => {
      const row = activityById.get(a.id);
      const busy = row ? row.meetings + row.events > 0 : false;
      return activeIds.has(a.id) && (busy || connected.has(a.id));
    });
    const shownIds = new Set(shown.map((a) => a.id));
    return {
      nodes: shown,
      visibleEdges: edges.filter((e) => shownIds.has(e.source) && shownIds.has(e.target)),
    };
  }, [actors, edges, activeIds, activityById]);

  const neighbours = useMemo(() => {
    if (!selectedId) return null;
    const ids = new Set([selectedId]);
    for (const e of visibleEdges) {
      if (e.source === selectedId) ids.add(e.target);
      if (e.target === selectedId) ids.add(e.source);
    }
    return ids;
  }, [selectedId, visibleEdges]);

  const labelled = useMemo(() => {
    const busiest = [...nodes]
      .sort((a, b) => total(activityById.get(b.id)) - total(activityById.get(a.id)))
      .slice(0, ALWAYS_LABELLED)
      .map((a) => a.id);
    return new Set([...busiest, ...(neighbours ?? []), ...(roundParticipants ?? [])]);
  }, [nodes, activityById, neighbours, roundParticipants]);

  const place = (id: string) => {
    const p = layout.get(id) ?? { x: 0.5, y: 0.5 };
    return {
      x: PADDING_X + p.x * (WIDTH - 2 * PADDING_X),
      y: PADDING_Y + p.y * (HEIGHT - 2 * PADDING_Y),
    };
  };
  const radius = (id: string) => Math.min(5 + Math.sqrt(total(activityById.get(id))) * 2, 20);
  const onNodeKey = (event: KeyboardEvent, id: string) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onSelect(id);
    }
  };
  const names = new Map(actors.map((a) => [a.id, nameOf(a)]));

  if (nodes.length === 0) {
    return <EmptyState>{t('actors.graphEmpty')}</EmptyState>;
  }

  const counts = {
    actors: t('actors.actorCount', { count: nodes.length }),
    relations: t('actors.relationCount', { count: visibleEdges.length }),
  };
  return (
    <div className="graph">
      <p className="summary" data-testid="graph-summary">
        {t('actors.graphSummary', counts)}
      </p>
      <svg
        className="graph__svg"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="group"
        aria-label={t('actors.graphLabel', counts)}
      >
        <defs>
          {Object.entries(edgeStyles).map(([type, style]) => (
            <marker
              key={type}
              id={`arrow-${type}`}
              viewBox="0 0 10 10"
              refX="10"
              refY="5"
              markerWidth="7"
              markerHeight="7"
              orient="auto-start-reverse"
            >
              <path d="M0,0 L10,5 L0,10 z" fill={style.color} />
            </marker>
          ))}
        </defs>
        <g className="graph__edges">
          {visibleEdges.map((edge) => {
            const a = place(edge.source);
            const b = place(edge.target);
            const style = edgeStyles[edge.type];
            // Stop the line at the target node's rim, so the arrow head is visible.
            const length = Math.hypot(b.x - a.x, b.y - a.y) || 1;
            const inset = radius(edge.target) + 2;
            const end = {
              x: b.x - ((b.x - a.x) / length) * inset,
              y: b.y - ((b.y - a.y) / length) * inset,
            };
            const dimmed =
              neighbours && !(neighbours.has(edge.source) && neighbours.has(edge.target));
            return (
              <line
                key={`${edge.source}-${edge.type}-${edge.target}-${edge.from ?? ''}`}
                x1={a.x}
                y1={a.y}
                x2={end.x}
                y2={end.y}
                stroke={style.color}
                strokeWidth={1.6}
                strokeDasharray={style.dash}
                markerEnd={style.arrow ? `url(#arrow-${edge.type})` : undefined}
                opacity={dimmed ? 0.12 : 0.85}
              >
                <title>
                  {[
                    names.get(edge.source),
                    t(style.label).toLowerCase(),
                    names.get(edge.target),
                  ].join(' — ')}
                </title>
              </line>
            );
          })}
        </g>
        <g className="graph__nodes">
          {nodes.map((actor) => {
            const p = place(actor.id);
            const r = radius(actor.id);
            const isSelected = actor.id === selectedId;
            const row = activityById.get(actor.id);
            const inRound = roundParticipants?.has(actor.id) ?? false;
            // The selected actor's neighbours stand out, and so do the open round's participants.
            const dimmed = neighbours !== null && !neighbours.has(actor.id) && !inRound;
            const held = alignmentsById.get(actor.id) ?? [];
            const alignment = latestAlignment(held);
            return (
              <g
                key={actor.id}
                data-in-round={inRound || undefined}
                className={`graph__node${isSelected ? ' is-selected' : ''}`}
                transform={`translate(${p.x} ${p.y})`}
                role="button"
                tabIndex={0}
                aria-pressed={isSelected}
                aria-label={t(inRound ? 'actors.nodeLabelInRound' : 'actors.nodeLabel', {
                  name: nameOf(actor),
                  alignments: held.map((a) => alignmentLabels[a]).join(t('actors.thenSeparator')),
                  activity: t('actors.activityCount', { count: total(row) }),
                })}
                data-actor-id={actor.id}
                opacity={dimmed ? 0.3 : 1}
                onClick={() => onSelect(actor.id)}
                onKeyDown={(e) => onNodeKey(e, actor.id)}
              >
                <circle
                  r={r}
                  data-alignment={alignment}
                  fill={alignmentColor(alignment)}
                  {...(isBacker(alignment)
                    ? {
                        // A backer: a pale disc ringed in its camp's colour (see actors.css).
                        className: 'is-backer',
                        fillOpacity: 0.25,
                        style: { '--node-color': alignmentColor(alignment) } as CSSProperties,
                      }
                    : {})}
                />
                {isSelected ? <circle r={r + 4} className="graph__ring" /> : null}
                {inRound ? (
                  <circle r={r + (isSelected ? 8 : 4)} className="graph__round-ring" />
                ) : null}
                {labelled.has(actor.id) ? (
                  <text
                    y={r + 13}
                    textAnchor="middle"
                    className="graph__label"
                    direction={direction}
                  >
                    {shortName(nameOf(actor))}
                  </text>
                ) : null}
                <title>{nameOf(actor)}</title>
              </g>
            );
          })}
        </g>
      </svg>
      <GraphLegend roundOpen={roundParticipants !== null} />
      <details className="graph__table">
        <summary>{t('actors.tableSummary')}</summary>
        <div className="table-scroll">
          <table className="data-table data-table--cards">
            <caption className="visually-hidden">{t('actors.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('actors.colActor')}</th>
                <th scope="col">{t('actors.colRelation')}</th>
                <th scope="col">{t('actors.colActor')}</th>
                <th scope="col">{t('actors.colPeriod')}</th>
              </tr>
            </thead>
            <tbody>
              {visibleEdges.map((edge) => (
                <tr key={`${edge.source}-${edge.type}-${edge.target}-${edge.from ?? ''}`}>
                  <th scope="row">{names.get(edge.source)}</th>
                  <td data-label={t('actors.colRelation')}>{t(edgeStyles[edge.type].label)}</td>
                  <td data-label={t('actors.colActor')}>{names.get(edge.target)}</td>
                  <td className="nowrap" data-label={t('actors.colPeriod')}>
                    {formatOpenSpan(edge.from, edge.to)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </div>
  );
}

function GraphLegend({ roundOpen }: { roundOpen: boolean }) {
  return (
    <div className="legend" aria-label={t('actors.legend')}>
      <ul className="legend__group">
        {alignments.map((a) => (
          <li key={a}>
            <span className="legend__dot" style={alignmentSwatchStyle(a)} aria-hidden="true" />
            {alignmentLabels[a]}
          </li>
        ))}
        {roundOpen ? (
          <li>
            <span className="legend__dot legend__dot--round" aria-hidden="true" />
            {t('actors.legendInRound')}
          </li>
        ) : null}
      </ul>
      <ul className="legend__group">
        {Object.entries(edgeStyles).map(([type, style]) => (
          <li key={type}>
            <LineSwatch color={style.color} width={28} dash={style.dash} />
            {t(style.label)}
          </li>
        ))}
      </ul>
    </div>
  );
}

function total(row: ActorActivity | undefined): number {
  return row ? row.meetings + row.events : 0;
}

/** Long names shortened for node labels: the part before any parenthesis, at most 28 characters. */
function shortName(name: string): string {
  const base = name.replace(/\s*\(.*\)\s*$/, '');
  return base.length > 28 ? `${base.slice(0, 27)}…` : base;
}
