import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { exportsInPageOrder, useExportRegistry } from '@/components/export-registry';
import { SegmentedControl } from '@/components/SegmentedControl';
import { useDatasetFiles } from '@/data/queries';
import { t } from '@/i18n/t';
import type { DateRange } from '@/lib/dates';
import { loadExporter } from '@/lib/export/load-exporter';
import { useModalLayer } from '@/lib/use-modal-layer';
import { useFiltersStore } from '@/stores/filters';
import { permalinkOf } from '@/stores/url-sync';
import { panelAreas, type PanelArea } from '@/stores/view-state';
import { PAPERS, type BriefFigure, type Paper } from './brief-content';
import { BriefDocument } from './BriefDocument';
import './brief.css';

/** A paper's name: A4 is ISO 216's name in every language. */
function paperName(paper: Paper): string {
  return paper === 'a4' ? 'A4' : t('brief.paper.letter');
}

/**
 * The current view laid out as a printed brief (A4 or Letter, portrait): title, range,
 * selection, what the range holds, every panel as its exports draw it (vector images), the
 * tracker's progress table, the sources of everything shown, the dataset version and the
 * permalink. Shown over the page as a preview; "Print / Save as PDF" opens the browser's print
 * dialog, which prints the brief alone (brief.css). Its code loads when the brief is first
 * asked for (or once the panels have painted).
 */
export default function Brief({ onClose }: { onClose: () => void }) {
  const files = useDatasetFiles(['meta', 'actors', 'meetings', 'events', 'statistics']);
  // The view as it was when the brief was asked for; the page behind does not change it.
  const [view] = useState(() => {
    const { range, actorId, roundId, governorate } = useFiltersStore.getState();
    return {
      range,
      actorId,
      roundId,
      governorate,
      permalink: pinnedLink(range),
      madeAt: new Date(),
    };
  });
  const [paper, setPaper] = useState<Paper>('a4');
  const [figures, setFigures] = useState<BriefFigure[] | null>(null);
  const [sourceIds, setSourceIds] = useState<readonly string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const printButton = useRef<HTMLButtonElement>(null);
  const layer = useRef<HTMLDivElement>(null);
  useModalLayer(layer, onClose);

  useEffect(() => {
    let cancelled = false;
    const urls: string[] = [];
    (async () => {
      await chartsDrawnFor(view.range);
      const exporter = await loadExporter();
      const entries = exportsInPageOrder(useExportRegistry.getState().exports);
      const made: BriefFigure[] = [];
      for (const entry of entries) {
        const image = await entry.image(exporter, { forBrief: true });
        if (!image || cancelled) continue;
        const url = URL.createObjectURL(new Blob([image.svg], { type: 'image/svg+xml' }));
        urls.push(url);
        made.push({
          area: areaOf(entry.element()),
          title: entry.title,
          url,
          width: image.width,
          height: image.height,
          note: image.note,
          sourceIds: entry.sourceIds(),
        });
      }
      // Every image decoded before the brief says it is ready, so that it prints whole.
      await Promise.all(made.map((f) => decoded(f.url)));
      if (cancelled) return;
      // Every source behind an export on the page, the figures' own among them.
      setSourceIds(entries.flatMap((e) => e.sourceIds()));
      setFigures(made);
    })().catch((e: unknown) => {
      if (!cancelled) setError(e instanceof Error ? e.message : String(e));
    });
    return () => {
      cancelled = true;
      for (const url of urls) URL.revokeObjectURL(url);
    };
  }, [view.range]);

  useEffect(() => {
    if (figures) printButton.current?.focus();
  }, [figures]);

  const ready = figures !== null && files.status === 'success';
  return createPortal(
    <div
      ref={layer}
      className="brief-layer"
      role="dialog"
      aria-modal="true"
      aria-label={t('brief.button.label')}
    >
      <div className="brief-toolbar">
        <p className="brief-toolbar__status" role="status">
          {error
            ? t('brief.status.failed', { error })
            : ready
              ? t('brief.status.ready', { count: figures.length })
              : t('brief.status.preparing')}
        </p>
        <SegmentedControl
          small
          label={t('brief.paper.label')}
          options={PAPERS.map((value) => ({ value, label: paperName(value) }))}
          value={paper}
          onChange={setPaper}
        />
        <button
          ref={printButton}
          type="button"
          className="button"
          disabled={!ready}
          onClick={() => window.print()}
        >
          {t('brief.print')}
        </button>
        <button type="button" className="button button--quiet" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
      {ready ? (
        <BriefDocument
          data={files.data}
          view={view}
          paper={paper}
          figures={figures}
          sourceIds={sourceIds}
        />
      ) : null}
    </div>,
    document.body,
  );
}

/**
 * The view's link with its dates written out even when they are the default range, so that
 * the printed link opens the same dates after the dataset has been updated.
 */
function pinnedLink(range: DateRange): string {
  const url = new URL(permalinkOf());
  url.searchParams.set('from', range.from);
  url.searchParams.set('to', range.to);
  return url.toString();
}

/** The panel an export menu sits in. */
function areaOf(element: HTMLElement | null): PanelArea | null {
  const area = element?.closest('[data-area]')?.getAttribute('data-area');
  return panelAreas.find((a) => a === area) ?? null;
}

/** Resolves once every chart, those scrolled out of view too, is drawn for the range. */
function chartsDrawnFor(range: DateRange): Promise<void> {
  const drawn = `${range.from}..${range.to}`;
  const done = () =>
    [...document.querySelectorAll('[data-drawn-range]')].every(
      (el) => el.getAttribute('data-drawn-range') === drawn,
    );
  return new Promise((resolve) => {
    if (done()) return resolve();
    const observer = new MutationObserver(() => {
      if (!done()) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(document.body, {
      subtree: true,
      attributes: true,
      attributeFilter: ['data-drawn-range'],
    });
  });
}

/** Resolves once the image at `url` is decoded (or has failed, which the image then shows). */
function decoded(url: string): Promise<void> {
  const image = new Image();
  image.src = url;
  return image.decode().catch(() => undefined);
}
