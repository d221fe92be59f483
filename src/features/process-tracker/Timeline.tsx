import {
  useCallback,
  useId,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type RefObject,
} from 'react';
import { useDrawnRange, useInViewOrDeferred } from '@/lib/use-in-view';
import { DragBand } from '@/components/DragBand';
import { useDragRange } from '@/lib/use-drag-range';
import { statusLabels, trackColor } from '@/data/labels';
import { meetingStatuses, tracks, type Meeting } from '@/data/schemas/meetings';
import { titleOf } from '@/i18n/data-names';
import { t } from '@/i18n/t';
import type { DateRange } from '@/lib/dates';
import { formatSpan } from '@/lib/format';
import { useElementWidth } from '@/lib/use-element-width';
import { layoutTimeline, TIMELINE, type PlacedItem } from './timeline';
import { PlotClip, TimelineFrame } from './TimelineFrame';
import { MarkSymbol, OpenRing } from './TimelineMark';

interface TimelineProps {
  meetings: readonly Meeting[];
  range: DateRange;
  selectedRoundId: string | null;
  highlightActorId: string | null;
  onSelectRound: (id: string) => void;
  onBrush: (range: DateRange) => void;
  svgRef: RefObject<SVGSVGElement | null>;
}

/**
 * Swimlanes, one per track, with time across the global range. Each item is a bar for its
 * days or a diamond when it is too short to see, styled by status. Drag across the plot to set
 * the range; arrow keys move between items (left/right within a lane, up/down between lanes).
 */
export function Timeline({
  meetings,
  range,
  selectedRoundId,
  highlightActorId,
  onSelectRound,
  onBrush,
  svgRef,
}: TimelineProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  // Until the first layout gives the container's width, a phone's.
  const width = useElementWidth(containerRef) || 320;
  // The labels' column fits the labels in the language shown: a change of language mounts the
  // dashboard anew (App), so the layout is made again with the new labels.
  const layout = useMemo(
    () => layoutTimeline(meetings, range, width, tracks),
    [meetings, range, width],
  );
  const { lanes, height, plotLeft, plotWidth, scale } = layout;
  // An id of letters only: it goes into url(#…), where React's own id characters need escaping.
  const clipId = `timeline-plot-${useId().replace(/[^a-zA-Z0-9]/g, '')}`;

  const [focusId, setFocusId] = useState<string | null>(null);
  const itemRefs = useRef(new Map<string, SVGGElement>());
  const registerItem = useCallback((id: string, node: SVGGElement | null) => {
    if (node) itemRefs.current.set(id, node);
    else itemRefs.current.delete(id);
  }, []);
  const drag = useDragRange({
    plot: { x: plotLeft, width: plotWidth },
    dateAt: (x) => scale.dateAt(x - plotLeft),
    onRange: onBrush,
  });

  const ordered = useMemo(
    () =>
      lanes.map((lane) =>
        [...lane.items]
          .sort((a, b) => a.meeting.start.localeCompare(b.meeting.start))
          .map((i) => i.meeting),
      ),
    [lanes],
  );
  const focusItem = (id: string | undefined) => {
    if (!id) return;
    setFocusId(id);
    itemRefs.current.get(id)?.focus();
  };
  const onItemKey = (event: KeyboardEvent, meeting: Meeting, laneIndex: number) => {
    const lane = ordered[laneIndex] ?? [];
    const index = lane.findIndex((m) => m.id === meeting.id);
    const nearestIn = (other: readonly Meeting[] | undefined) =>
      other?.reduce<Meeting | undefined>(
        (best, m) =>
          !best ||
          Math.abs(Date.parse(m.start) - Date.parse(meeting.start)) <
            Math.abs(Date.parse(best.start) - Date.parse(meeting.start))
            ? m
            : best,
        undefined,
      );
    const moves: Record<string, () => void> = {
      ArrowRight: () => focusItem(lane[index + 1]?.id),
      ArrowLeft: () => focusItem(lane[index - 1]?.id),
      ArrowDown: () => focusItem(nearestIn(ordered[laneIndex + 1])?.id),
      ArrowUp: () => focusItem(nearestIn(ordered[laneIndex - 1])?.id),
      Home: () => focusItem(lane[0]?.id),
      End: () => focusItem(lane[lane.length - 1]?.id),
      Enter: () => onSelectRound(meeting.id),
      ' ': () => onSelectRound(meeting.id),
    };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      move();
    }
  };
  // One item in the whole timeline is in the tab order: the focused, the open, or the first.
  const tabStop = focusId ?? selectedRoundId ?? ordered[0]?.[0]?.id;
  const drawnRange = useDrawnRange(range);

  return (
    <div ref={containerRef} className="timeline">
      <svg
        ref={svgRef}
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        className="timeline__svg"
        role="group"
        aria-label={t('tracker.timeline.label', {
          items: t('tracker.items', { count: meetings.length }),
          tracks: t('tracker.tracks', { count: lanes.length }),
        })}
      >
        <defs>
          <PlotClip id={clipId} layout={layout} plotBottom={height} />
        </defs>
        <TimelineFrame layout={layout} plotBottom={height} />
        <rect
          className="timeline__brush-area"
          data-export="skip"
          x={plotLeft}
          y={TIMELINE.axis}
          width={plotWidth}
          height={height - TIMELINE.axis}
          fill="transparent"
          {...drag.handlers}
        />
        <g data-marks="" data-drawn-range={drawnRange} clipPath={`url(#${clipId})`}>
          {lanes.map((lane, laneIndex) => (
            <TimelineLane
              key={lane.track}
              items={lane.items}
              color={trackColor(lane.track)}
              highlightActorId={highlightActorId}
              selectedRoundId={selectedRoundId}
              tabStop={tabStop}
              onSelectRound={onSelectRound}
              onFocusItem={setFocusId}
              onItemKey={(event, meeting) => onItemKey(event, meeting, laneIndex)}
              registerItem={registerItem}
            />
          ))}
        </g>
        {drag.band ? (
          <DragBand band={drag.band} y={TIMELINE.axis} height={height - TIMELINE.axis} />
        ) : null}
      </svg>
      <ul className="legend__group timeline__legend" aria-label={t('tracker.timeline.status')}>
        {meetingStatuses.map((status) => (
          <li key={status}>
            <svg width="22" height="14" aria-hidden="true">
              <MarkSymbol shape="bar" status={status} x0={1} x1={21} y={1} color={null} />
            </svg>
            {statusLabels[status]}
          </li>
        ))}
        <li>
          <svg width="16" height="16" aria-hidden="true">
            <MarkSymbol shape="diamond" status="held" x0={7} x1={9} y={1} color={null} />
          </svg>
          {t('tracker.timeline.tooShort')}
        </li>
        <li>{t('tracker.timeline.drag')}</li>
      </ul>
    </div>
  );
}

