import type { OwnLayer } from '@/data/own-events';
import { EnglishText } from '@/components/EnglishText';
import { t } from '@/i18n/t';
import { formatNumber } from '@/lib/format';
import { useOwnEventsStore } from '@/stores/own-events';
import { layoutShown } from './layout-names';
import { Own, RowReason } from './ProblemMessage';
import { richMessage, withSlots } from '@/i18n/rich';
import { citationShown } from './use-event-import';

/** What an import read, imported and skipped, and every skipped row with its reason. */
export function ImportReportView({ layer }: { layer: OwnLayer }) {
  const { report } = layer;
  const dropOutside = useOwnEventsStore((s) => s.dropOutside);
  const loaded = useOwnEventsStore((s) => s.layer);
  const isLoaded = loaded?.importedAt === layer.importedAt;
  const unlisted = report.problemCount - report.problems.length;
  return (
    <div className="own-report" data-testid="own-report">
      <p className="own-report__summary">
        {richMessage('ownEvents.report.summary', {
          imported: <strong>{t('ownEvents.report.events', { count: report.imported })}</strong>,
          rows: t('ownEvents.report.rowsOf', { count: report.rowsRead }),
          file: <Own>{layer.fileName}</Own>,
          format: layoutShown(layer.format),
          skipped: <strong>{formatNumber(report.skipped)}</strong>,
        })}
      </p>
      {report.outsideSyria > 0 ? (
        <p className="own-report__outside">
          {t(
            report.outsideKept ? 'ownEvents.report.outsideKept' : 'ownEvents.report.outsideDropped',
            {
              count: report.outsideSyria,
            },
          )}{' '}
          {report.outsideKept && isLoaded ? (
            <button type="button" className="button button--quiet" onClick={dropOutside}>
              {t('ownEvents.report.dropOutside')}
            </button>
          ) : null}
        </p>
      ) : null}
      {report.imported === 0 ? (
        <p className="state state--error" role="alert">
          {t('ownEvents.report.nothingImported')}
        </p>
      ) : null}
      {report.problemCount > 0 ? (
        <details open={report.problemCount <= 20}>
          <summary>{t('ownEvents.report.problemsSummary', { count: report.problemCount })}</summary>
          <ol className="own-report__problems" aria-label={t('ownEvents.report.problemsLabel')}>
            {report.problems.map((p) => (
              <li key={p.row}>
                {richMessage('ownEvents.report.problem', {
                  row: p.row,
                  reason: <RowReason problem={p} />,
                  column: <Own>{p.column}</Own>,
                })}
              </li>
            ))}
          </ol>
          {unlisted > 0 ? <p>{t('ownEvents.report.unlisted', { count: unlisted })}</p> : null}
        </details>
      ) : null}
      {layer.keptError ? (
        <p className="state state--warning" role="status">
          {richMessage('ownEvents.report.notKept', { error: <Own>{layer.keptError}</Own> })}
        </p>
      ) : (
        <p>{t('ownEvents.report.kept')}</p>
      )}
      <p className="own-report__citation">
        {richMessage('ownEvents.report.citeAs', {
          citation: <Citation citation={layer.citation} />,
        })}
        {layer.sha256
          ? richMessage('ownEvents.report.sha', {
              hash: <Own>SHA-256</Own>,
              sha: <Own>{layer.sha256}</Own>,
            })
          : null}
      </p>
    </div>
  );
}

/** A layer's citation: the publisher's in its English, the analyst's own file's in the language shown. */
function Citation({ citation }: { citation: string }) {
  const shown = citationShown(citation);
  if (shown.english) return <EnglishText>{shown.text}</EnglishText>;
  return <>{withSlots(shown.text, { file: <Own>{shown.file}</Own> })}</>;
}
