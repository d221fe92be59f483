import { useMemo, type ReactNode } from 'react';
import { Publisher } from '@/components/Publisher';
import type { Dataset } from '@/data/dataset-files';
import { governorateLabels, statusLabels, trackLabels } from '@/data/labels';
import { filterMeetingsByRange, indexById } from '@/data/selectors';
import { datasetLine, useRecordNames } from '@/data/use-record-names';
import { tracks, type Meeting } from '@/data/schemas/meetings';
import { syrianGovernorates, type SyrianGovernorate } from '@/data/schemas/places';
import { ProgressTable } from '@/features/process-tracker/ProcessTrackerPanel';
import { assignKeys } from '@/features/process-tracker/timeline';
import { summarizeTracks } from '@/features/process-tracker/track-summary';
import { nameOf, titleOf } from '@/i18n/data-names';
import { currentLanguage, currentLocale } from '@/i18n/language';
import { richMessage } from '@/i18n/rich';
import { t } from '@/i18n/t';
import type { DateRange } from '@/lib/dates';
import { formatDate, formatRange, formatSpan, formatYear } from '@/lib/format';
import { summarizeRange } from '../range-summary';
import { BriefActors } from './BriefActors';
import { BriefSources, Joined } from './BriefSources';
import { BRIEF_PANELS, numberFigures, type BriefFigure, type Paper } from './brief-content';

export interface BriefView {
  range: DateRange;
  actorId: string | null;
  roundId: string | null;
  governorate: string | null;
  permalink: string;
  madeAt: Date;
}

/** The brief itself: the page that prints. */
export function BriefDocument({
  data,
  view,
  paper,
  figures,
  sourceIds,
}: {
  data: Pick<Dataset, 'meta' | 'actors' | 'meetings' | 'events' | 'statistics'>;
  view: BriefView;
  paper: Paper;
  figures: readonly BriefFigure[];
  sourceIds: readonly string[];
}) {
  const names = useRecordNames();
  const { range } = view;
  const summary = summarizeRange(data, range);
  const numbered = numberFigures(figures);
  const catalogue = useMemo(() => indexById(data.meta.sources), [data.meta]);
  const actor = view.actorId ? indexById(data.actors.actors).get(view.actorId) : undefined;
  const selections = [
    view.actorId
      ? t('brief.selection.actor', { name: actor ? nameOf(actor) : view.actorId })
      : null,
    view.roundId
      ? t('brief.selection.round', { name: names.round(view.roundId) ?? view.roundId })
      : null,
    view.governorate
      ? t('brief.selection.governorate', { name: governorateShown(view.governorate) })
      : null,
  ].filter((s): s is string => s !== null);
  // What the range holds, as the line under the range bar says it.
  const holds: ReactNode[] = [
    t('brief.holds.rounds', { count: summary.roundsHeld }),
    t('brief.holds.events', { count: summary.events }),
  ];
  if (summary.deaths)
    holds.push(
      richMessage('brief.holds.deaths', {
        count: summary.deaths.value,
        year: formatYear(Number(summary.deaths.date.slice(0, 4))),
        publisher: <Publisher name={summary.deaths.publisher} />,
      }),
    );
  if (summary.refugees)
    holds.push(
      richMessage('brief.holds.refugees', {
        count: summary.refugees.value,
        date: formatDate(summary.refugees.date),
        publisher: <Publisher name={summary.refugees.publisher} />,
      }),
    );

  return (
    <article className="brief light-paper" data-paper={paper} data-testid="brief">
      <header className="brief__header">
        <p className="brief__kicker">{t('brief.kicker')}</p>
        <h1 className="brief__title">{formatRange(range)}</h1>
        <dl className="brief__facts">
          <dt>{t('brief.facts.selection')}</dt>
          <dd>
            {selections.length > 0
              ? selections.join(t('app.sourceSeparator'))
              : t('brief.facts.noSelection')}
          </dd>
          <dt>{t('brief.facts.holds')}</dt>
          <dd>
            <Joined parts={holds} separator={t('app.sourceSeparator')} />
          </dd>
          <dt>{t('brief.facts.dataset')}</dt>
          <dd>{datasetLine(data.meta)}</dd>
          <dt>{t('brief.facts.made')}</dt>
          <dd>{madeAt(view.madeAt)}</dd>
          <dt>{t('brief.facts.permalink')}</dt>
          <dd className="brief__permalink" data-testid="brief-permalink" dir="ltr">
            {view.permalink}
          </dd>
        </dl>
      </header>

      {BRIEF_PANELS.map(({ area, title }) => (
        <section key={area} className="brief__panel" aria-label={t(title)}>
          <h2 className="brief__panel-title">{t(title)}</h2>
          {area === 'actors' ? <BriefActors data={data} range={range} /> : null}
          {(numbered.get(area) ?? []).map((figure) => (
            <figure key={figure.number} className="brief__figure" data-figure={figure.number}>
              <figcaption className="brief__figure-title">
                {t('brief.figure.caption', { number: figure.number, title: figure.title })}
              </figcaption>
              <img
                src={figure.url}
                alt={`${figure.title}${t('common.listSeparator')}${formatRange(range)}`}
                width={figure.width}
                height={figure.height}
              />
              {figure.note ? <p className="brief__figure-note">{figure.note}</p> : null}
              <p className="brief__figure-end">
                {t('brief.figure.end', {
                  number: figure.number,
                  count: new Set(figure.sourceIds).size,
                })}
              </p>
            </figure>
          ))}
          {area === 'tracker' ? (
            <div className="brief__table">
              <ProgressTable
                summaries={summarizeTracks(data.meetings.meetings, range, tracks)}
                range={range}
                printed
              />
            </div>
          ) : null}
          {area === 'tracker' ? (
            <TimelineKey
              meetings={filterMeetingsByRange(data.meetings.meetings, range)}
              openRoundId={view.roundId}
            />
          ) : null}
          {(numbered.get(area) ?? []).length === 0 && area !== 'actors' ? (
            <p className="brief__none">{t('brief.panel.nothing')}</p>
          ) : null}
        </section>
      ))}

      <BriefSources
        figures={[...numbered.values()].flat()}
        headlineSourceIds={[
          ...(summary.deaths?.sources ?? []),
          ...(summary.refugees?.sources ?? []),
        ]}
        allSourceIds={sourceIds}
        catalogue={catalogue}
      />
    </article>
  );
}

