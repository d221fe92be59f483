import type { OwnLayer } from '@/data/own-events';
import { formatNumber, pluralize } from '@/lib/format';
import { useOwnEventsStore } from '@/stores/own-events';

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
        <strong>{pluralize(report.imported, 'event')}</strong> imported from{' '}
        {pluralize(report.rowsRead, 'row')} of {layer.fileName}, read as {layer.format};{' '}
        <strong>{formatNumber(report.skipped)}</strong> skipped.
      </p>
      {report.outsideSyria > 0 ? (
        <p className="own-report__outside">
          {pluralize(report.outsideSyria, 'row')} placed outside Syria:{' '}
          {report.outsideKept ? 'kept' : 'dropped'}.{' '}
          {report.outsideKept && isLoaded ? (
            <button type="button" className="button button--quiet" onClick={dropOutside}>
              Drop the events outside Syria
            </button>
          ) : null}
        </p>
      ) : null}
      {report.imported === 0 ? (
        <p className="state state--error" role="alert">
          No row could be imported, so nothing was added to the dashboard.
        </p>
      ) : null}
      {report.problemCount > 0 ? (
        <details open={report.problemCount <= 20}>
          <summary>{pluralize(report.problemCount, 'row')} not imported, and why</summary>
          <ol className="own-report__problems" aria-label="Rows not imported">
            {report.problems.map((p) => (
              <li key={p.row}>
                row {formatNumber(p.row)}: {p.reason} (column {p.column})
              </li>
            ))}
          </ol>
          {unlisted > 0 ? <p>… and {formatNumber(unlisted)} more, not listed.</p> : null}
        </details>
      ) : null}
      {layer.keptError ? (
        <p className="state state--warning" role="status">
          These events work for this visit but will not be kept after a reload: the browser did not
          let the dashboard store them ({layer.keptError}).
        </p>
      ) : (
        <p>Kept in this browser for your next visit, until you remove them.</p>
      )}
      <p className="own-report__citation">
        Cite as: {layer.citation}
        {layer.sha256 ? ` SHA-256 of the file: ${layer.sha256}.` : ''}
      </p>
    </div>
  );
}
