import { richMessage } from '@/i18n/rich';
import { problemLines } from '@/data/problems';
import { useDatasetFile } from '@/data/queries';
import { t } from '@/i18n/t';
import { formatDate } from '@/lib/format';

/** Dataset version, as-of date, licence and the size of the source catalogue. */
export function Footer() {
  const meta = useDatasetFile('meta');
  return (
    <footer className="app-footer">
      {meta.data ? (
        <p>
          {richMessage('app.footer.dataset', {
            version: <strong>{meta.data.datasetVersion}</strong>,
            date: <time dateTime={meta.data.asOf}>{formatDate(meta.data.asOf)}</time>,
            sources: t('app.footer.sources', { count: meta.data.sources.length }),
            licence: (
              <a href={meta.data.licence.url} target="_blank" rel="noopener noreferrer">
                {meta.data.licence.name}
              </a>
            ),
          })}
        </p>
      ) : meta.error ? (
        <div role="alert" className="app-footer__error">
          <p>{richMessage('app.footer.error', { error: <ErrorSummary error={meta.error} /> })}</p>
          <button type="button" className="button" onClick={meta.refetch}>
            {t('app.reload')}
          </button>
        </div>
      ) : (
        <p>{t('app.footer.loading')}</p>
      )}
      <p className="app-footer__note">{t('app.footer.note')}</p>
    </footer>
  );
}

/** The error's first problem, as the dataset's checks word it (English), and how many follow. */
function ErrorSummary({ error }: { error: Error }) {
  const [first = '', ...rest] = problemLines(error);
  const problem = (
    <code lang="en" dir="ltr">
      {first}
    </code>
  );
  if (rest.length === 0) return problem;
  return <>{richMessage('app.footer.moreProblems', { problem, count: rest.length })}</>;
}