interface TimelineLaneProps {
  items: readonly PlacedItem[];
  color: string;
  highlightActorId: string | null;
  selectedRoundId: string | null;
  /** The one item in the tab order. */
  tabStop: string | undefined;
  onSelectRound: (id: string) => void;
  onFocusItem: (id: string) => void;
  onItemKey: (event: KeyboardEvent, meeting: Meeting) => void;
  /** Told each item's element as it comes and goes, for keyboard focus. */
  registerItem: (id: string, node: SVGGElement | null) => void;
}

/**
 * One track's items. In view, drawn at once. Scrolled out of the panel's view (the lower lanes,
 * on most screens), it keeps what it drew until a background render after what is in view: a
 * range change moves every item and adds or removes dozens.
 */
function TimelineLane(props: TimelineLaneProps) {
  const [ref, shown] = useInViewOrDeferred<SVGGElement, TimelineLaneProps>(props);
  const {
    items,
    color,
    highlightActorId,
    selectedRoundId,
    tabStop,
    onSelectRound,
    onFocusItem,
    onItemKey,
    registerItem,
  } = shown;
  return (
    <g ref={ref} className="timeline__lane-marks">
      {items.map(({ meeting, x0, x1, y, shape }) => {
        const involved = highlightActorId ? meeting.participants.includes(highlightActorId) : true;
        const selected = meeting.id === selectedRoundId;
        const title = titleOf(meeting);
        const dates = formatSpan(meeting.start, meeting.end);
        const status = statusLabels[meeting.status];
        return (
          <g
            key={meeting.id}
            ref={(node) => registerItem(meeting.id, node)}
            className="timeline__item"
            data-meeting-id={meeting.id}
            data-status={meeting.status}
            role="button"
            tabIndex={meeting.id === tabStop ? 0 : -1}
            aria-pressed={selected}
            aria-label={[title, dates, status].join(t('common.listSeparator'))}
            opacity={involved ? 1 : 0.22}
            onClick={() => onSelectRound(meeting.id)}
            onFocus={() => onFocusItem(meeting.id)}
            onKeyDown={(e) => onItemKey(e, meeting)}
          >
            <title>{t('tracker.timeline.title', { title, dates, status })}</title>
            <MarkSymbol shape={shape} status={meeting.status} x0={x0} x1={x1} y={y} color={color} />
            {selected ? <OpenRing shape={shape} x0={x0} x1={x1} y={y} /> : null}
          </g>
        );
      })}
    </g>
  );
}
