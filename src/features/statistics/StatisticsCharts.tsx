import { useCallback, useMemo } from 'react';
import { EnglishText } from '@/components/EnglishText';
import { SourceLinks } from '@/components/SourceLinks';
import type { Dataset } from '@/data/dataset-files';
import { trackLabels, trackColor } from '@/data/labels';
import { useDatasetFile } from '@/data/queries';
import { tracks, type Track } from '@/data/schemas/meetings';
import { eventsByActor, filterMeetingsByRange, indexById } from '@/data/selectors';
import { titleOf } from '@/i18n/data-names';
import { t } from '@/i18n/t';
import type { DateRange } from '@/lib/dates';
import { formatMonth, formatNumber, formatSpan } from '@/lib/format';
import { toggledSubset } from '@/lib/subset';
import { useFiltersStore } from '@/stores/filters';
import { useShownOwnLayer } from '@/stores/own-events';
import type { Annotation } from './annotation-layer';
import { withColors } from './series';
import {
  deathsLines,
  monthlyDeathsLines,
  periodTotalLines,
  seriesInRange,
  snapshotLines,
} from './series-lines';
import { comparisonWindows } from './before-after';
import { ownMonthlyLines } from './own-lines';
import { RefugeesByAsylumChart } from './RefugeesByAsylumChart';
import { light } from '@/styles/colours';
import { BeforeAfterView } from './BeforeAfterView';
import type { ChartWindows } from './chart-frame';
import { TimeChart, type TimeChartProps } from './TimeChart';
import { ChartSlot } from './ChartSlot';
import { SegmentedControl } from '@/components/SegmentedControl';
import { semicolon } from './dataset-names';
import { Publisher } from '@/components/Publisher';
import { richMessage } from '@/i18n/rich';

/** Neutral colour for the selected actor's own events (not a track). */
const ACTOR_EVENT_COLOR = light('actor-event-mark');

const deathsModes = () =>
  [
    { value: 'annual', label: t('statistics.deaths.annual') },
    { value: 'cumulative', label: t('statistics.deaths.cumulative') },
  ] as const;
const refugeeLayouts = () =>
  [
    { value: false, label: t('statistics.refugees.lines') },
    { value: true, label: t('statistics.refugees.stacked') },
  ] as const;

/** The day UNHCR counts returns from: the fall of the Assad government. */
const RETURNS_SINCE = '2024-12-08';

