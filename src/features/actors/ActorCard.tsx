import { useId, useMemo } from 'react';
import { Badge } from '@/components/Badge';
import { EnglishText } from '@/components/EnglishText';
import { SourceLinks } from '@/components/SourceLinks';
import { WindowedScroller } from '@/components/WindowedScroller';
import { actorKindLabels, alignmentLabels } from '@/data/labels';
import type { Actor, RelationType } from '@/data/schemas/actors';
import type { ConflictEvent } from '@/data/schemas/events';
import type { Meeting } from '@/data/schemas/meetings';
import { useDatasetFile } from '@/data/queries';
import { indexById } from '@/data/selectors';
import { spanOverlapsRange, type DateRange } from '@/lib/dates';
import { formatRange, formatSpan, formatOpenSpan } from '@/lib/format';
import type { Place } from '@/data/schemas/places';
import { nameOf, titleOf } from '@/i18n/data-names';
import { t, useLanguage, type MessageKey } from '@/i18n/t';
import type { ActorsData } from './actors-data';
import { actorParticipation, type ParticipationItem } from './actor-directory';
import { alignmentsInRange, type StandingInRange } from './actor-periods';
import { alignmentSwatchStyle } from './alignment-colors';
import { OtherName } from '@/components/ForeignName';
import { relationsOf, type RelationEdge } from './relations';

/** How a relation reads from each end: "Russia — ally of → Syria" / "Syria ← ally of — Russia". */
const relationWording: Record<RelationType, { outgoing: MessageKey; incoming: MessageKey }> = {
  ally: { outgoing: 'actors.relation.ally.outgoing', incoming: 'actors.relation.ally.incoming' },
  adversary: {
    outgoing: 'actors.relation.adversary.outgoing',
    incoming: 'actors.relation.adversary.incoming',
  },
  sponsor: {
    outgoing: 'actors.relation.sponsor.outgoing',
    incoming: 'actors.relation.sponsor.incoming',
  },
  guarantor: {
    outgoing: 'actors.relation.guarantor.outgoing',
    incoming: 'actors.relation.guarantor.incoming',
  },
  'member-of': {
    outgoing: 'actors.relation.memberOf.outgoing',
    incoming: 'actors.relation.memberOf.incoming',
  },
  'leader-of': {
    outgoing: 'actors.relation.leaderOf.outgoing',
    incoming: 'actors.relation.leaderOf.incoming',
  },
  mediator: {
    outgoing: 'actors.relation.mediator.outgoing',
    incoming: 'actors.relation.mediator.incoming',
  },
  'successor-of': {
    outgoing: 'actors.relation.successorOf.outgoing',
    incoming: 'actors.relation.successorOf.incoming',
  },
};

/** Whether an alias is written in Arabic script (most are Latin: spellings, former names). */
const ARABIC_SCRIPT = /\p{Script=Arabic}/u;

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
          {nameOf(actor)} <OtherName name={actor.name} nameAr={actor.nameAr} />
        </h3>
        <button type="button" className="button button--quiet" onClick={() => onSelect(null)}>
          {t('common.close')}
        </button>
      </header>
      <p className="card__badges">
        <Badge wrap>
          {alignmentsInRange(standing)
            .map((a) => alignmentLabels[a])
            .join(t('actors.alignmentArrow'))}
        </Badge>{' '}
        <Badge tone="info">{actorKindLabels[actor.kind]}</Badge>{' '}
        <span className="cell-meta card__period">{describePeriod(actor)}</span>
      </p>
      <p className="card__role" data-testid="actor-role">
        <EnglishText>{standing.current.role}</EnglishText>
      </p>
      <EnglishText block>{actor.description}</EnglishText>
      {actor.note ? (
        <EnglishText block className="card__note">
          {actor.note}
        </EnglishText>
      ) : null}
      {actor.aliases.length > 0 ? (
        <p className="card__aliases">
          <span className="card__label">{t('actors.alsoKnownAs')} </span>
          {actor.aliases.map((alias, i) => (
            <span key={alias}>
              {i > 0 ? t('common.listSeparator') : ''}
              <bdi lang={ARABIC_SCRIPT.test(alias) ? 'ar' : 'en'}>{alias}</bdi>
            </span>
          ))}
        </p>
      ) : null}

      {actor.periods.length > 1 ? <PeriodHistory actor={actor} standing={standing} /> : null}

      <h4 className="card__section">{t('actors.relations')}</h4>
      {relations.length === 0 ? (
        <p className="cell-meta">{t('actors.noRelations')}</p>
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
                  {t(
                    outgoing
                      ? relationWording[edge.type].outgoing
                      : relationWording[edge.type].incoming,
                  )}
                </span>{' '}
                <button type="button" className="link-button" onClick={() => onSelect(other)}>
                  {otherActor ? nameOf(otherActor) : other}
                </button>
                {edge.from || edge.to ? (
                  <span className="cell-meta"> ({formatOpenSpan(edge.from, edge.to)})</span>
                ) : null}
                {inRange ? null : (
                  <span className="cell-meta"> · {t('actors.notInThisPeriod')}</span>
                )}
              </li>
            );
          })}
        </ul>
      )}

      <h4 className="card__section">
        {t('actors.inThisPeriod')} <span className="cell-meta">({formatRange(range)})</span>
      </h4>
      {participation.length === 0 ? (
        <p className="cell-meta" data-testid="actor-participation-empty">
          {t('actors.noParticipation', { name: nameOf(actor) })}
        </p>
      ) : (
        <>
          <p className="cell-meta">{t('actors.participation', { count: participation.length })}</p>
          <ParticipationList items={participation} places={places} />
        </>
      )}

      <h4 className="card__section">{t('actors.aboutRecord')}</h4>
      <SourceLinks ids={actor.sources} />
    </article>
  );
}

/** How the actor's alignment and role changed, oldest first; the periods in the range stand out. */
function PeriodHistory({ actor, standing }: { actor: Actor; standing: StandingInRange }) {
  return (
    <>
      <h4 className="card__section">{t('actors.changesOverTime')}</h4>
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
                {inRange ? <Badge tone="info">{t('actors.inThisPeriodBadge')}</Badge> : null}
              </p>
              <p className="period-list__role">
                <EnglishText>{period.role}</EnglishText>
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
      label={t('actors.participationScroll', { count: items.length })}
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
                  {t(item.kind === 'meeting' ? 'actors.meeting' : 'actors.event')}
                </Badge>
              </div>
              <ItemTitle item={item} />
              <p className="item__meta">{placeName(places, item.placeId)}</p>
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

/**
 * A meeting's title in the language shown; an event's, which the dataset has in English only,
 * marked so in Arabic. Clipped to the item's height, it is whole in its tooltip (in Arabic, only
 * where the tooltip is in Arabic too).
 */
function ItemTitle({ item }: { item: ParticipationItem }) {
  const language = useLanguage();
  if (item.titleAr === undefined && language !== 'en') {
    return (
      <p className="item__title cell-clip">
        <EnglishText>{item.title}</EnglishText>
      </p>
    );
  }
  const title =
    item.titleAr === undefined ? item.title : titleOf({ title: item.title, titleAr: item.titleAr });
  return (
    <p className="item__title cell-clip" title={title}>
      {title}
    </p>
  );
}

function placeName(places: ReadonlyMap<string, Place>, id: string): string {
  const place = places.get(id);
  return place ? nameOf(place) : id;
}

function describePeriod(actor: Actor): string {
  return actor.activeFrom || actor.activeTo
    ? t('actors.active', { span: formatOpenSpan(actor.activeFrom, actor.activeTo) })
    : '';
}
