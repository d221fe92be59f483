import { useId } from 'react';
import { Badge } from '@/components/Badge';
import { EnglishText } from '@/components/EnglishText';
import { SourceLinks } from '@/components/SourceLinks';
import { statusLabels, trackLabels } from '@/data/labels';
import type { Actor } from '@/data/schemas/actors';
import type { Meeting } from '@/data/schemas/meetings';
import type { Place } from '@/data/schemas/places';
import { nameOf, titleOf } from '@/i18n/data-names';
import { t } from '@/i18n/t';
import { spanOverlapsRange, type DateRange } from '@/lib/dates';
import { formatSpan } from '@/lib/format';
import { statusTone } from './tracker-style';

interface RoundCardProps {
  meeting: Meeting;
  range: DateRange;
  places: ReadonlyMap<string, Place>;
  actors: ReadonlyMap<string, Actor>;
  onClose: () => void;
  onSelectActor: (id: string) => void;
  onShowPlace: (id: string) => void;
}

/** One round, agreement or resolution in full: dates, venue, who took part, outcome, sources. */
export function RoundCard({
  meeting,
  range,
  places,
  actors,
  onClose,
  onSelectActor,
  onShowPlace,
}: RoundCardProps) {
  const headingId = useId();
  const venue = places.get(meeting.placeId);
  return (
    <article className="card" aria-labelledby={headingId} data-testid="round-card">
      <header className="card__header">
        <h3 id={headingId} className="card__title">
          {titleOf(meeting)}
        </h3>
        <button type="button" className="button button--quiet" onClick={onClose}>
          {t('common.close')}
        </button>
      </header>
      <p className="card__badges">
        <Badge tone={statusTone[meeting.status]}>{statusLabels[meeting.status]}</Badge>{' '}
        <Badge tone="info">{trackLabels[meeting.track]}</Badge>{' '}
        {meeting.round !== null ? (
          <Badge>{t('tracker.card.round', { number: meeting.round })}</Badge>
        ) : null}
      </p>
      <dl className="facts">
        <dt>{t('tracker.card.dates')}</dt>
        <dd>
          <time dateTime={meeting.start}>{formatSpan(meeting.start, meeting.end)}</time>
          {spanOverlapsRange(meeting.start, meeting.end, range) ? null : (
            <span className="cell-meta"> · {t('tracker.card.outside')}</span>
          )}
        </dd>
        <dt>{t('tracker.card.venue')}</dt>
        <dd>
          {venue ? (
            <button type="button" className="link-button" onClick={() => onShowPlace(venue.id)}>
              {nameOf(venue)}
            </button>
          ) : (
            // An id the dataset does not resolve: shown as it is.
            <span translate="no">{meeting.placeId}</span>
          )}
        </dd>
        {meeting.resolution ? (
          <>
            <dt>{t('tracker.card.vote')}</dt>
            <dd>
              {t('tracker.card.votes', {
                for: meeting.resolution.votesFor,
                against: meeting.resolution.votesAgainst,
                abstentions: meeting.resolution.abstentions,
              })}
            </dd>
          </>
        ) : null}
        <dt>{t('tracker.card.participants')}</dt>
        <dd>
          {meeting.participants.length === 0
            ? t('tracker.card.notRecorded')
            : meeting.participants.map((id, i) => {
                const actor = actors.get(id);
                return (
                  <span key={id}>
                    {i > 0 ? t('common.listSeparator') : ''}
                    <button type="button" className="link-button" onClick={() => onSelectActor(id)}>
                      {actor ? nameOf(actor) : <span translate="no">{id}</span>}
                    </button>
                  </span>
                );
              })}
        </dd>
      </dl>
      <h4 className="card__section">{t('tracker.card.outcome')}</h4>
      <EnglishText block>{meeting.outcome}</EnglishText>
      {meeting.note ? (
        <EnglishText block className="card__note">
          {meeting.note}
        </EnglishText>
      ) : null}
      <h4 className="card__section">{t('tracker.card.sources')}</h4>
      <SourceLinks ids={meeting.sources} />
    </article>
  );
}
