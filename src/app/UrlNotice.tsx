import { t } from '@/i18n/t';
import { useFiltersStore } from '@/stores/filters';
import { urlProblemInLanguageShown } from '@/stores/url-state';

/** Says which parts of the opened link were ignored and what is shown instead. */
export function UrlNotice() {
  const problems = useFiltersStore((s) => s.urlProblems);
  const dismiss = useFiltersStore((s) => s.dismissUrlProblems);
  if (problems.length === 0) return null;
  return (
    <div className="notice" role="status" aria-live="polite">
      <div>
        <p className="notice__title">{t('app.urlNotice.title')}</p>
        <ul>
          {problems.map((p) => (
            <li key={p}>{urlProblemInLanguageShown(p)}</li>
          ))}
        </ul>
      </div>
      <button type="button" className="button button--quiet" onClick={dismiss}>
        {t('app.urlNotice.dismiss')}
      </button>
    </div>
  );
}
