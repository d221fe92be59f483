import { useId, useMemo, useRef } from 'react';
import { Badge } from '@/components/Badge';
import { DatasetGate, EmptyState } from '@/components/DatasetGate';
import { EnglishText } from '@/components/EnglishText';
import { ExportMenu } from '@/components/ExportMenu';
import { Panel } from '@/components/Panel';
import type { Dataset } from '@/data/dataset-files';
import { statusLabels, trackLabels, trackColor } from '@/data/labels';
import { tracks } from '@/data/schemas/meetings';
import { filterMeetingsByRange, indexById } from '@/data/selectors';
import { nameOf, titleOf } from '@/i18n/data-names';
import { t } from '@/i18n/t';
import { spanOverlapsRange, type DateRange } from '@/lib/dates';
import { toCsv } from '@/lib/export/csv';
import { withOffscreenSvg } from '@/lib/export/offscreen';
import {
  formatDate,
  formatNumber,
  formatRange,
  formatRangeInWords,
  formatSpan,
} from '@/lib/format';
import {
  useDateRange,
  useFiltersStore,
  useSelectedActorId,
  useSelectedRoundId,
} from '@/stores/filters';
import { ExportTimeline } from './ExportTimeline';
import { RoundCard } from './RoundCard';
import { Timeline } from './Timeline';
import { statusTone } from './tracker-style';
import { summarizeTracks, type TrackSummary } from './track-summary';
import './tracker.css';

/** The exported timeline is at least this wide, so that a phone's export still reads on a page. */
const EXPORT_MIN_WIDTH = 960;

/** Peace process tracker: every track on one timeline, with round cards and a progress table. */
export function ProcessTrackerPanel() {
  const range = useDateRange();
  return (
    <Panel
      title={t('tracker.panel.title')}
      area="tracker"
      subtitle={t('tracker.panel.subtitle', { range: formatRange(range) })}
    >
      <DatasetGate files={['meetings', 'places', 'actors']}>
        {(data) => <Tracker data={data} range={range} />}
      </DatasetGate>
    </Panel>
  );
}

function Tracker({
  data,
  range,
}: {
  data: Pick<Dataset, 'meetings' | 'places' | 'actors'>;
  range: DateRange;
}) {
  const svgRef = useRef<SVGSVGElement>(null);
  const selectedRoundId = useSelectedRoundId();
  const actorId = useSelectedActorId();
  const setRange = useFiltersStore((s) => s.setRange);
  const selectRound = useFiltersStore((s) => s.selectRound);
  const selectActor = useFiltersStore((s) => s.selectActor);
  const focusPlace = useFiltersStore((s) => s.focusPlace);

  const places = useMemo(() => indexById(data.places.places), [data.places]);
  const actors = useMemo(() => indexById(data.actors.actors), [data.actors]);
  const inRange = useMemo(
    () => filterMeetingsByRange(data.meetings.meetings, range),
    [data.meetings, range],
  );
  const summaries = useMemo(
    () => summarizeTracks(data.meetings.meetings, range, tracks),
    [data.meetings, range],
  );
  const selected = selectedRoundId
    ? indexById(data.meetings.meetings).get(selectedRoundId)
    : undefined;
  const actor = actorId ? actors.get(actorId) : undefined;
  const actorName = actor ? nameOf(actor) : undefined;
  const attended = actorId ? inRange.filter((m) => m.participants.includes(actorId)).length : 0;
  // The message around the id of a round the dataset does not have, in its own word order.
  const missingRound = t('tracker.roundMissing').split('{id}');

  return (
    <div className="tracker" data-rendered-range={`${range.from}..${range.to}`}>
      <div className="panel__toolbar">
        <p className="summary" data-testid="tracker-summary">
          {t(actorName ? 'tracker.summaryActor' : 'tracker.summary', {
            items: t('tracker.items', { count: inRange.length }),
            tracks: t('tracker.tracks', { count: summaries.length }),
            actor: actorName ?? '',
            attended,
          })}
        </p>
        <ExportMenu
          title={t('tracker.export.title')}
          fileName="peace-process-timeline"
          renderChart={
            inRange.length > 0
              ? (save, { forBrief }) =>
                  withOffscreenSvg(
                    <ExportTimeline
                      meetings={inRange}
                      range={range}
                      width={Math.max(svgRef.current?.width.baseVal.value ?? 0, EXPORT_MIN_WIDTH)}
                      openRound={selected}
                      highlightActorId={actorId}
                      withList={!forBrief}
                    />,
                    save,
                  )
              : undefined
          }
          details={() =>
            selected
              ? t(
                  spanOverlapsRange(selected.start, selected.end, range)
                    ? 'tracker.export.openRound'
                    : 'tracker.export.openRoundOutside',
                  { title: titleOf(selected), dates: formatSpan(selected.start, selected.end) },
                )
              : undefined
          }
          sourceIds={() => [...new Set(inRange.flatMap((m) => m.sources))]}
          note={t('tracker.export.note')}
        />
      </div>
      {inRange.length === 0 ? (
        <EmptyState>{t('tracker.empty', { range: formatRangeInWords(range) })}</EmptyState>
      ) : (
        <Timeline
          meetings={inRange}
          range={range}
          selectedRoundId={selectedRoundId}
          highlightActorId={actorId}
          onSelectRound={selectRound}
          onBrush={setRange}
          svgRef={svgRef}
        />
      )}
      {selectedRoundId && !selected ? (
        <EmptyState>
          {/* The id comes from the link, as it was written. */}
          {missingRound[0]}
          <span translate="no">{selectedRoundId}</span>
          {missingRound[1]}
        </EmptyState>
      ) : null}
      {selected ? (
        <RoundCard
          meeting={selected}
          range={range}
          places={places}
          actors={actors}
          onClose={() => selectRound(null)}
          onSelectActor={selectActor}
          onShowPlace={focusPlace}
        />
      ) : null}
      {summaries.length > 0 ? <ProgressTable summaries={summaries} range={range} /> : null}
    </div>
  );
}

