import './own-events.css';
import { useEffect, useRef, useState } from 'react';
import { formatNumber } from '@/lib/format';
import { useModalLayer } from '@/lib/use-modal-layer';
import { ImportReportView } from './ImportReportView';
import { MappingForm } from './MappingForm';
import { formatBytes } from './read-file';
import { useEventImport, type EventImport } from './use-event-import';
import { useOwnFileLink } from './use-own-file-link';

/** The files the picker offers: tables, gzipped tables and the dashboard's events.json. */
const ACCEPT =
  '.csv,.tsv,.txt,.gz,.json,text/csv,text/tab-separated-values,application/gzip,application/json';

/**
 * "Load your events": a file picker in the header, and a drop anywhere on the page, for an
 * ACLED or UCDP export or any table of events; the import runs in a worker, with its progress,
 * report and, for another layout, the choice of columns in a dialog.
 */
export function LoadEvents() {
  const importer = useEventImport();
  const input = useRef<HTMLInputElement>(null);
  const dragging = useFileDrag(importer.open);
  useOwnFileLink();
  return (
    <>
      <button
        type="button"
        className="button button--quiet"
        aria-label="Load your events"
        title="Load your own events: an ACLED or UCDP export, or any CSV of events (or drop the file on the page)"
        onClick={() => input.current?.click()}
      >
        Your events
      </button>
      <input
        ref={input}
        type="file"
        accept={ACCEPT}
        hidden
        data-testid="own-events-input"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) importer.open(file);
        }}
      />
      {dragging ? (
        <div className="own-drop" aria-hidden="true">
          <p>Drop a CSV, TSV, .csv.gz or events.json file to load your events</p>
        </div>
      ) : null}
      {importer.state.phase !== 'idle' ? <ImportDialog importer={importer} /> : null}
    </>
  );
}

/** Whether files are being dragged over the page; a drop of one opens it. */
function useFileDrag(onFile: (file: File) => void): boolean {
  const [dragging, setDragging] = useState(false);
  const open = useRef(onFile);
  useEffect(() => {
    open.current = onFile;
  });
  useEffect(() => {
    let depth = 0;
    const hasFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') ?? false;
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth += 1;
      setDragging(true);
    };
    const leave = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const over = (e: DragEvent) => {
      if (hasFiles(e)) e.preventDefault();
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setDragging(false);
      const file = e.dataTransfer?.files[0];
      if (file) open.current(file);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, []);
  return dragging;
}

function ImportDialog({ importer }: { importer: EventImport }) {
  const layer = useRef<HTMLDivElement>(null);
  const { state } = importer;
  useModalLayer(layer, importer.close);
  useEffect(() => {
    // The first choice, or the button that closes: never one that changes the data (Enter on
    // "Drop the events outside Syria" would drop them).
    layer.current?.querySelector<HTMLElement>('select, [data-autofocus]')?.focus();
  }, [state.phase]);
  const title =
    state.phase === 'failed'
      ? `${state.fileName ?? 'The file'} could not be loaded`
      : state.phase === 'done'
        ? `Loaded: ${state.layer.fileName}`
        : state.phase === 'idle'
          ? ''
          : `Loading ${state.file.name}`;
  return (
    <div className="own-dialog__backdrop" ref={layer}>
      <section
        className="own-dialog"
        role="dialog"
        aria-modal="true"
        aria-label={title}
        data-testid="own-import"
        data-phase={state.phase}
      >
        <h2 className="own-dialog__title">{title}</h2>
        {state.phase === 'reading' ? <p>Reading the header…</p> : null}
        {state.phase === 'mapping' ? (
          <MappingForm
            peek={state.peek}
            onImport={(mapping) => importer.importMapped(state.file, mapping)}
            onCancel={importer.close}
          />
        ) : null}
        {state.phase === 'importing' ? (
          <>
            <p>{state.format}</p>
            <progress
              className="own-dialog__progress"
              max={state.file.size}
              value={Math.min(state.bytes, state.file.size)}
              aria-label="Import progress"
            />
            <p data-testid="own-progress">
              {formatNumber(state.rows)} rows read · {formatBytes(state.bytes)} of{' '}
              {formatBytes(state.file.size)}
            </p>
            <div className="own-dialog__actions">
              <button
                type="button"
                className="button button--quiet"
                data-autofocus
                onClick={importer.close}
              >
                Cancel the import
              </button>
            </div>
          </>
        ) : null}
        {state.phase === 'done' ? <ImportReportView layer={state.layer} /> : null}
        {state.phase === 'failed' ? (
          <>
            <p className="state state--error" role="alert">
              {state.message}
            </p>
            <p>The dashboard and any events loaded before are as they were.</p>
          </>
        ) : null}
        {state.phase === 'done' || state.phase === 'failed' ? (
          <div className="own-dialog__actions">
            <button type="button" className="button" data-autofocus onClick={importer.close}>
              Close
            </button>
          </div>
        ) : null}
      </section>
    </div>
  );
}
