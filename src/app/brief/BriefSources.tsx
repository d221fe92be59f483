import { Fragment, type ReactNode } from 'react';
import { Publisher } from '@/components/Publisher';
import { SourceTitle } from '@/components/SourceTitle';
import type { Source } from '@/data/schemas/meta';
import { richMessage } from '@/i18n/rich';
import { t } from '@/i18n/t';
import { formatDate, formatNumber, formatYear, readableUrl } from '@/lib/format';
import {
  outletCounts,
  sourcesByPublisher,
  type BriefFigure,
  type PublisherSources,
} from './brief-content';

/** Up to this many documents, the brief cites each one in full; beyond, by publisher. */
const FULL_CITATIONS = 150;

/**
 * The sources of everything the brief shows. When they are few, each document in full
 * (publisher, title, date, link). A long range cites far more than pages can hold (the whole
 * conflict, about 1,700): then those of the figures are given by figure and publisher, with
 * their number and dates, and those of the records drawn (rounds, events, zones) by publisher;
 * every document is listed with its record at the permalink and in the README of "Download all".
 */
export function BriefSources({
  figures,
  headlineSourceIds,
  allSourceIds,
  catalogue,
}: {
  figures: readonly (BriefFigure & { number: number })[];
  headlineSourceIds: readonly string[];
  allSourceIds: readonly string[];
  catalogue: ReadonlyMap<string, Source>;
}) {
  const everything = sourcesByPublisher([...allSourceIds, ...headlineSourceIds], catalogue);
  const total = everything.reduce((n, g) => n + g.sources.length, 0);
  if (total <= FULL_CITATIONS)
    return (
      <section className="brief__sources" aria-label={t('brief.sources.label')}>
        <h2 className="brief__panel-title">
          {t('brief.sources.title', { documents: t('brief.count.documents', { count: total }) })}
        </h2>
        <ol className="brief__source-list">
          {everything.map((group) => (
            <li key={group.publisher}>
              <strong>
                <Publisher name={group.publisher} />
              </strong>
              :{' '}
              {group.sources.map((s, i) => (
                <span key={s.id} className="brief__source">
                  {i > 0 ? (
                    <span className="brief__source-separator">{t('app.sourceSeparator')}</span>
                  ) : null}
                  <SourceTitle source={s} />
                  {t('common.listSeparator')}
                  {formatDate(s.date)}
                  <span className="brief__source-separator">{t('common.listSeparator')}</span>
                  <span className="brief__url" dir="ltr">
                    {readableUrl(s.url)}
                  </span>
                </span>
              ))}
            </li>
          ))}
        </ol>
      </section>
    );
  const year = (iso: string) => formatYear(Number(iso.slice(0, 4)));
  const span = (g: PublisherSources) =>
    g.first.slice(0, 4) === g.last.slice(0, 4) ? year(g.first) : `${year(g.first)}–${year(g.last)}`;
  const byPublisher = (groups: readonly PublisherSources[]) => (
    <Joined
      parts={groups.map((g) => (
        <>
          <Publisher name={g.publisher} /> ({formatNumber(g.sources.length)}
          {t('common.listSeparator')}
          {span(g)})
        </>
      ))}
      separator={t('app.sourceSeparator')}
    />
  );
  // The charted figures one by one; the records drawn (timeline, progress table, map) together.
  const charts = figures.filter((f) => f.area === 'statistics');
  const chartIds = new Set(charts.flatMap((f) => f.sourceIds));
  const ofRecords = sourcesByPublisher(
    allSourceIds.filter((id) => !chartIds.has(id)),
    catalogue,
  );
  return (
    <section className="brief__sources" aria-label={t('brief.sources.label')}>
      <h2 className="brief__panel-title">
        {t('brief.sources.titleByPublisher', {
          documents: t('brief.count.documents', { count: total }),
          publishers: t('brief.count.publishers', { count: everything.length }),
        })}
      </h2>
      <p className="brief__sources-note">{t('brief.sources.tooMany')}</p>
      <ul className="brief__publishers">
        {charts.map((f) => (
          <li key={f.number}>
            <strong>{t('brief.figure.name', { number: f.number })}</strong>:{' '}
            {byPublisher(sourcesByPublisher(f.sourceIds, catalogue))}.
          </li>
        ))}
        <li>
          {richMessage('brief.sources.ofHoldings', {
            holds: <strong>{t('brief.facts.holds')}</strong>,
            publishers: byPublisher(sourcesByPublisher(headlineSourceIds, catalogue)),
          })}
        </li>
        <li>
          {richMessage('brief.sources.ofRecords', {
            drawn: <strong>{t('brief.sources.drawn')}</strong>,
            figures: figures
              .filter((f) => f.area !== 'statistics')
              .map((f) => t('brief.figure.nameInText', { number: f.number }))
              .join(t('common.listSeparator')),
            outlets: (
              <Joined
                parts={outletCounts(ofRecords).map(([outlet, n]) => (
                  <>
                    <Publisher name={outlet} /> ({formatNumber(n)})
                  </>
                ))}
                separator={t('app.sourceSeparator')}
              />
            ),
          })}
        </li>
      </ul>
    </section>
  );
}

/** Parts of a line, with a separator between each and the next. */
export function Joined({
  parts,
  separator,
}: {
  parts: readonly ReactNode[];
  separator: string;
}): ReactNode {
  return parts.map((part, i) => (
    <Fragment key={i}>
      {i > 0 ? separator : null}
      {part}
    </Fragment>
  ));
}
