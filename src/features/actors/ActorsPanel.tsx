import { useMemo } from 'react';
import { DatasetGate, EmptyState } from '@/components/DatasetGate';
import { Panel } from '@/components/Panel';
import { useEventsInGovernorate } from '@/data/governorate-filter';
import { useDatasetFile } from '@/data/queries';
import { eventsByActor, indexById, meetingsByActor, rankActorsByActivity } from '@/data/selectors';
import type { DateRange } from '@/lib/dates';
import { formatRange } from '@/lib/format';
import { meetingShortLabel } from '@/data/labels';
import {
  useDateRange,
  useFiltersStore,
  useSelectedActorId,
  useSelectedRoundId,
} from '@/stores/filters';
import { useShownOwnLayer } from '@/stores/own-events';
import { ActorCard } from './ActorCard';
import { FileActors } from './FileActors';
import type { ActorsData } from './actors-data';
import { ActorDirectory } from './ActorDirectory';
import { isActorActiveInRange } from './actor-directory';
import { alignmentsInRange, standingInRange } from './actor-periods';
import { RelationsGraph } from './RelationsGraph';
import { withSlots } from '@/i18n/rich';
import { allRelationEdges, relationsInRange } from './relations';
import './actors.css';
import { SegmentedControl } from '@/components/SegmentedControl';
import { t } from '@/i18n/t';

/** The two views, named when shown (in the language shown). */
const actorsViews = () =>
  [
    { value: 'list', label: t('actors.viewDirectory') },
    { value: 'graph', label: t('actors.viewGraph') },
  ] as const;

/** Actors: who is who, how they line up, and what each did in the chosen period. */
export function ActorsPanel() {
  const range = useDateRange();
  return (
    <Panel
      title={t('actors.title')}
      area="actors"
      subtitle={t('actors.subtitle', { range: formatRange(range) })}
    >
      <DatasetGate files={['actors', 'meetings', 'events']}>
        {(data) => <ActorsView data={data} range={range} />}
      </DatasetGate>
    </Panel>
  );
}

function ActorsView({ data, range }: { data: ActorsData; range: DateRange }) {
  const selectedId = useSelectedActorId();
  const selectActor = useFiltersStore((s) => s.selectActor);
  const view = useFiltersStore((s) => s.actorsView);
  const setView = useFiltersStore((s) => s.setView);
  // A chosen governorate narrows the events counted and listed here, as it does on the map.
  const placesFile = useDatasetFile('places');
  const places = useMemo(
    () => (placesFile.data ? indexById(placesFile.data.places) : undefined),
    [placesFile.data],
  );
  const events = useEventsInGovernorate(data.events.events, places);
  const ownLayer = useShownOwnLayer();

  const activity = useMemo(
    () => rankActorsByActivity(data.actors.actors, data.meetings.meetings, events, range),
    [data.actors, data.meetings, events, range],
  );
  const allEdges = useMemo(() => allRelationEdges(data.actors.actors), [data.actors]);
  const edgesInRange = useMemo(() => relationsInRange(allEdges, range), [allEdges, range]);
  const activeIds = useMemo(
    () =>
      new Set(data.actors.actors.filter((a) => isActorActiveInRange(a, range)).map((a) => a.id)),
    [data.actors, range],
  );
  // Each actor's alignment and role as the range sees them: in force at its end, and every
  // alignment held in it (Hay'at Tahrir al-Sham in 2024: jihadist, then transitional authorities).
  const standings = useMemo(
    () => new Map(data.actors.actors.map((a) => [a.id, standingInRange(a, range)])),
    [data.actors, range],
  );
  const alignmentsById = useMemo(
    () => new Map([...standings].map(([id, standing]) => [id, alignmentsInRange(standing)])),
    [standings],
  );
  const selected = selectedId ? indexById(data.actors.actors).get(selectedId) : undefined;
  // The open round highlights its participants, in the directory and in the graph.
  const roundId = useSelectedRoundId();
  const round = useMemo(() => {
    const meeting = roundId ? indexById(data.meetings.meetings).get(roundId) : undefined;
    return meeting
      ? { label: meetingShortLabel(meeting), participants: new Set(meeting.participants) }
      : null;
  }, [data.meetings, roundId]);
  // Only the selected actor's own meetings and events in the range, looked up by key.
  const own = useMemo(
    () =>
      selectedId
        ? {
            meetings: meetingsByActor(data.meetings.meetings).recordsOf(selectedId, range),
            events: eventsByActor(events).recordsOf(selectedId, range),
          }
        : { meetings: [], events: [] },
    [data.meetings, events, selectedId, range],
  );

  return (
    <div className="actors" data-rendered-range={`${range.from}..${range.to}`}>
      <SegmentedControl
        label={t('actors.viewLabel')}
        options={actorsViews()}
        value={view}
        onChange={(actorsView) => setView({ actorsView })}
      />
      <div className={`actors__layout actors__layout--${view}`}>
        <div className="actors__main">
          {view === 'list' ? (
            <ActorDirectory
              range={range}
              activity={activity}
              activeIds={activeIds}
              alignmentsById={alignmentsById}
              selectedId={selectedId}
              round={round}
              onSelect={selectActor}
            />
          ) : (
            <RelationsGraph
              actors={data.actors.actors}
              allEdges={allEdges}
              edges={edgesInRange}
              activity={activity}
              activeIds={activeIds}
              alignmentsById={alignmentsById}
              selectedId={selectedId}
              roundParticipants={round?.participants ?? null}
              onSelect={selectActor}
            />
          )}
        </div>
        <div className="actors__detail">
          {selectedId && !selected ? (
            <EmptyState>
              {withSlots(t('actors.notInDataset'), { id: <bdi translate="no">{selectedId}</bdi> })}
            </EmptyState>
          ) : selected ? (
            <ActorCard
              actor={selected}
              data={data}
              range={range}
              standing={standings.get(selected.id) ?? standingInRange(selected, range)}
              meetings={own.meetings}
              events={own.events}
              edges={allEdges}
              onSelect={selectActor}
            />
          ) : (
            <EmptyState>{t('actors.selectPrompt')}</EmptyState>
          )}
        </div>
      </div>
      {ownLayer ? (
        <FileActors
          layer={ownLayer}
          actors={data.actors.actors}
          range={range}
          selectedId={selectedId}
          onSelect={selectActor}
        />
      ) : null}
    </div>
  );
}
