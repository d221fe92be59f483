import { useId, useMemo } from 'react';
import { Badge } from '@/components/Badge';
import { ArabicName } from '@/components/ForeignName';
import { SourceLinks } from '@/components/SourceLinks';
import { WindowedScroller } from '@/components/WindowedScroller';
import { actorKindLabels, alignmentLabels } from '@/data/labels';
import type { Actor, RelationType } from '@/data/schemas/actors';
import type { ConflictEvent } from '@/data/schemas/events';
import type { Meeting } from '@/data/schemas/meetings';
import { useDatasetFile } from '@/data/queries';
import { indexById } from '@/data/selectors';
import { spanOverlapsRange, type DateRange } from '@/lib/dates';
import { formatRange, formatSpan, pluralize, formatOpenSpan } from '@/lib/format';
import type { Place } from '@/data/schemas/places';
import type { ActorsData } from './actors-data';
import { actorParticipation, type ParticipationItem } from './actor-directory';
import { alignmentsInRange, type StandingInRange } from './actor-periods';
import { alignmentSwatchStyle } from './alignment-colors';
import { relationsOf, type RelationEdge } from './relations';

/** How a relation reads from each end: "Russia — ally of → Syria" / "Syria ← ally of — Russia". */
const relationWording: Record<RelationType, { outgoing: string; incoming: string }> = {
  ally: { outgoing: 'Ally of', incoming: 'Ally of' },
  adversary: { outgoing: 'Adversary of', incoming: 'Adversary of' },
  sponsor: { outgoing: 'Sponsor of', incoming: 'Sponsored by' },
  guarantor: { outgoing: 'Guarantor of', incoming: 'Guaranteed by' },
  'member-of': { outgoing: 'Member of', incoming: 'Has member' },
  'leader-of': { outgoing: 'Leader of', incoming: 'Led by' },
  mediator: { outgoing: 'Mediator for', incoming: 'Mediated by' },
  'successor-of': { outgoing: 'Successor of', incoming: 'Succeeded by' },
};

interface ActorCardProps {
  actor: Actor;
  data: ActorsData;
  range: DateRange;
  /** Its alignment and role in the range. */
  standing: StandingInRange;
  meetings: readonly Meeting[];
  events: readonly ConflictEvent[];
  edges: readonly RelationEdge[];
  onSelect: (id: string | null) => void;
}

/** One actor in full: who it is, its relations, and what it did in the range, with sources. */
export function ActorCard({
  actor,
  data,
  range,
  standing,
  meetings,
  events,
  edges,
  onSelect,
}: ActorCardProps) {
  const headingId = useId();
  const actorsById = useMemo(() => indexById(data.actors.actors), [data.actors]);
  // Venue names are a nicety: without places.json the card still works and shows place ids.
  const placesFile = useDatasetFile('places');
  const places = useMemo(() => indexById(placesFile.data?.places ?? []), [placesFile.data]);
  const participation = useMemo(
    () => actorParticipation(actor.id, meetings, events),
    [actor.id, meetings, events],
  );
  const relations = relationsOf(actor.id, edges);

  return (
    <article className="card" aria-labelledby={headingId} data-testid="actor-card">
      <header className="card__header">
        <h3 id={headingId} className="card__title">
          {actor.name} <ArabicName>{actor.nameAr}</ArabicName>
        </h3>
        <button type="button" className="button button--quiet" onClick={() => onSelect(null)}>
          Close
        </button>
      </header>
      <p className="card__badges">
        <Badge wrap>
          {alignmentsInRange(standing)
            .map((a) => alignmentLabels[a])
            .join(' → ')}
        </Badge>{' '}
        <Badge tone="info">{actorKindLabels[actor.kind]}</Badge>{' '}
        <span className="cell-meta card__period">{describePeriod(actor)}</span>
      </p>
      <p className="card__role" data-testid="actor-role">
        {standing.current.role}
      </p>
      <p>{actor.description}</p>
      {actor.note ? <p className="card__note">{actor.note}</p> : null}
      {actor.aliases.length > 0 ? (
        <p className="card__aliases">
          <span className="card__label">Also known as: </span>
          {actor.aliases.map((alias, i) => (
            <span key={alias}>
              {i > 0 ? ', ' : ''}
              <bdi>{alias}</bdi>
            </span>
          ))}
        </p>
      ) : null}

      {actor.periods.length > 1 ? <PeriodHistory actor={actor} standing={standing} /> : null}

      <h4 className="card__section">Relations</h4>
      {relations.length === 0 ? (
        <p className="cell-meta">No recorded relations.</p>
      ) : (
        <ul className="relation-list">
          {relations.map(({ edge, other, outgoing }) => {
            const otherActor = actorsById.get(other);
            const inRange = spanOverlapsRange(
              edge.from ?? '0000-01-01',
              edge.to ?? '9999-12-31',
              range,
            );
            return (
              <li
                key={`${edge.source}-${edge.type}-${edge.target}-${edge.from ?? ''}`}
                className={inRange ? '' : 'is-outside-range'}
              >
                <span className="card__label">
                  {outgoing
                    ? relationWording[edge.type].outgoing
                    : relationWording[edge.type].incoming}
                </span>{' '}
                <button type="button" className="link-button" onClick={() => onSelect(other)}>
                  {otherActor?.name ?? other}
                </button>
                {edge.from || edge.to ? (
                  <span className="cell-meta"> ({formatOpenSpan(edge.from, edge.to)})</span>
                ) : null}
                {inRange ? null : <span className="cell-meta"> · not in this period</span>}
              </li>
            );
          })}
        </ul>
      )}

      <h4 className="card__section">
        In this period <span className="cell-meta">({formatRange(range)})</span>
      </h4>
      {participation.length === 0 ? (
        <p className="cell-meta" data-testid="actor-participation-empty">
          No recorded meeting or event with {actor.name} in this period.
        </p>
      ) : (
        <>
          <p className="cell-meta">
            {pluralize(participation.length, 'meeting or event', 'meetings and events')}, newest
            first
          </p>
          <ParticipationList items={participation} places={places} />
        </>
      )}

      <h4 className="card__section">About this record</h4>
      <SourceLinks ids={actor.sources} />
    </article>
  );
}

