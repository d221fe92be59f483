import { useMemo } from 'react';
import { indexById, resolveSources } from '@/data/selectors';
import { useDatasetFile } from '@/data/queries';
import { formatDate } from '@/lib/format';

/**
 * The sources of a record, as links: "Publisher, Title, date". Without the catalogue (still
 * loading, or meta.json broken) the ids are shown, so a figure is never left unattributed.
 */
export function SourceLinks({ ids }: { ids: readonly string[] }) {
  const meta = useDatasetFile('meta');
  const catalogue = useMemo(
    () => (meta.data ? indexById(meta.data.sources) : undefined),
    [meta.data],
  );
  if (!catalogue) {
    return <span className="sources">Sources: {ids.join(', ')}</span>;
  }
  const sources = resolveSources(ids, catalogue);
  return (
    <span className="sources">
      <span className="sources__label">{sources.length === 1 ? 'Source' : 'Sources'}: </span>
      {sources.map((source, i) => (
        <span key={source.id}>
          {i > 0 ? '; ' : null}
          <a href={source.url} target="_blank" rel="noopener noreferrer" title={source.title}>
            {source.publisher}
          </a>
          , <cite>{source.title}</cite>, {formatDate(source.date)}
        </span>
      ))}
    </span>
  );
}
