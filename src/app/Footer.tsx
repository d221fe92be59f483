import { useDatasetFile } from '@/data/queries';
import { formatDate } from '@/lib/format';

/** Dataset version, as-of date, licence and the size of the source catalogue. */
export function Footer() {
  const meta = useDatasetFile('meta');
  return (
    <footer className="app-footer">
      {meta.data ? (
        <p>
          Dataset <strong>{meta.data.datasetVersion}</strong>, as of{' '}
          <time dateTime={meta.data.asOf}>{formatDate(meta.data.asOf)}</time> ·{' '}
          {meta.data.sources.length} public sources ·{' '}
          <a href={meta.data.licence.url} target="_blank" rel="noopener noreferrer">
            {meta.data.licence.name}
          </a>
        </p>
      ) : meta.error ? (
        <div role="alert" className="app-footer__error">
          <p>
            Dataset information and source links unavailable (sources are shown by id):{' '}
            <code>{meta.error.message}</code>
          </p>
          <button type="button" className="button" onClick={meta.refetch}>
            Reload
          </button>
        </div>
      ) : (
        <p>Loading dataset information…</p>
      )}
      <p className="app-footer__note">
        Every figure links to its public source. Runs entirely from this site: no request leaves it.
      </p>
    </footer>
  );
}
