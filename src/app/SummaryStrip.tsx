import { useDatasetFile, useDatasetFiles } from '@/data/queries';
import { indexById, resolveSources } from '@/data/selectors';
import { formatDate, formatNumber, pluralize } from '@/lib/format';
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
    <p className="summary-strip" data-testid="summary-strip" aria-label="What the range holds">
      <span data-testid="summary-rounds" title="Counted from the tracker's records">
        {pluralize(summary.roundsHeld, 'round')} held
      </span>
      <span data-testid="summary-events" title="Counted from the map's records">
        {pluralize(summary.events, 'event')}
      </span>
      <Figure
        testId="summary-deaths"
        figure={summary.deaths}
        what={(f) => `${formatNumber(f.value)} deaths in ${f.date.slice(0, 4)}`}
        none="no SOHR toll for a year of the range"
      />
      <Figure
        testId="summary-refugees"
        figure={summary.refugees}
        what={(f) =>
          `${formatNumber(f.value)} registered refugees in the region, ${formatDate(f.date)}`
        }
        none="no regional refugee figure by the range's end"
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
  return (
    <span data-testid={testId}>
      {what(figure)} ({own || sources.length === 0 ? null : `${figure.publisher}, via `}
      {sources.length > 0
        ? sources.map((source, i) => (
            <span key={source.id}>
              {i > 0 ? '; ' : null}
              <a
                href={source.url}
                target="_blank"
                rel="noopener noreferrer"
                title={`${source.title}, ${formatDate(source.date)}`}
              >
                {source.publisher}
              </a>
            </span>
          ))
        : figure.publisher}
      )
    </span>
  );
}