/** The charts of the statistics panel; loaded on demand with the charting library. */
export default function StatisticsCharts({
  data,
  range,
}: {
  data: Pick<Dataset, 'statistics'>;
  range: DateRange;
}) {
  const setRange = useFiltersStore((s) => s.setRange);
  const actorId = useFiltersStore((s) => s.actorId);
  const roundId = useFiltersStore((s) => s.roundId);
  const meta = useDatasetFile('meta');
  const meetingsFile = useDatasetFile('meetings');
  const eventsFile = useDatasetFile('events');
  const catalogue = useMemo(() => indexById(meta.data?.sources ?? []), [meta.data]);

  // The charts' choices live in the store, and so in the link (see stores/url-params.ts).
  const setView = useFiltersStore((s) => s.setView);
  const deathsMode = useFiltersStore((s) => s.deathsMode);
  const refugeesStacked = useFiltersStore((s) => s.refugeesStacked);
  const chartTracks = useFiltersStore((s) => s.chartTracks);
  const pickedId = useFiltersStore((s) => s.compareId);
  const windowMonths = useFiltersStore((s) => s.compareMonths);
  const shownTracks = useMemo(() => new Set<Track>(chartTracks ?? tracks), [chartTracks]);
  const setPickedId = useCallback((compareId: string | null) => setView({ compareId }), [setView]);

  // Whole series first, built once per mode; then cut to the range on each change. The whole
  // lines keep their identity across range changes, so the charts get the same data to draw.
  const series = data.statistics.series;
  const deaths = useMemo(() => deathsLines(series, deathsMode), [series, deathsMode]);
  const allDeathLines = useMemo(
    () =>
      withColors(
        deathsMode === 'annual'
          ? deaths.lines
          : [...deaths.lines, ...periodTotalLines(deaths.periodTotals)],
      ),
    [deaths, deathsMode],
  );
  const allMonthlyDeathLines = useMemo(() => withColors(monthlyDeathsLines(series)), [series]);
  const ownLayer = useShownOwnLayer();
  // In the layer's own colours (as on the map), not the palette the tracks' marks also use.
  const allOwnLines = useMemo(
    () =>
      ownLayer
        ? ownMonthlyLines(ownLayer).map((line, i) => ({
            ...line,
            color: light(i === 0 ? 'own-3' : 'own-1'),
          }))
        : [],
    [ownLayer],
  );
  const allRefugeeLines = useMemo(
    () =>
      withColors(
        snapshotLines(
          series,
          (s) =>
            s.measure === 'refugees' &&
            s.group === undefined &&
            (!refugeesStacked || s.hostCountry !== undefined || /north africa/i.test(s.title)),
        ),
      ),
    [series, refugeesStacked],
  );
  const allDisplacementLines = useMemo(
    () => withColors(snapshotLines(series, (s) => s.measure === 'idps' || s.measure === 'returns')),
    [series],
  );
  // The comparison reads every figure of the series, not only those in the range.
  const beforeAfterLines = useMemo(
    () => [...allDeathLines, ...allRefugeeLines, ...allDisplacementLines],
    [allDeathLines, allRefugeeLines, allDisplacementLines],
  );

  const meetingsInRange = useMemo(
    () =>
      filterMeetingsByRange(meetingsFile.data?.meetings ?? [], range).map((m) => ({
        id: m.id,
        title: titleOf(m),
        start: m.start,
      })),
    [meetingsFile.data, range],
  );
  // Every meeting and every event of the selected actor, whatever the range: the charts draw
  // those their plot reaches, and the list keeps its identity when only the range changes.
  const actorEvents = useMemo(
    () => (actorId && eventsFile.data ? eventsByActor(eventsFile.data.events).allOf(actorId) : []),
    [eventsFile.data, actorId],
  );
  const annotations: Annotation[] = useMemo(
    () => [
      ...(meetingsFile.data?.meetings ?? [])
        // The open round is marked whatever tracks are shown.
        .filter((m) => shownTracks.has(m.track) || m.id === roundId)
        .map((m) => ({
          id: m.id,
          title: t('statistics.marks.meeting', { track: trackLabels[m.track], title: titleOf(m) }),
          start: m.start,
          end: m.end,
          color: trackColor(m.track),
          emphasised:
            m.id === pickedId ||
            m.id === roundId ||
            (actorId !== null && m.participants.includes(actorId)),
        })),
      ...actorEvents.map((e) => ({
        id: e.id,
        title: e.title,
        english: true,
        start: e.date,
        end: e.endDate ?? e.date,
        color: ACTOR_EVENT_COLOR,
        emphasised: true,
      })),
    ],
    [meetingsFile.data, actorEvents, shownTracks, pickedId, roundId, actorId],
  );
  const picked = useMemo(() => {
    if (!pickedId) return undefined;
    const meeting = meetingsFile.data && indexById(meetingsFile.data.meetings).get(pickedId);
    if (meeting)
      return { id: meeting.id, title: titleOf(meeting), start: meeting.start, end: meeting.end };
    // An event's title is the dataset's English.
    const event = eventsFile.data && indexById(eventsFile.data.events).get(pickedId);
    return event
      ? {
          id: event.id,
          title: event.title,
          english: true,
          start: event.date,
          end: event.endDate ?? event.date,
        }
      : undefined;
  }, [pickedId, meetingsFile.data, eventsFile.data]);
  const windows = useMemo(
    () => (picked ? comparisonWindows(picked, windowMonths) : undefined),
    [picked, windowMonths],
  );
  const chartWindows = useMemo<ChartWindows | undefined>(
    () =>
      picked && windows
        ? {
            before: windows.before,
            after: windows.after,
            label: t('statistics.windows.label', {
              count: windowMonths,
              title: picked.title,
              dates: formatSpan(picked.start, picked.end),
            }),
          }
        : undefined,
    [picked, windows, windowMonths],
  );
  const deathsPeriodTotals = seriesInRange(deaths.periodTotals, range);
  const deathsPeriodText = periodTotalsText(deathsPeriodTotals);
  const common = {
    windows: chartWindows,
    annotations,
    onPickAnnotation: setPickedId,
    onBrush: setRange,
    catalogue,
  };
  const toggleTrack = (track: Track) => {
    const next = toggledSubset(tracks, shownTracks, track);
    // All tracks shown is the default, written as no parameter.
    setView({ chartTracks: next.length === tracks.length ? null : next });
  };

  return (
    <div className="statistics" data-rendered-range={`${range.from}..${range.to}`}>
      <div className="annotation-toggles" role="group" aria-label={t('statistics.marks.group')}>
        <span className="field__label">{t('statistics.marks.label')}</span>
        {tracks.map((track) => (
          <button
            key={track}
            type="button"
            className="chip chip--light"
            aria-pressed={shownTracks.has(track)}
            onClick={() => toggleTrack(track)}
          >
            <span className="swatch" aria-hidden="true" style={{ background: trackColor(track) }} />
            {trackLabels[track]}
          </button>
        ))}
      </div>

      {ownLayer ? (
        <SlottedTimeChart
          {...common}
          range={range}
          title={t('statistics.own.title')}
          fileName="own-events-per-month"
          allLines={allOwnLines}
          note={t('statistics.own.note', { file: ownLayer.fileName, format: ownLayer.format })}
          screenNote={richMessage('statistics.own.note', {
            file: <span translate="no">{ownLayer.fileName}</span>,
            format: ownLayer.format,
          })}
          exportNote={t('statistics.own.exportNote', { citation: ownLayer.citation })}
        />
      ) : null}

      <ChartSlot range={range}>
        <TimeChart
          {...common}
          range={range}
          title={t('statistics.deaths.title')}
          fileName="deaths-by-source"
          allLines={allDeathLines}
          note={t(
            deathsMode === 'annual'
              ? 'statistics.deaths.noteAnnual'
              : 'statistics.deaths.noteCumulative',
          )}
          exportNote={
            deathsMode === 'annual' && deathsPeriodText
              ? t('statistics.deaths.periodTotalsNote', { totals: deathsPeriodText })
              : undefined
          }
          controls={
            <SegmentedControl
              small
              label={t('statistics.deaths.modes')}
              options={deathsModes()}
              value={deathsMode}
              onChange={(mode) => setView({ deathsMode: mode })}
            />
          }
        >
          {deathsMode === 'annual' ? <PeriodTotals totals={deathsPeriodTotals} /> : null}
        </TimeChart>
      </ChartSlot>

      <SlottedTimeChart
        {...common}
        range={range}
        title={t('statistics.monthly.title')}
        fileName="deaths-per-month"
        allLines={allMonthlyDeathLines}
        note={t('statistics.monthly.note')}
      />

      <SlottedTimeChart
        {...common}
        range={range}
        title={t('statistics.refugees.title')}
        fileName="refugees-by-host-country"
        allLines={allRefugeeLines}
        stacked={refugeesStacked}
        note={t('statistics.refugees.note')}
        controls={
          <SegmentedControl
            small
            label={t('statistics.refugees.layouts')}
            options={refugeeLayouts()}
            value={refugeesStacked}
            onChange={(stacked) => setView({ refugeesStacked: stacked })}
          />
        }
      />

      <ChartSlot range={range}>
        <RefugeesByAsylumChart {...common} range={range} series={series} />
      </ChartSlot>

      <SlottedTimeChart
        {...common}
        range={range}
        title={t('statistics.displacement.title', { month: formatMonth(RETURNS_SINCE) })}
        fileName="displacement-and-returns"
        allLines={allDisplacementLines}
        note={t('statistics.displacement.note', {
          day: Number(RETURNS_SINCE.slice(8)),
          month: formatMonth(RETURNS_SINCE),
        })}
      />

      <ChartSlot range={range}>
        <BeforeAfterView
          lines={beforeAfterLines}
          candidates={meetingsInRange}
          picked={picked}
          windows={windows}
          onPick={setPickedId}
          windowMonths={windowMonths}
          onWindowMonths={(compareMonths) => setView({ compareMonths })}
          ownLayer={ownLayer}
        />
      </ChartSlot>
    </div>
  );
}

