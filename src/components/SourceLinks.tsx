import { useMemo } from 'react';
import { indexById, resolveSources } from '@/data/selectors';
import { useDatasetFile } from '@/data/queries';
import { t } from '@/i18n/t';
import { formatDate } from '@/lib/format';
import { sourceTitleText } from '@/data/source-title';
import { Publisher } from './Publisher';
import { SourceTitle } from './SourceTitle';

/**
 * The sources of a record, as links: "Publisher, Title, date". Without the catalogue (still
 * loading, or meta.json broken) the ids are shown, so a figure is never left unattributed.
 * Publishers and titles are the catalogue's, in English: in Arabic the title is marked so.
 */
export function SourceLinks({ ids }: { ids: readonly string[] }) {
  const meta = useDatasetFile('meta');
  const catalogue = useMemo(
    () => (meta.data ? indexById(meta.data.sources) : undefined),
    [meta.data],
  );
  if (!catalogue) {
    return (
      <span className="sources">
        {t('app.sources.ids', { ids: ids.join(t('common.listSeparator')) })}
      </span>
    );
  }
  const sources = resolveSources(ids, catalogue);
  const comma = t('common.listSeparator');
  return (
    <span className="sources">
      <span className="sources__label">
        {t(sources.length === 1 ? 'app.sources.source' : 'app.sources.sources')}{' '}
      </span>
      {sources.map((source, i) => (
        // Each source set apart (bdi), so that in Arabic the Latin names of several sources
        // do not run together out of their order.
        <bdi key={source.id}>
          {i > 0 ? t('app.sourceSeparator') : null}
          <a
            href={source.url}
            target="_blank"
            rel="noopener noreferrer"
            title={sourceTitleText(source)}
            lang={source.language ?? 'en'}
          >
            <Publisher name={source.publisher} />
          </a>
          {comma}
          <cite>
            <SourceTitle source={source} />
          </cite>
          {comma}
          {formatDate(source.date)}
        </bdi>
      ))}
    </span>
  );
}