/**
 * The key to the timeline figure: every item in the range by the number its mark carries, with
 * dates, track and status. Text, not image, so that a long list runs on to the next page.
 */
function TimelineKey({
  meetings,
  openRoundId,
}: {
  meetings: readonly Meeting[];
  openRoundId: string | null;
}) {
  if (meetings.length === 0) return null;
  const keys = assignKeys(meetings, tracks);
  const sorted = [...meetings].sort((a, b) => keys.get(a.id)! - keys.get(b.id)!);
  return (
    <div className="brief__key">
      <p className="brief__key-title">
        {t('brief.key.title', { figure: 1, count: meetings.length })}
      </p>
      <ol className="brief__key-list">
        {sorted.map((m) => (
          <li key={m.id} value={keys.get(m.id)} data-open={m.id === openRoundId || undefined}>
            {titleOf(m)} · {formatSpan(m.start, m.end)} · {trackLabels[m.track]} ·{' '}
            {statusLabels[m.status]}
            {m.id === openRoundId ? ` · ${t('brief.key.openRound')}` : ''}
          </li>
        ))}
      </ol>
    </div>
  );
}

/** A governorate of the link by its name in the language shown (a name not of Syria's as it is). */
function governorateShown(name: string): string {
  return (syrianGovernorates as readonly string[]).includes(name)
    ? governorateLabels[name as SyrianGovernorate]
    : name;
}

/**
 * When the brief was made, to the minute, in UTC: in English as "2026-01-18 14:05 UTC" (as it
 * has always been printed); in Arabic with the day written out and the digits chosen.
 */
function madeAt(date: Date): string {
  const iso = date.toISOString();
  if (currentLanguage() === 'en')
    return t('brief.madeAt', { date: iso.slice(0, 10), time: iso.slice(11, 16) });
  const time = new Intl.DateTimeFormat(currentLocale(), {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: 'UTC',
  }).format(date);
  return t('brief.madeAt', { date: formatDate(iso.slice(0, 10)), time });
}
