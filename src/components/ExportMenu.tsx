import { useEffect, useId, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { loadedDatasetFile } from '@/data/queries';
import { indexById } from '@/data/selectors';
import { datasetLine, recordNames } from '@/data/use-record-names';
import { t, type MessageKey } from '@/i18n/t';
import { formatRange } from '@/lib/format';
import { loadExporter } from '@/lib/export/load-exporter';
import { exportFileStem } from '@/lib/export/text-layout';
import { useFiltersStore } from '@/stores/filters';
import { permalinkOf } from '@/stores/url-sync';
import type { ExportInfo, LegendItem } from '@/lib/export/types';
import {
  useExportRegistry,
  type ComposedImage,
  type DrawingOptions,
  type ExportFile,
} from './export-registry';

interface ExportMenuProps {
  /** The chart title, as it should read on the exported image. */
  title: string;
  /** What the file is, for its name: "deaths-by-source" → deaths-by-source_2015-09-30_2021-10-22.png. */
  fileName: string;
  /** The chart's `<svg>`; image buttons are left out when this and `renderChart` are absent. */
  getChart?: () => SVGSVGElement | null;
  /**
   * For a chart whose image is drawn apart from the screen (with keys and a list the screen has
   * no room for): renders that drawing, passes its `<svg>` to `save`, and removes it after.
   * Used instead of `getChart` when given.
   */
  renderChart?: (
    save: (chart: SVGSVGElement) => Promise<void>,
    options: DrawingOptions,
  ) => Promise<void>;
  /** A line for the image's header, read on export: what else the view has open. */
  details?: () => string | undefined;
  legend?: readonly LegendItem[];
  /** Source ids behind the chart, for the source line; a function is only called on export. */
  sourceIds: readonly string[] | (() => readonly string[]);
  /** Who produced the figures (e.g. SOHR, UNHCR), named first in the source line. */
  publishers?: readonly string[];
  /** The chart's data as CSV; the CSV button is left out when absent. */
  csv?: () => string;
  note?: string;
}

/**
 * "Download PNG", "Download SVG" and "Download CSV" for a chart. Every image carries title,
 * range, selection, sources, dataset version and the permalink of the view.
 */
export function ExportMenu({
  title,
  fileName,
  getChart,
  renderChart,
  details,
  legend,
  sourceIds,
  publishers,
  csv,
  note,
}: ExportMenuProps) {
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const info = useExportInfo(title, fileName, sourceIds, note, legend, publishers, details);
  const element = useRef<HTMLDivElement>(null);

  // What "Download all" takes from this menu: the files its buttons give, made from the props
  // of the latest render.
  const latest = useRef({ info, getChart, renderChart, csv, sourceIds });
  useEffect(() => {
    latest.current = { info, getChart, renderChart, csv, sourceIds };
  });
  const id = useId();
  const register = useExportRegistry((s) => s.register);
  useEffect(
    () =>
      register(id, {
        element: () => element.current,
        sourceIds: () => {
          const ids = latest.current.sourceIds;
          return typeof ids === 'function' ? ids() : ids;
        },
        title,
        image: async (exporter, options) => {
          const { info: about } = latest.current.info();
          // The brief prints the note as text under the image, and the sources, dataset and
          // permalink once for all its figures: its images leave them out.
          const info = options?.forBrief
            ? { ...about, note: undefined, sourceLine: '', datasetLine: '', permalink: '' }
            : about;
          let composed: ComposedImage | null = null;
          // A chart not on screen (the map before it has loaded) gives no image.
          await withChart(
            latest.current,
            async (chart) => {
              composed = { ...(await exporter.composeExportSvg(chart, info)), note: about.note };
            },
            options,
          );
          return composed;
        },
        files: async (exporter) => {
          const { info, csv } = latest.current;
          const { info: about, fileStem } = info();
          const files: ExportFile[] = [];
          await withChart(latest.current, async (chart) => {
            // Composed once, for both files.
            const composed = await exporter.composeExportSvg(chart, about);
            const png = await exporter.svgToPng(composed);
            files.push(
              { name: `${fileStem}.png`, title, data: new Uint8Array(await png.arrayBuffer()) },
              { name: `${fileStem}.svg`, title, data: new TextEncoder().encode(composed.svg) },
            );
          });
          if (csv)
            files.push({ name: `${fileStem}.csv`, title, data: exporter.csvFileBytes(csv()) });
          return files;
        },
      }),
    [id, register, title],
  );

  const run = async (label: MessageKey, action: () => Promise<void>) => {
    setBusy(label);
    setError(null);
    try {
      await action();
    } catch (e) {
      setError(
        t('app.export.failed', {
          action: t(label),
          message: e instanceof Error ? e.message : String(e),
        }),
      );
    } finally {
      setBusy(null);
    }
  };

  const image = (format: 'png' | 'svg') => async () => {
    const exporter = await loadExporter();
    const { info: about, fileStem } = info();
    const download = format === 'png' ? exporter.downloadPng : exporter.downloadSvg;
    const saved = await withChart({ getChart, renderChart }, (chart) =>
      download(chart, about, fileStem),
    );
    if (!saved) throw new Error(t('app.export.notOnScreen'));
  };

  return (
    <div
      className="export-menu"
      role="group"
      aria-label={t('app.export.label', { title })}
      ref={element}
    >
      {getChart || renderChart ? (
        <>
          <button
            type="button"
            className="button button--small"
            disabled={busy !== null}
            onClick={() => run('app.export.png', image('png'))}
          >
            {t('app.export.png')}
          </button>
          <button
            type="button"
            className="button button--small"
            disabled={busy !== null}
            onClick={() => run('app.export.svg', image('svg'))}
          >
            {t('app.export.svg')}
          </button>
        </>
      ) : null}
      {csv ? (
        <button
          type="button"
          className="button button--small"
          disabled={busy !== null}
          onClick={() =>
            run('app.export.csv', async () => {
              const { downloadCsv } = await loadExporter();
              downloadCsv(csv(), info().fileStem);
            })
          }
        >
          {t('app.export.csv')}
        </button>
      ) : null}
      {error ? (
        <p className="export-menu__error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/**
 * Hands the chart to `save`: the drawing made apart from the screen when the menu has one,
 * otherwise the chart on screen. False when there is neither.
 */
async function withChart(
  source: Pick<ExportMenuProps, 'getChart' | 'renderChart'>,
  save: (chart: SVGSVGElement) => Promise<void>,
  options: DrawingOptions = { forBrief: false },
): Promise<boolean> {
  if (source.renderChart) {
    await source.renderChart(save, options);
    return true;
  }
  const chart = source.getChart?.();
  if (!chart) return false;
  await save(chart);
  return true;
}

/**
 * Everything an export says about itself, read at the moment of export (URL, range, selection
 * and data included): a menu subscribed to them re-rendered with every range change for words
 * only an export needs.
 */
function useExportInfo(
  title: string,
  fileName: string,
  sourceIds: readonly string[] | (() => readonly string[]),
  note?: string,
  legend?: readonly LegendItem[],
  producers?: readonly string[],
  details?: () => string | undefined,
) {
  const client = useQueryClient();
  return (): { info: ExportInfo; fileStem: string } => {
    const meta = loadedDatasetFile(client, 'meta');
    const names = recordNames(
      loadedDatasetFile(client, 'actors'),
      loadedDatasetFile(client, 'meetings'),
    );
    const { range, actorId } = useFiltersStore.getState();
    const catalogue = indexById(meta?.sources ?? []);
    const ids = typeof sourceIds === 'function' ? sourceIds() : sourceIds;
    const publishers = [...new Set(ids.map((id) => catalogue.get(id)?.publisher ?? id))];
    const separator = t('app.sourceSeparator');
    const shown = publishers.slice(0, 12).join(separator);
    const cited =
      publishers.length > 12
        ? t('app.export.moreSources', { shown, count: publishers.length - 12 })
        : shown;
    const actorName = actorId ? (names.actor(actorId) ?? actorId) : null;
    const dataset = meta
      ? t('app.export.datasetLine', { dataset: datasetLine(meta), title: t('app.title') })
      : t('app.title');
    return {
      info: {
        title,
        subtitle: actorName
          ? t('app.export.highlighted', { range: formatRange(range), name: actorName })
          : formatRange(range),
        details: details?.(),
        sourceLine:
          producers && producers.length > 0
            ? t('app.export.sourcesAsPublished', {
                publishers: producers.join(separator),
                cited,
              })
            : publishers.length > 0
              ? t('app.export.sources', { cited })
              : t('app.export.noSources'),
        datasetLine: dataset,
        // From the store, not the address bar: a write of the URL may still wait for a paint.
        permalink: permalinkOf(),
        note,
        legend,
      },
      fileStem: exportFileStem(fileName, range.from, range.to),
    };
  };
}
