import type { ReactNode } from 'react';
import { Publisher } from '@/components/Publisher';
import { richMessage } from '@/i18n/rich';
import { sourceTitleText } from '@/data/source-title';
import { useDatasetFile, useDatasetFiles } from '@/data/queries';
import { indexById, resolveSources } from '@/data/selectors';
import { t } from '@/i18n/t';
import { formatDate, formatYear } from '@/lib/format';
import { useDateRange } from '@/stores/filters';
import { summarizeRange, type HeadlineFigure } from './range-summary';

/**
 * One line under the range bar saying what the range holds: rounds held and events (counted from
 * the dataset's records, each of which cites its sources), the year's deaths as SOHR published
 * them and the latest regional refugee figure, each with its source.
 */
export function SummaryStrip() {
  const files = useDatasetFiles(['meetings', 'events', 'statistics']);
  const range = useDateRange();
  if (files.status !== 'success') return null;
  const summary = summarizeRange(files.data, range);
  return (
    <p className="summary-strip" data-testid="summary-strip" aria-label={t('app.summary.label')}>
      <span data-testid="summary-rounds" title={t('app.summary.roundsTitle')}>
        {t('app.summary.rounds', { count: summary.roundsHeld })}
      </span>
      <span data-testid="summary-events" title={t('app.summary.eventsTitle')}>
        {t('app.summary.events', { count: summary.events })}
      </span>
      <Figure
        testId="summary-deaths"
        figure={summary.deaths}
        what={(f) =>
          t('app.summary.deaths', { count: f.value, year: formatYear(Number(f.date.slice(0, 4))) })
        }
        none={t('app.summary.noDeaths')}
      />
      <Figure
        testId="summary-refugees"
        figure={summary.refugees}
        what={(f) => t('app.summary.refugees', { count: f.value, date: formatDate(f.date) })}
        none={t('app.summary.noRefugees')}
      />
    </p>
  );
}

function Figure({
  testId,
  figure,
  what,
  none,
}: {
  testId: string;
  figure: HeadlineFigure | null;
  what: (figure: HeadlineFigure) => string;
  none: string;
}) {
  const meta = useDatasetFile('meta');
  if (!figure) return <span data-testid={testId}>{none}</span>;
  const sources = meta.data ? resolveSources(figure.sources, indexById(meta.data.sources)) : [];
  // Named by the publisher of the figure, and by the copies it was read in when they differ.
  const own = sources.some((source) => source.publisher.startsWith(figure.publisher));
  // Publishers and source titles are the dataset's, in English.
  const links: ReactNode =
    sources.length > 0 ? (
      sources.map((source, i) => (
        <span key={source.id}>
          {i > 0 ? t('app.sourceSeparator') : null}
          <a
            href={source.url}
            target="_blank"
            rel="noopener noreferrer"
            lang={source.language ?? 'en'}
            title={t('app.summary.sourceTitle', {
              title: sourceTitleText(source),
              date: formatDate(source.date),
            })}
          >
            <Publisher name={source.publisher} />
          </a>
        </span>
      ))
    ) : (
      <Publisher name={figure.publisher} />
    );
  return (
    <span data-testid={testId}>
      {own || sources.length === 0
        ? richMessage('app.summary.figure', { figure: what(figure), sources: links })
        : richMessage('app.summary.figureVia', {
            figure: what(figure),
            publisher: <Publisher name={figure.publisher} />,
            sources: links,
          })}
    </span>
  );
}
