import { governorateLabels } from '@/data/labels';
import { useRecordNames } from '@/data/use-record-names';
import { t, type MessageKey } from '@/i18n/t';
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
    ? (names.actor(actorId) ??
      (names.loaded ? t('app.pills.unknownActor', { id: actorId }) : actorId))
    : null;
  const roundName = roundId
    ? (names.round(roundId) ??
      (names.loaded ? t('app.pills.unknownRound', { id: roundId }) : roundId))
    : null;
  const both = actorName !== null && roundName !== null;
  const governorateName = governorate ? governorateLabels[governorate] : null;

  return (
    <div
      className="filter-pills"
      role="group"
      aria-label={t(both ? 'app.pills.labelCombined' : 'app.pills.label')}
    >
      {actorName !== null ? (
        <Pill
          kind="app.pills.actor"
          clear="app.pills.clearActor"
          testId="actor-pill"
          name={actorName}
          onClear={() => selectActor(null)}
        />
      ) : null}
      {both ? (
        <span className="filter-pills__and" data-testid="pills-combined">
          {t('app.pills.and')}
        </span>
      ) : null}
      {roundName !== null ? (
        <Pill
          kind="app.pills.round"
          clear="app.pills.clearRound"
          testId="round-pill"
          name={roundName}
          title={roundId ? names.roundTitle(roundId) : undefined}
          onClear={() => selectRound(null)}
        />
      ) : null}
      {governorateName !== null ? (
        <>
          {actorName !== null || roundName !== null ? (
            <span className="filter-pills__and" data-testid="pills-combined-governorate">
              {t('app.pills.in')}
            </span>
          ) : null}
          <Pill
            kind="app.pills.governorate"
            clear="app.pills.clearGovernorate"
            testId="governorate-pill"
            name={governorateName}
            title={t('app.pills.governorateTitle', { name: governorateName })}
            onClear={() => selectGovernorate(null)}
          />
        </>
      ) : null}
    </div>
  );
}

function Pill({
  kind,
  clear,
  testId,
  name,
  title,
  onClear,
}: {
  /** What is selected ("Actor"). */
  kind: MessageKey;
  /** The clear button's name, with a `{name}`. */
  clear: MessageKey;
  testId: string;
  name: string;
  title?: string;
  onClear: () => void;
}) {
  return (
    <span className="filter-pill" data-testid={testId}>
      {t(kind)}:{' '}
      <span className="filter-pill__name" title={title ?? name}>
        {name}
      </span>
      <button type="button" onClick={onClear} aria-label={t(clear, { name })}>
        {t('app.pills.clear')}
      </button>
    </span>
  );
}
