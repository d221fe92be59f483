import { useState } from 'react';
import { formatSpan, pluralize } from '@/lib/format';
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
  const { events } = layer;
  const first = events[0]?.date;
  const last = events.reduce(
    (max, e) => ((e.endDate ?? e.date) > max ? (e.endDate ?? e.date) : max),
    '',
  );
  return (
    <section className="own-layer" aria-label="Your events" data-testid="own-layer">
      <p className="own-layer__line">
        <span className="own-layer__swatch" aria-hidden="true" />
        <strong>Your events:</strong> {layer.format}, {pluralize(events.length, 'event')}
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
