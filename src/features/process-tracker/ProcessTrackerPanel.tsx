import { useMemo } from 'react';
import { Badge } from '@/components/Badge';
import { DatasetGate, EmptyState } from '@/components/DatasetGate';
import { Panel } from '@/components/Panel';
import { SourceLinks } from '@/components/SourceLinks';
import type { Dataset } from '@/data/dataset-files';
import { statusLabels, trackLabels } from '@/data/labels';
import { tracks, type MeetingStatus } from '@/data/schemas/meetings';
import { filterMeetingsByRange, groupMeetingsByTrack, indexById } from '@/data/selectors';
import type { DateRange } from '@/lib/dates';
import { formatRange, formatRangeInWords, formatSpan, pluralize } from '@/lib/format';
import { categoricalColor } from '@/lib/palette';
import { useDateRange } from '@/stores/filters';

const statusTone = {
  held: 'positive',
  postponed: 'warning',
  cancelled: 'negative',
  scheduled: 'info',
} as const satisfies Record<MeetingStatus, string>;

/** Peace process tracker: every track's rounds, agreements and resolutions in the range. */
export function ProcessTrackerPanel() {
  const range = useDateRange();
  return (
    <Panel
      title="Peace process tracker"
      area="tracker"
      subtitle={`Rounds and agreements ${formatRange(range)}`}
    >
      <DatasetGate files={['meetings', 'places']}>
        {(data) => <TrackList data={data} range={range} />}
      </DatasetGate>
    </Panel>
  );
}

function TrackList({
  data,
  range,
}: {
  data: Pick<Dataset, 'meetings' | 'places'>;
  range: DateRange;
}) {
  const places = useMemo(() => indexById(data.places.places), [data.places]);
  const summaries = useMemo(
    () => groupMeetingsByTrack(filterMeetingsByRange(data.meetings.meetings, range), tracks),
    [data.meetings, range],
  );

  if (summaries.length === 0) {
    return (
      <EmptyState>No rounds, agreements or resolutions {formatRangeInWords(range)}.</EmptyState>
    );
  }
  const total = summaries.reduce((n, t) => n + t.meetings.length, 0);
  return (
    <>
      <p className="summary" data-testid="tracker-summary">
        {pluralize(total, 'item')} on {pluralize(summaries.length, 'track')}
      </p>
      {summaries.map((summary) => (
        <section key={summary.track} className="track" aria-label={trackLabels[summary.track]}>
          <h3 className="track__title">
            <span
              className="swatch"
              aria-hidden="true"
              style={{ background: categoricalColor(tracks.indexOf(summary.track)) }}
            />
            {trackLabels[summary.track]}
            <span className="track__counts">
              {summary.held} held
              {summary.notHeld > 0 ? ` · ${summary.notHeld} not held` : ''}
            </span>
          </h3>
          <ol className="item-list">
            {summary.meetings.map((meeting) => (
              <li key={meeting.id} className="item">
                <div className="item__head">
                  <time dateTime={meeting.start} className="item__date">
                    {formatSpan(meeting.start, meeting.end)}
                  </time>
                  <Badge tone={statusTone[meeting.status]}>{statusLabels[meeting.status]}</Badge>
                </div>
                <p className="item__title">{meeting.title}</p>
                <p className="item__meta">
                  {places.get(meeting.placeId)?.name ?? meeting.placeId}
                  {meeting.resolution ? ` · ${describeVote(meeting.resolution)}` : ''}
                </p>
                <p className="item__text">{meeting.outcome}</p>
                <SourceLinks ids={meeting.sources} />
              </li>
            ))}
          </ol>
        </section>
      ))}
    </>
  );
}

function describeVote(
  resolution: NonNullable<Dataset['meetings']['meetings'][number]['resolution']>,
): string {
  const { number, votesFor, votesAgainst, abstentions } = resolution;
  const unanimous = votesAgainst === 0 && abstentions === 0;
  return `Resolution ${number}, ${unanimous ? `adopted unanimously (${votesFor}–0)` : `adopted ${votesFor} in favour, ${votesAgainst} against, ${abstentions} abstaining`}`;
}
