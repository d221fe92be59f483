import { useState } from 'react';
import { isoOfDayNumber } from '@/lib/dates';
import { formatSpan, pluralize } from '@/lib/format';
import { summaryOf } from '@/data/own-events';
import { useOwnEventsStore } from '@/stores/own-events';
import { ImportReportView } from './ImportReportView';

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
    <section className="own-layer" aria-label="Your events" data-testid="own-layer">
      <p className="own-layer__line">
        <span className="own-layer__swatch" aria-hidden="true" />
        <strong>Your events:</strong> {layer.format}, {pluralize(table.length, 'event')}
        {first ? `, ${formatSpan(first, last)}` : ''}, file {layer.fileName}
        {visible ? '' : ' (hidden)'}
      </p>
      <div className="own-layer__actions">
        <button
          type="button"
          className="button button--quiet"
          aria-pressed={!visible}
          onClick={() => setVisible(!visible)}
        >
          {visible ? 'Hide' : 'Show'}
        </button>
        <button
          type="button"
          className="button button--quiet"
          aria-expanded={reportOpen}
          onClick={() => setReportOpen(!reportOpen)}
        >
          Import report
        </button>
        <button
          type="button"
          className="button button--quiet"
          aria-label={`Remove your events (${layer.fileName})`}
          onClick={remove}
        >
          Remove
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
        <p className="notice__title">This view was made with your own events loaded</p>
        <p>
          It showed the events of the file {missing.name}
          {missing.sha ? ` (SHA-256 beginning ${missing.sha})` : ''}, which{' '}
          {loaded
            ? `is not the file loaded here (${loaded.fileName})`
            : 'is not loaded in this browser'}
          . Files never leave the browser they were loaded in: load it with “Your events” to see
          them beside the dashboard’s data.
        </p>
      </div>
      <button type="button" className="button button--quiet" onClick={() => dismiss(null)}>
        Dismiss
      </button>
    </div>
  );
}
