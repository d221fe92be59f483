import { useCallback, useEffect, useRef, useState } from 'react';
import { OwnEventText } from '@/data/own-event-text';
import type { OwnLayer } from '@/data/own-events';
import { useDatasetFile } from '@/data/queries';
import { currentLanguage } from '@/i18n/language';
import { t, translate } from '@/i18n/t';
import { formatDate } from '@/lib/format';
import { useAfterFirstPaint } from '@/lib/use-after-first-paint';
import { useOwnEventsStore } from '@/stores/own-events';
import type { ColumnMapping, FormatId } from './formats';
import { layoutLabel } from './layout-names';
import type { Problem } from '@/data/own-events';
import type { FromWorker, ToWorker } from './protocol';
import type { PlaceCoordinates } from './read-json';
import type { TablePeek } from './table-import';

/** Where an import stands, as the dialog shows it. */
export type ImportPhase =
  | { phase: 'idle' }
  | { phase: 'reading'; file: File }
  | { phase: 'mapping'; file: File; peek: TablePeek }
  /** `format`: the layout's name as the layer keeps it (English; see layoutShown). */
  | { phase: 'importing'; file: File; format: string; rows: number; bytes: number }
  | { phase: 'done'; layer: OwnLayer }
  | { phase: 'failed'; fileName?: string; problem: Problem };

/**
 * The citation each layout's publisher asks for, carried into every export with the layer: in
 * English, as the publishers word it (and as kept with the layer from visit to visit); see
 * citationShown for the analyst's own.
 */
export function citationFor(format: FormatId | 'json', file: File): string {
  const dated = new Date(file.lastModified).toISOString().slice(0, 10);
  switch (format) {
    case 'acled':
      return `Armed Conflict Location & Event Data (ACLED), www.acleddata.com; data as exported in ${file.name}, file dated ${dated}.`;
    case 'ucdp-ged':
      return `Uppsala Conflict Data Program (UCDP), Georeferenced Event Dataset (GED), ucdp.uu.se; Sundberg, Ralph and Erik Melander (2013), 'Introducing the UCDP Georeferenced Event Dataset', Journal of Peace Research 50(4): 523–532. File ${file.name}.`;
    default:
      return translate('en', 'ownEvents.citation.own', { file: file.name, date: dated });
  }
}

const OWN_CITATION = /^The analyst's own file (.*), dated (\d{4}-\d{2}-\d{2})\.$/s;

/**
 * A layer's citation as shown: the analyst's own file's in the language shown (its file name
 * apart, as written); a publisher's as the publisher words it, in English.
 */
export function citationShown(
  citation: string,
): { english: true; text: string } | { english: false; text: string; file: string } {
  const own = OWN_CITATION.exec(citation);
  if (!own || currentLanguage() === 'en') return { english: true, text: citation };
  return {
    english: false,
    file: own[1]!,
    text: t('ownEvents.citation.own', { date: formatDate(own[2]!) }),
  };
}

function newWorker(): Worker {
  return new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
}

/**
 * Loading a file of events: read its header in the worker, ask for the columns when the layout
 * is not recognised, import it in the worker with progress, then hand the layer to the store.
 */
