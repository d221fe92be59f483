import './own-events.css';
import { useEffect, useId, useRef, useState } from 'react';
import { t, type MessageKey } from '@/i18n/t';
import { useModalLayer } from '@/lib/use-modal-layer';
import { layoutShown } from './layout-names';
import { ImportReportView } from './ImportReportView';
import { MappingForm } from './MappingForm';
import { Own, ProblemMessage } from './ProblemMessage';
import { richMessage } from '@/i18n/rich';
import { formatBytes } from './problem-text';
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
        aria-label={t('ownEvents.load.label')}
        title={t('ownEvents.load.title')}
        onClick={() => input.current?.click()}
      >
        {t('ownEvents.load.button')}
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
          <p>
            {richMessage('ownEvents.load.drop', {
              gz: <FileKind>.csv.gz</FileKind>,
              json: <FileKind>events.json</FileKind>,
            })}
          </p>
        </div>
      ) : null}
      {importer.state.phase !== 'idle' ? <ImportDialog importer={importer} /> : null}
    </>
  );
}

/** A kind of file by its name's ending, as written whatever the language. */
function FileKind({ children }: { children: string }) {
  return (
    <bdi dir="ltr" translate="no">
      {children}
    </bdi>
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
  // The title names the analyst's file: as written, in the heading as in the dialog's name.
  const [titleKey, fileName]: [MessageKey | null, string | undefined] =
    state.phase === 'failed'
      ? [
          state.fileName ? 'ownEvents.dialog.failed' : 'ownEvents.dialog.failedNoName',
          state.fileName,
        ]
      : state.phase === 'done'
        ? ['ownEvents.dialog.loaded', state.layer.fileName]
        : state.phase === 'idle'
          ? [null, undefined]
          : ['ownEvents.dialog.loading', state.file.name];
  const titleId = useId();
  return (
    <div className="own-dialog__backdrop" ref={layer}>
      <section
        className="own-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        data-testid="own-import"
        data-phase={state.phase}
      >
        <h2 id={titleId} className="own-dialog__title">
          {titleKey ? richMessage(titleKey, { file: <Own>{fileName}</Own> }) : null}
        </h2>
        {state.phase === 'reading' ? <p>{t('ownEvents.dialog.reading')}</p> : null}
        {state.phase === 'mapping' ? (
          <MappingForm
            peek={state.peek}
            onImport={(mapping) => importer.importMapped(state.file, mapping)}
            onCancel={importer.close}
          />
        ) : null}
        {state.phase === 'importing' ? (
          <>
            <p>{layoutShown(state.format)}</p>
            <progress
              className="own-dialog__progress"
              max={state.file.size}
              value={Math.min(state.bytes, state.file.size)}
              aria-label={t('ownEvents.dialog.progress')}
            />
            <p data-testid="own-progress">
              {t('ownEvents.dialog.progressText', {
                count: state.rows,
                read: formatBytes(state.bytes),
                size: formatBytes(state.file.size),
              })}
            </p>
            <div className="own-dialog__actions">
              <button
                type="button"
                className="button button--quiet"
                data-autofocus
                onClick={importer.close}
              >
                {t('ownEvents.dialog.cancel')}
              </button>
            </div>
          </>
        ) : null}
        {state.phase === 'done' ? <ImportReportView layer={state.layer} /> : null}
        {state.phase === 'failed' ? (
          <>
            <p className="state state--error" role="alert">
              <ProblemMessage problem={state.problem} />
            </p>
            <p>{t('ownEvents.dialog.unchanged')}</p>
          </>
        ) : null}
        {state.phase === 'done' || state.phase === 'failed' ? (
          <div className="own-dialog__actions">
            <button type="button" className="button" data-autofocus onClick={importer.close}>
              {t('common.close')}
            </button>
          </div>
        ) : null}
      </section>
    </div>
  );
}
