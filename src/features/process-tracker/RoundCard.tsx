import { useId } from 'react';
import { Badge } from '@/components/Badge';
import { SourceLinks } from '@/components/SourceLinks';
import { statusLabels, trackLabels } from '@/data/labels';
import type { Actor } from '@/data/schemas/actors';
import type { Meeting } from '@/data/schemas/meetings';
import type { Place } from '@/data/schemas/places';
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
          {meeting.title}
        </h3>
        <button type="button" className="button button--quiet" onClick={onClose}>
          Close
        </button>
      </header>
      <p className="card__badges">
        <Badge tone={statusTone[meeting.status]}>{statusLabels[meeting.status]}</Badge>{' '}
        <Badge tone="info">{trackLabels[meeting.track]}</Badge>{' '}
        {meeting.round !== null ? <Badge>{`Round ${meeting.round}`}</Badge> : null}
      </p>
      <dl className="facts">
        <dt>Dates</dt>
        <dd>
          <time dateTime={meeting.start}>{formatSpan(meeting.start, meeting.end)}</time>
          {spanOverlapsRange(meeting.start, meeting.end, range) ? null : (
            <span className="cell-meta"> · outside the current date range</span>
          )}
        </dd>
        <dt>Venue</dt>
        <dd>
          {venue ? (
            <button type="button" className="link-button" onClick={() => onShowPlace(venue.id)}>
              {venue.name}
            </button>
          ) : (
            meeting.placeId
          )}
        </dd>
        {meeting.resolution ? (
          <>
            <dt>Vote</dt>
            <dd>
              {meeting.resolution.votesFor} in favour, {meeting.resolution.votesAgainst} against,{' '}
              {meeting.resolution.abstentions} abstaining
            </dd>
          </>
        ) : null}
        <dt>Participants</dt>
        <dd>
          {meeting.participants.length === 0
            ? 'Not recorded'
            : meeting.participants.map((id, i) => (
                <span key={id}>
                  {i > 0 ? ', ' : ''}
                  <button type="button" className="link-button" onClick={() => onSelectActor(id)}>
                    {actors.get(id)?.name ?? id}
                  </button>
                </span>
              ))}
        </dd>
      </dl>
      <h4 className="card__section">Outcome</h4>
      <p>{meeting.outcome}</p>
      {meeting.note ? <p className="card__note">{meeting.note}</p> : null}
      <h4 className="card__section">Documents and sources</h4>
      <SourceLinks ids={meeting.sources} />
    </article>
  );
}
