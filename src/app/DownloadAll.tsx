import { useState } from 'react';
import { exportsInPageOrder, useExportRegistry } from '@/components/export-registry';
import { useDatasetFile } from '@/data/queries';
import { governorateLabels } from '@/data/labels';
import { indexById } from '@/data/selectors';
import { datasetLine, useRecordNames } from '@/data/use-record-names';
import { t } from '@/i18n/t';
import { formatRange } from '@/lib/format';
import { loadExporter } from '@/lib/export/load-exporter';
import { useFiltersStore } from '@/stores/filters';
import { permalinkOf } from '@/stores/url-sync';

/**
 * "Download all": one ZIP with the PNG, SVG and CSV of every export on the page, as each one's
 * own buttons give them, and a README of the view (range, selections, permalink, every file,
 * every source, how to cite).
 */
export function DownloadAll() {
  const [busy, setBusy] = useState(false);
  const [said, setSaid] = useState<{ text: string; error: boolean } | null>(null);
  const meta = useDatasetFile('meta');
  const names = useRecordNames();

  const run = async () => {
    setBusy(true);
    setSaid(null);
    try {
      const exporter = await loadExporter();
      const { range, actorId, roundId, governorate } = useFiltersStore.getState();
      const entries = exportsInPageOrder(useExportRegistry.getState().exports);
      const files = [];
      for (const entry of entries) files.push(...(await entry.files(exporter)));
      const catalogue = indexById(meta.data?.sources ?? []);
      const sources = [...new Set(entries.flatMap((e) => e.sourceIds()))].flatMap(
        (id) => catalogue.get(id) ?? [],
      );
      const selections = [
        actorId ? t('app.downloadAll.actor', { name: names.actor(actorId) ?? actorId }) : null,
        roundId ? t('app.downloadAll.round', { name: names.round(roundId) ?? roundId }) : null,
        governorate
          ? t('app.downloadAll.governorate', { name: governorateLabels[governorate] })
          : null,
      ].filter((s): s is string => s !== null);
      const readme = exporter.viewReadme({
        range: formatRange(range),
        selections,
        permalink: permalinkOf(),
        dataset: meta.data ? datasetLine(meta.data) : t('app.downloadAll.noDataset'),
        files,
        sources,
        madeAt: new Date(),
      });
      const zip = exporter.zipStore([
        { name: 'README.txt', data: new TextEncoder().encode(readme) },
        ...files,
      ]);
      exporter.downloadBlob(
        new Blob([zip], { type: 'application/zip' }),
        `syria-dashboard_${range.from}_${range.to}.zip`,
      );
      setSaid({ text: t('app.downloadAll.done', { count: files.length }), error: false });
    } catch (e) {
      setSaid({
        text: t('app.downloadAll.failed', {
          message: e instanceof Error ? e.message : String(e),
        }),
        error: true,
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <span className="download-all">
      <button type="button" className="button button--quiet" disabled={busy} onClick={run}>
        {busy ? t('app.downloadAll.busy') : t('app.downloadAll')}
      </button>
      {said ? (
        <span className="visually-hidden" role={said.error ? 'alert' : 'status'}>
          {said.text}
        </span>
      ) : null}
    </span>
  );
}
