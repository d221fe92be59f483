import { useDatasetFile } from '@/data/queries';
import { useFiltersStore } from '@/stores/filters';

/** The selections that narrow every panel beyond the date range, each with a clear button. */
export function FilterPills() {
  const actorId = useFiltersStore((s) => s.actorId);
  const selectActor = useFiltersStore((s) => s.selectActor);
  const actors = useDatasetFile('actors');
  if (!actorId) return null;
  const actor = actors.data?.actors.find((a) => a.id === actorId);
  const name = actor?.name ?? (actors.data ? `unknown actor “${actorId}”` : actorId);
  return (
    <div className="filter-pills" role="group" aria-label="Active selections">
      <span className="filter-pill" data-testid="actor-pill">
        Actor:{' '}
        <span className="filter-pill__name" title={name}>
          {name}
        </span>
        <button
          type="button"
          onClick={() => selectActor(null)}
          aria-label={`Clear actor selection (${name})`}
        >
          Clear
        </button>
      </span>
    </div>
  );
}