/** How the actor's alignment and role changed, oldest first; the periods in the range stand out. */
function PeriodHistory({ actor, standing }: { actor: Actor; standing: StandingInRange }) {
  return (
    <>
      <h4 className="card__section">Changes over time</h4>
      <ol className="period-list" data-testid="actor-periods">
        {actor.periods.map((period) => {
          const inRange = standing.inRange.includes(period);
          return (
            <li
              key={`${period.from ?? ''}-${period.alignment}`}
              className={inRange ? 'is-in-range' : 'is-outside-range'}
              data-in-range={inRange || undefined}
            >
              <p className="period-list__head">
                <span
                  className="swatch"
                  aria-hidden="true"
                  style={alignmentSwatchStyle(period.alignment)}
                />
                <strong>{alignmentLabels[period.alignment]}</strong>
                <span className="period-list__span">{formatOpenSpan(period.from, period.to)}</span>
                {inRange ? <Badge tone="info">in this period</Badge> : null}
              </p>
              <p className="period-list__role">
                {period.role}
                {period.sources ? (
                  <>
                    {' '}
                    <SourceLinks ids={period.sources} />
                  </>
                ) : null}
              </p>
            </li>
          );
        })}
      </ol>
    </>
  );
}

/** Every item is this tall (px), its text clipped to fit, so that the list can be windowed. */
const ITEM_HEIGHT = 128;

/**
 * What the actor did in the range, newest first: one scrolling list that renders only the
 * items in view (an actor of a 100,000-event file has thousands; rendering them all took most
 * of a second).
 */
function ParticipationList({
  items,
  places,
}: {
  items: readonly ParticipationItem[];
  places: ReadonlyMap<string, Place>;
}) {
  return (
    <WindowedScroller
      count={items.length}
      rowHeight={ITEM_HEIGHT}
      className="item-scroll"
      label={`${pluralize(items.length, 'meeting or event', 'meetings and events')}, newest first: scroll for more`}
    >
      {(rows) => (
        <ol className="item-list" data-testid="actor-participation">
          {rows.spaceBefore > 0 ? (
            <li aria-hidden="true" style={{ height: rows.spaceBefore }} />
          ) : null}
          {items.slice(rows.start, rows.end).map((item, k) => (
            <li
              key={`${item.kind}-${item.id}`}
              className="item item--fixed"
              style={{ height: ITEM_HEIGHT }}
              aria-posinset={rows.start + k + 1}
              aria-setsize={items.length}
            >
              <div className="item__head">
                <time dateTime={item.date} className="item__date">
                  {formatSpan(item.date, item.end)}
                </time>
                <Badge tone={item.kind === 'meeting' ? 'info' : 'neutral'}>
                  {item.kind === 'meeting' ? 'Meeting' : 'Event'}
                </Badge>
              </div>
              <p className="item__title cell-clip" title={item.title}>
                {item.title}
              </p>
              <p className="item__meta">{places.get(item.placeId)?.name ?? item.placeId}</p>
              <span className="cell-clip">
                <SourceLinks ids={item.sources} />
              </span>
            </li>
          ))}
          {rows.spaceAfter > 0 ? (
            <li aria-hidden="true" style={{ height: rows.spaceAfter }} />
          ) : null}
        </ol>
      )}
    </WindowedScroller>
  );
}

function describePeriod(actor: Actor): string {
  return actor.activeFrom || actor.activeTo
    ? `Active ${formatOpenSpan(actor.activeFrom, actor.activeTo)}`
    : '';
}