/** A time chart in its slot: drawn for the range in view, after the rest out of view. */
function SlottedTimeChart({ range, ...chart }: TimeChartProps) {
  return (
    <ChartSlot range={range}>
      <TimeChart {...chart} range={range} />
    </ChartSlot>
  );
}

type PeriodTotalSeries = ReturnType<typeof seriesInRange>;

/** What the totals over a period in the range are, said on the annual chart's exports. */
function periodTotalsText(totals: PeriodTotalSeries): string {
  return totals
    .flatMap((s) =>
      s.points.map((p) =>
        t('statistics.deaths.periodTotal', {
          value: formatNumber(p.value),
          definition: s.definition,
          publisher: s.publisher,
          dates: formatSpan(p.start ?? p.date, p.date),
        }),
      ),
    )
    .join(semicolon());
}

/** The totals over a period in the range, listed beside the annual chart with their sources. */
function PeriodTotals({ totals }: { totals: PeriodTotalSeries }) {
  if (totals.length === 0) return null;
  return (
    <div className="period-totals">
      <p className="field__label">{t('statistics.deaths.periodTotalsHeading')}</p>
      <ul>
        {totals.flatMap((s) =>
          s.points.map((p) => (
            <li key={`${s.id}-${p.date}`}>
              {richMessage('statistics.deaths.periodTotalItem', {
                value: <strong>{formatNumber(p.value)}</strong>,
                definition: <EnglishText>{s.definition}</EnglishText>,
                publisher: <Publisher name={s.publisher} />,
                dates: formatSpan(p.start ?? p.date, p.date),
              })}{' '}
              <SourceLinks ids={p.sources ?? s.sources} />
            </li>
          )),
        )}
      </ul>
    </div>
  );
}
