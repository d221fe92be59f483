import { Fragment, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { exportsInPageOrder, useExportRegistry } from '@/components/export-registry';
import { SourceTitle } from '@/components/SourceTitle';
import { SegmentedControl } from '@/components/SegmentedControl';
import type { Dataset } from '@/data/dataset-files';
import { alignmentLabels, statusLabels, trackLabels } from '@/data/labels';
import { useDatasetFiles } from '@/data/queries';
import { filterMeetingsByRange, indexById, rankActorsByActivity } from '@/data/selectors';
import { datasetLine, useRecordNames } from '@/data/use-record-names';
import { alignmentsInRange, standingInRange } from '@/features/actors/actor-periods';
import { governorateLabels } from '@/data/labels';
import { richMessage } from '@/i18n/rich';
import { ProgressTable } from '@/features/process-tracker/ProcessTrackerPanel';
import { assignKeys } from '@/features/process-tracker/timeline';
import { summarizeTracks } from '@/features/process-tracker/track-summary';
import { tracks } from '@/data/schemas/meetings';
import { syrianGovernorates, type SyrianGovernorate } from '@/data/schemas/places';
import { nameOf, titleOf } from '@/i18n/data-names';
import { currentLanguage, currentLocale } from '@/i18n/language';
import { t, useLanguage } from '@/i18n/t';
import type { DateRange } from '@/lib/dates';
import type { Meeting } from '@/data/schemas/meetings';
import type { Source } from '@/data/schemas/meta';
import { loadExporter } from '@/lib/export/load-exporter';
import { useModalLayer } from '@/lib/use-modal-layer';
import {
  formatDate,
  formatNumber,
  formatRange,
  formatSpan,
  formatYear,
  readableUrl,
} from '@/lib/format';
import { useFiltersStore } from '@/stores/filters';
import { permalinkOf } from '@/stores/url-sync';
import { panelAreas, type PanelArea } from '@/stores/view-state';
import { summarizeRange } from '../range-summary';
import {
  BRIEF_PANELS,
  numberFigures,
  outletCounts,
  sourcesByPublisher,
  type BriefFigure,
  type PublisherSources,
} from './brief-content';
import './brief.css';

const PAPERS = ['a4', 'letter'] as const;
type Paper = (typeof PAPERS)[number];

/** A paper's name: A4 is ISO 216's name in every language. */
function paperName(paper: Paper): string {
  return paper === 'a4' ? 'A4' : t('brief.paper.letter');
}

/** How many actors the brief lists: the most active in the range. */
const BRIEF_ACTORS = 10;

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

interface BriefView {
  range: DateRange;
  actorId: string | null;
  roundId: string | null;
  governorate: string | null;
  permalink: string;
  madeAt: Date;
}

function BriefDocument({
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
          <dd>{joined(holds, t('app.sourceSeparator'))}</dd>
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

/** Up to this many documents, the brief cites each one in full; beyond, by publisher. */
const FULL_CITATIONS = 150;

/**
 * The sources of everything the brief shows. When they are few, each document in full
 * (publisher, title, date, link). A long range cites far more than pages can hold (the whole
 * conflict, about 1,700): then those of the figures are given by figure and publisher, with
 * their number and dates, and those of the records drawn (rounds, events, zones) by publisher;
 * every document is listed with its record at the permalink and in the README of "Download all".
 */
function BriefSources({
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
  const byPublisher = (groups: readonly PublisherSources[]) =>
    joined(
      groups.map((g) => (
        <>
          <Publisher name={g.publisher} /> ({formatNumber(g.sources.length)}
          {t('common.listSeparator')}
          {span(g)})
        </>
      )),
      t('app.sourceSeparator'),
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
            outlets: joined(
              outletCounts(ofRecords).map(([outlet, n]) => (
                <>
                  <Publisher name={outlet} /> ({formatNumber(n)})
                </>
              )),
              t('app.sourceSeparator'),
            ),
          })}
        </li>
      </ul>
    </section>
  );
}

/** The most active actors of the range, with the alignment in force then. */
function BriefActors({
  data,
  range,
}: {
  data: Pick<Dataset, 'actors' | 'meetings' | 'events'>;
  range: DateRange;
}) {
  const active = rankActorsByActivity(
    data.actors.actors,
    data.meetings.meetings,
    data.events.events,
    range,
  ).filter((a) => a.meetings + a.events > 0);
  if (active.length === 0) return <p className="brief__none">{t('brief.actors.none')}</p>;
  return (
    <table className="brief__actors">
      <caption>
        {t('brief.actors.caption', {
          shown: Math.min(BRIEF_ACTORS, active.length),
          count: active.length,
        })}
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('brief.actors.actor')}</th>
          <th scope="col">{t('brief.actors.alignment')}</th>
          <th scope="col" className="numeric">
            {t('brief.actors.rounds')}
          </th>
          <th scope="col" className="numeric">
            {t('brief.actors.events')}
          </th>
        </tr>
      </thead>
      <tbody>
        {active.slice(0, BRIEF_ACTORS).map(({ actor, meetings, events }) => (
          <tr key={actor.id}>
            <th scope="row">{nameOf(actor)}</th>
            <td>
              {alignmentsInRange(standingInRange(actor, range))
                .map((a) => alignmentLabels[a])
                .join(t('brief.actors.then'))}
            </td>
            <td className="numeric">{formatNumber(meetings)}</td>
            <td className="numeric">{formatNumber(events)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Parts of a line, with a separator between each and the next. */
function joined(parts: readonly ReactNode[], separator: string): ReactNode {
  return parts.map((part, i) => (
    <Fragment key={i}>
      {i > 0 ? separator : null}
      {part}
    </Fragment>
  ));
}

/** A publisher as the dataset names it (in English): set as English in Arabic text. */
function Publisher({ name }: { name: string }) {
  const language = useLanguage();
  if (language === 'en') return name;
  return (
    <bdi lang="en" dir="ltr">
      {name}
    </bdi>
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