/** Where each track stood in the range; `printed`: as the brief prints it, without export buttons. */
export function ProgressTable({
  summaries,
  range,
  printed = false,
}: {
  summaries: readonly TrackSummary[];
  range: DateRange;
  printed?: boolean;
}) {
  const headingId = useId();
  const csv = () =>
    toCsv(
      [
        'track',
        'items_in_range',
        'held',
        'postponed_or_cancelled',
        'first',
        'first_date',
        'latest',
        'latest_date',
        'latest_status',
        'days_since_previous',
        'latest_outcome',
      ],
      summaries.map((s) => [
        trackLabels[s.track],
        s.total,
        s.held,
        s.notHeld,
        s.first.title,
        s.first.start,
        s.latest.title,
        s.latest.start,
        s.latest.status,
        s.daysSincePrevious,
        s.latest.outcome,
      ]),
    );
  return (
    <section className="progress" aria-labelledby={headingId}>
      <div className="panel__toolbar">
        <h3 id={headingId} className="section-title">
          {t('tracker.progress.heading', { range: formatRange(range) })}
        </h3>
        {printed ? null : (
          <ExportMenu
            title={t('tracker.progress.exportTitle')}
            fileName="peace-process-progress"
            sourceIds={summaries.flatMap((s) => s.latest.sources)}
            csv={csv}
          />
        )}
      </div>
      <div className="table-scroll">
        <table className="data-table data-table--cards" data-testid="progress-table">
          <thead>
            <tr>
              <th scope="col">{t('tracker.progress.track')}</th>
              <th scope="col" className="numeric">
                {t('tracker.progress.held')}
              </th>
              <th scope="col" className="numeric">
                {t('tracker.progress.notHeld')}
              </th>
              <th scope="col">{t('tracker.progress.first')}</th>
              <th scope="col">{t('tracker.progress.latest')}</th>
              <th scope="col" className="numeric">
                {t('tracker.progress.days')}
              </th>
            </tr>
          </thead>
          <tbody>
            {summaries.map((s) => (
              <tr key={s.track}>
                <th scope="row">
                  <span
                    className="swatch"
                    aria-hidden="true"
                    style={{ background: trackColor(s.track) }}
                  />{' '}
                  <span className="cell-title">{trackLabels[s.track]}</span>
                </th>
                <td className="numeric" data-label={t('tracker.progress.held')}>
                  {formatNumber(s.held)}
                </td>
                <td className="numeric" data-label={t('tracker.progress.notHeld')}>
                  {formatNumber(s.notHeld)}
                </td>
                <td data-label={t('tracker.progress.first')}>
                  <span className="cell-title">{titleOf(s.first)}</span>
                  <span className="cell-meta">{formatSpan(s.first.start, s.first.end)}</span>
                </td>
                <td data-label={t('tracker.progress.latest')}>
                  <span className="cell-title">{titleOf(s.latest)}</span>
                  <span className="cell-meta">
                    {formatSpan(s.latest.start, s.latest.end)}{' '}
                    <Badge tone={statusTone[s.latest.status]}>
                      {statusLabels[s.latest.status]}
                    </Badge>
                  </span>
                  {printed ? null : (
                    <EnglishText className="cell-meta">{s.latest.outcome}</EnglishText>
                  )}
                </td>
                <td
                  className="numeric"
                  data-label={t('tracker.progress.days')}
                  title={
                    s.previous
                      ? t('tracker.progress.after', {
                          title: titleOf(s.previous),
                          date: formatDate(s.previous.start),
                        })
                      : undefined
                  }
                >
                  {s.daysSincePrevious === undefined ? '–' : formatNumber(s.daysSincePrevious)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
