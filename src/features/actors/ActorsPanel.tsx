import { useMemo } from 'react';
import { Badge } from '@/components/Badge';
import { DatasetGate, EmptyState } from '@/components/DatasetGate';
import { ActivityTable } from '@/components/ActivityTable';
import { Panel } from '@/components/Panel';
import { actorKindLabels, alignmentLabels } from '@/data/labels';
import type { Dataset } from '@/data/dataset-files';
import { filterEventsByRange, filterMeetingsByRange, rankActorsByActivity } from '@/data/selectors';
import type { DateRange } from '@/lib/dates';
import { formatRange, formatRangeInWords, pluralize } from '@/lib/format';
import { useDateRange } from '@/stores/filters';

/** Actors: who took part in the meetings and events of the chosen period, the most active first. */
export function ActorsPanel() {
  const range = useDateRange();
  return (
    <Panel title="Actors" area="actors" subtitle={`Activity ${formatRange(range)}`}>
      <DatasetGate files={['actors', 'meetings', 'events']}>
        {(data) => <ActorActivityList data={data} range={range} />}
      </DatasetGate>
    </Panel>
  );
}

function ActorActivityList({
  data,
  range,
}: {
  data: Pick<Dataset, 'actors' | 'meetings' | 'events'>;
  range: DateRange;
}) {
  const ranked = useMemo(() => {
    const meetings = filterMeetingsByRange(data.meetings.meetings, range);
    const events = filterEventsByRange(data.events.events, range);
    return rankActorsByActivity(data.actors.actors, meetings, events).filter(
      (a) => a.meetings + a.events > 0,
    );
  }, [data, range]);

  if (ranked.length === 0) {
    return (
      <EmptyState>
        No actor took part in a recorded meeting or event {formatRangeInWords(range)}.
      </EmptyState>
    );
  }
  return (
    <>
      <p className="summary" data-testid="actors-summary">
        {pluralize(ranked.length, 'actor')} active of {data.actors.actors.length} in the dataset
      </p>
      <ActivityTable
        caption={`Actors by activity, ${formatRange(range)}`}
        nameHeading="Actor"
        rows={ranked.map(({ actor, meetings, events }) => ({
          id: actor.id,
          name: actor.name,
          nameAr: actor.nameAr,
          detail: (
            <>
              <Badge>{alignmentLabels[actor.alignment]}</Badge> {actorKindLabels[actor.kind]} ·{' '}
              {actor.role}
            </>
          ),
          meetings,
          events,
        }))}
      />
    </>
  );
}
