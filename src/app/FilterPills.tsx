import { meetingShortLabel } from '@/data/labels';
import { useDatasetFile } from '@/data/queries';
import { indexById } from '@/data/selectors';
import { useFiltersStore } from '@/stores/filters';

/**
 * The selections that narrow every panel beyond the date range, each with a clear button: the
 * selected actor, the open round and the governorate whose events alone are shown. They can be
 * on at once; the pills then say that the panels show the actor's part and the round together.
 */
export function FilterPills() {
  const actorId = useFiltersStore((s) => s.actorId);
  const roundId = useFiltersStore((s) => s.roundId);
  const governorate = useFiltersStore((s) => s.governorate);
  const selectGovernorate = useFiltersStore((s) => s.selectGovernorate);
  const selectActor = useFiltersStore((s) => s.selectActor);
  const selectRound = useFiltersStore((s) => s.selectRound);
  const actors = useDatasetFile('actors');
  const meetings = useDatasetFile('meetings');
  if (!actorId && !roundId && !governorate) return null;

  const actorName = actorId
    ? ((actors.data && indexById(actors.data.actors).get(actorId)?.name) ??
      (actors.data ? `unknown actor “${actorId}”` : actorId))
    : null;
  const round =
    roundId && meetings.data ? indexById(meetings.data.meetings).get(roundId) : undefined;
  const roundName = roundId
    ? round
      ? meetingShortLabel(round)
      : meetings.data
        ? `unknown round “${roundId}”`
        : roundId
    : null;
  const both = actorName !== null && roundName !== null;

  return (
    <div
      className="filter-pills"
      role="group"
      aria-label={both ? 'Active selections: an actor and a round, combined' : 'Active selections'}
    >
      {actorName !== null ? (
        <Pill kind="Actor" testId="actor-pill" name={actorName} onClear={() => selectActor(null)} />
      ) : null}
      {both ? (
        <span className="filter-pills__and" data-testid="pills-combined">
          and
        </span>
      ) : null}
      {roundName !== null ? (
        <Pill
          kind="Round"
          testId="round-pill"
          name={roundName}
          title={round?.title}
          onClear={() => selectRound(null)}
        />
      ) : null}
      {governorate ? (
        <>
          {actorName !== null || roundName !== null ? (
            <span className="filter-pills__and" data-testid="pills-combined-governorate">
              in
            </span>
          ) : null}
          <Pill
            kind="Governorate"
            testId="governorate-pill"
            name={governorate}
            title={`Only the events in ${governorate} governorate`}
            onClear={() => selectGovernorate(null)}
          />
        </>
      ) : null}
    </div>
  );
}

function Pill({
  kind,
  testId,
  name,
  title,
  onClear,
}: {
  kind: string;
  testId: string;
  name: string;
  title?: string;
  onClear: () => void;
}) {
  return (
    <span className="filter-pill" data-testid={testId}>
      {kind}:{' '}
      <span className="filter-pill__name" title={title ?? name}>
        {name}
      </span>
      <button
        type="button"
        onClick={onClear}
        aria-label={`Clear ${kind.toLowerCase()} selection (${name})`}
      >
        Clear
      </button>
    </span>
  );
}