export function useEventImport() {
  const [state, setState] = useState<ImportPhase>({ phase: 'idle' });
  const worker = useRef<Worker | null>(null);
  // The text worker of the import under way, until the layer it belongs to takes it; or, for a
  // restore, only the page's end of the text's channel: a text worker is started only when there
  // is a kept layer to hold.
  const text = useRef<OwnEventText | MessagePort | null>(null);
  const places = useDatasetFile('places');
  const setLayer = useOwnEventsStore((s) => s.setLayer);

  const stop = useCallback(() => {
    worker.current?.terminate();
    worker.current = null;
    text.current?.close();
    text.current = null;
  }, []);
  /** The import's text worker, for its layer: no longer stopped with the import. */
  const takeText = () => {
    const current = text.current!;
    text.current = null;
    return current instanceof OwnEventText ? current : new OwnEventText(current);
  };
  useEffect(() => stop, [stop]);

  /**
   * Starts a worker on a message. A message made from a port opens a channel for the events'
   * text, which the import worker sends through that port to a text worker: started at once for
   * an import (the text never waits on the page), on taking the layer for a restore.
   */
  const talk = useCallback(
    (
      message: ToWorker | ((textPort: MessagePort) => ToWorker),
      onMessage: (reply: FromWorker, w: Worker) => void,
      { startText = true } = {},
    ) => {
      stop();
      const w = newWorker();
      worker.current = w;
      w.onmessage = (e: MessageEvent<FromWorker>) => onMessage(e.data, w);
      w.onerror = (e) => {
        stop();
        // A restore that failed has still looked for the kept layer.
        useOwnEventsStore.getState().settle();
        setState({
          phase: 'failed',
          problem: e.message
            ? { key: 'ownEvents.problem.stopped', params: { error: { own: e.message } } }
            : { key: 'ownEvents.problem.workerFailed' },
        });
      };
      if (typeof message === 'function') {
        const channel = new MessageChannel();
        text.current = startText ? new OwnEventText(channel.port2) : channel.port2;
        w.postMessage(message(channel.port1), [channel.port1]);
      } else w.postMessage(message);
    },
    [stop],
  );

  const runImport = useCallback(
    (file: File, format: FormatId | 'json', label: string, mapping?: ColumnMapping) => {
      const coordinates: Record<string, readonly [number, number]> = {};
      for (const p of places.data?.places ?? []) coordinates[p.id] = [p.lat, p.lon];
      setState({ phase: 'importing', file, format: label, rows: 0, bytes: 0 });
      const citation = citationFor(format, file);
      talk(
        (textPort) => ({
          kind: 'import',
          file,
          mapping,
          keepOutside: true,
          places: coordinates as PlaceCoordinates,
          format: label,
          citation,
          textPort,
        }),
        (reply) => {
          if (reply.kind === 'progress')
            setState({
              phase: 'importing',
              file,
              format: label,
              rows: reply.rows,
              bytes: reply.bytes,
            });
          else if (reply.kind === 'failed') {
            stop();
            setState({ phase: 'failed', fileName: file.name, problem: reply.problem });
          } else if (reply.kind === 'done') {
            const layerText = takeText();
            stop();
            const layer: OwnLayer = {
              fileName: file.name,
              fileSize: file.size,
              format: label,
              citation,
              importedAt: reply.importedAt,
              table: reply.table,
              text: layerText,
              types: reply.types,
              report: reply.report,
              sha256: reply.sha256,
              keptError: reply.keptError,
              summary: reply.summary,
            };
            if (reply.table.length > 0) setLayer(layer);
            else layerText.close();
            setState({ phase: 'done', layer });
          }
        },
      );
    },
    [places.data, setLayer, stop, talk],
  );

  /** Reads a picked or dropped file's header, then imports it or asks for its columns. */
  const open = useCallback(
    (file: File) => {
      setState({ phase: 'reading', file });
      talk({ kind: 'peek', file }, (reply) => {
        if (reply.kind === 'failed') {
          stop();
          setState({ phase: 'failed', fileName: file.name, problem: reply.problem });
        } else if (reply.kind === 'peeked-json') {
          runImport(file, 'json', layoutLabel({ format: 'json' }, 'en'));
        } else if (reply.kind === 'peeked') {
          const { recognised } = reply.peek;
          if (recognised.mapping === null) setState({ phase: 'mapping', file, peek: reply.peek });
          else if (recognised.missing.length > 0)
            setState({
              phase: 'failed',
              fileName: file.name,
              problem: {
                key: 'ownEvents.problem.layoutLacks',
                params: {
                  file: { own: file.name },
                  layout: { layout: layoutLabel(recognised.layout, 'en') },
                  columns: { columns: recognised.missing },
                },
              },
            });
          else
            runImport(
              file,
              recognised.format,
              layoutLabel(recognised.layout, 'en'),
              recognised.mapping,
            );
        }
      });
    },
    [runImport, stop, talk],
  );

  // Once the page has painted: the layer kept from an earlier visit, read in the worker.
  const painted = useAfterFirstPaint('idle');
  useEffect(() => {
    if (!painted) return;
    talk(
      (textPort) => ({ kind: 'restore', textPort }),
      (reply) => {
        if (reply.kind !== 'restored' && reply.kind !== 'failed') return;
        const store = useOwnEventsStore.getState();
        if (reply.kind === 'restored' && reply.meta && reply.table && reply.table.length > 0) {
          const layerText = takeText();
          stop();
          store.restore({
            ...reply.meta,
            table: reply.table,
            text: layerText,
            keptError: null,
            summary: reply.summary,
          });
        } else {
          stop();
          store.settle();
        }
      },
      // Most visits have no kept layer: no text worker until one is found.
      { startText: false },
    );
  }, [painted, talk, stop]);

  /** Stops any import and closes the dialog (Cancel, Close and Escape alike). */
  const close = useCallback(() => {
    stop();
    setState({ phase: 'idle' });
  }, [stop]);

  return {
    state,
    open,
    /** Imports a table of another layout with the analyst's mapping. */
    importMapped: (file: File, mapping: ColumnMapping) =>
      runImport(file, 'other', layoutLabel({ format: 'other' }, 'en'), mapping),
    close,
  };
}

export type EventImport = ReturnType<typeof useEventImport>;
