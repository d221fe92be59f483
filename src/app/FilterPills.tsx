import { useRecordNames } from '@/data/use-record-names';
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
  const names = useRecordNames();
  if (!actorId && !roundId && !governorate) return null;

  // An id the loaded data lacks is named as unknown; before the data loads, the id stands in.
  const actorName = actorId
    ? (names.actor(actorId) ?? (names.loaded ? `unknown actor “${actorId}”` : actorId))
    : null;
  const roundName = roundId
    ? (names.round(roundId) ?? (names.loaded ? `unknown round “${roundId}”` : roundId))
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
          title={roundId ? names.roundTitle(roundId) : undefined}
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
