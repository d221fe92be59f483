import { useState } from 'react';
import { isoOfDayNumber } from '@/lib/dates';
import { t } from '@/i18n/t';
import { formatSpan } from '@/lib/format';
import { summaryOf } from '@/data/own-events';
import { useOwnEventsStore } from '@/stores/own-events';
import { layoutShown } from './layout-names';
import { ImportReportView } from './ImportReportView';
import { Own } from './ProblemMessage';
import { richMessage } from '@/i18n/rich';

/**
 * The loaded file, named for what it is ("Your events: UCDP GED (49 columns), 16,566 events,
 * 1 Jan 2016 – 30 Nov 2019, file ged_syria.csv"), with its report, a switch to hide it and a
 * button that removes it.
 */
export function OwnLayerBar() {
  const layer = useOwnEventsStore((s) => s.layer);
  const visible = useOwnEventsStore((s) => s.visible);
  const setVisible = useOwnEventsStore((s) => s.setVisible);
  const remove = useOwnEventsStore((s) => s.remove);
  const [reportOpen, setReportOpen] = useState(false);
  if (!layer) return null;
  const { table } = layer;
  const first = table.length > 0 ? isoOfDayNumber(table.day[0]!) : undefined;
  const { last } = summaryOf(layer);
  return (
    <section className="own-layer" aria-label={t('ownEvents.layer.label')} data-testid="own-layer">
      <p className="own-layer__line">
        <span className="own-layer__swatch" aria-hidden="true" />
        <strong>{t('ownEvents.layer.title')}</strong>{' '}
        {richMessage(first ? 'ownEvents.layer.line' : 'ownEvents.layer.lineNoDates', {
          format: layoutShown(layer.format),
          events: t('ownEvents.layer.events', { count: table.length }),
          span: first ? formatSpan(first, last) : '',
          file: <Own>{layer.fileName}</Own>,
        })}
        {visible ? '' : ` ${t('ownEvents.layer.hidden')}`}
      </p>
      <div className="own-layer__actions">
        <button
          type="button"
          className="button button--quiet"
          aria-pressed={!visible}
          onClick={() => setVisible(!visible)}
        >
          {visible ? t('ownEvents.layer.hide') : t('ownEvents.layer.show')}
        </button>
        <button
          type="button"
          className="button button--quiet"
          aria-expanded={reportOpen}
          onClick={() => setReportOpen(!reportOpen)}
        >
          {t('ownEvents.layer.report')}
        </button>
        <button
          type="button"
          className="button button--quiet"
          aria-label={t('ownEvents.layer.removeLabel', { file: layer.fileName })}
          onClick={remove}
        >
          {t('ownEvents.layer.remove')}
        </button>
      </div>
      {reportOpen ? <ImportReportView layer={layer} /> : null}
    </section>
  );
}

/**
 * Said when a link (or a saved view) was made with the analyst's file and that file is not
 * loaded here: the view is shown without it, and the notice says how to add it.
 */
export function OwnFileNotice() {
  const missing = useOwnEventsStore((s) => s.missingFile);
  const loaded = useOwnEventsStore((s) => s.layer);
  const dismiss = useOwnEventsStore((s) => s.setMissingFile);
  if (!missing) return null;
  return (
    <div className="notice" role="status" aria-live="polite" data-testid="own-file-notice">
      <div>
        <p className="notice__title">{t('ownEvents.notice.title')}</p>
        <p>
          {richMessage(
            missing.sha
              ? loaded
                ? 'ownEvents.notice.otherFileSha'
                : 'ownEvents.notice.notLoadedSha'
              : loaded
                ? 'ownEvents.notice.otherFile'
                : 'ownEvents.notice.notLoaded',
            {
              file: <Own>{missing.name}</Own>,
              sha: <Own>{missing.sha}</Own>,
              loaded: <Own>{loaded?.fileName}</Own>,
              button: t('ownEvents.load.button'),
              hash: <Own>SHA-256</Own>,
            },
          )}
        </p>
      </div>
      <button type="button" className="button button--quiet" onClick={() => dismiss(null)}>
        {t('ownEvents.notice.dismiss')}
      </button>
    </div>
  );
}
