import { useState, type RefObject } from 'react';
import { useDatasetFile } from '@/data/queries';
import { formatDate, formatRange } from '@/lib/format';
import { exportFileStem } from '@/lib/export/text-layout';
import { useFiltersStore } from '@/stores/filters';
import type { ExportInfo } from '@/lib/export/image';

interface ExportMenuProps {
  /** The chart title, as it should read on the exported image. */
  title: string;
  /** The chart's `<svg>`; image buttons are left out when there is none. */
  chartRef?: RefObject<SVGSVGElement | null>;
  /** Source ids behind the chart, for the source line. */
  sourceIds: readonly string[];
  /** The chart's data as CSV; the CSV button is left out when absent. */
  csv?: () => string;
  note?: string;
}

/**
 * "Download PNG", "Download SVG" and "Download CSV" for a chart. The export code is loaded on
 * first use, so it costs nothing until someone exports. Every image carries title, range,
 * selection, sources, dataset version and the permalink of the view.
 */
export function ExportMenu({ title, chartRef, sourceIds, csv, note }: ExportMenuProps) {
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const info = useExportInfo(title, sourceIds, note);

  const run = async (label: string, action: () => Promise<void>) => {
    setBusy(label);
    setError(null);
    try {
      await action();
    } catch (e) {
      setError(`${label} failed: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(null);
    }
  };

  const image = (format: 'png' | 'svg') => async () => {
    const chart = chartRef?.current;
    if (!chart) throw new Error('the chart is not on screen');
    const exporter = await import('@/lib/export/image');
    const details = info();
    const save = format === 'png' ? exporter.downloadPng : exporter.downloadSvg;
    await save(chart, details.info, details.fileStem);
  };

  return (
    <div className="export-menu" role="group" aria-label={`Export ${title}`}>
      {chartRef ? (
        <>
          <button
            type="button"
            className="button button--small"
            disabled={busy !== null}
            onClick={() => run('Download PNG', image('png'))}
          >
            Download PNG
          </button>
          <button
            type="button"
            className="button button--small"
            disabled={busy !== null}
            onClick={() => run('Download SVG', image('svg'))}
          >
            Download SVG
          </button>
        </>
      ) : null}
      {csv ? (
        <button
          type="button"
          className="button button--small"
          disabled={busy !== null}
          onClick={() =>
            run('Download CSV', async () => {
              const { downloadCsv } = await import('@/lib/export/image');
              downloadCsv(csv(), info().fileStem);
            })
          }
        >
          Download CSV
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

/** Everything an export says about itself, read at the moment of export (URL included). */
function useExportInfo(title: string, sourceIds: readonly string[], note?: string) {
  const meta = useDatasetFile('meta');
  const actors = useDatasetFile('actors');
  const range = useFiltersStore((s) => s.range);
  const actorId = useFiltersStore((s) => s.actorId);

  return (): { info: ExportInfo; fileStem: string } => {
    const catalogue = new Map(meta.data?.sources.map((s) => [s.id, s]) ?? []);
    const publishers = [...new Set(sourceIds.map((id) => catalogue.get(id)?.publisher ?? id))];
    const shown = publishers.slice(0, 12).join('; ');
    const more =
      publishers.length > 12 ? `; and ${publishers.length - 12} more (see the dashboard)` : '';
    const actorName = actorId
      ? (actors.data?.actors.find((a) => a.id === actorId)?.name ?? actorId)
      : null;
    const dataset = meta.data
      ? `Dataset ${meta.data.datasetVersion}, as of ${formatDate(meta.data.asOf)} · ${meta.data.licence.name} · Syria Conflict & Diplomacy Dashboard`
      : 'Syria Conflict & Diplomacy Dashboard';
    return {
      info: {
        title,
        subtitle: `${formatRange(range)}${actorName ? ` · Highlighted: ${actorName}` : ''}`,
        sourceLine:
          publishers.length > 0 ? `Sources: ${shown}${more}` : 'Sources: see the dashboard',
        datasetLine: dataset,
        permalink: window.location.href,
        note,
      },
      fileStem: exportFileStem(title, range.from, range.to),
    };
  };
}
