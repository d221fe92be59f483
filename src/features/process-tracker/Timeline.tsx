import {
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type PointerEvent,
  type RefObject,
} from 'react';
import { statusLabels, trackLabels, trackColor } from '@/data/labels';
import { tracks, type Meeting } from '@/data/schemas/meetings';
import type { DateRange } from '@/lib/dates';
import { formatSpan } from '@/lib/format';
import { useElementWidth } from '@/lib/use-element-width';
import { timeTicks } from '@/lib/time-ticks';
import { buildLanes, timeScale } from './timeline';

const GUTTER = 170;
const RIGHT = 16;
const AXIS = 26;
const ROW = 18;
const LANE_PAD = 10;
const MARK = 12;
/** Below this width on screen an item is drawn as a diamond instead of a bar. */
const MIN_BAR = 6;

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
  const width = Math.max(useElementWidth(containerRef), 320);
  const plotWidth = width - GUTTER - RIGHT;
  const scale = useMemo(() => timeScale(range, plotWidth), [range, plotWidth]);
  // Marks need about MARK pixels; keep items closer than that on separate rows.
  const minGapDays = MARK / scale.pxPerDay;
  const lanes = useMemo(() => buildLanes(meetings, tracks, minGapDays), [meetings, minGapDays]);
  const ticks = useMemo(() => timeTicks(range), [range]);

  const laneTops: number[] = [];
  let height = AXIS;
  for (const lane of lanes) {
    laneTops.push(height);
    height += lane.rows * ROW + 2 * LANE_PAD;
  }
  height += 4;

  const [brush, setBrush] = useState<{ start: number; end: number } | null>(null);
  const [focusId, setFocusId] = useState<string | null>(null);
  const itemRefs = useRef(new Map<string, SVGGElement>());

  const plotX = (event: PointerEvent) => {
    const rect = (event.currentTarget as SVGRectElement).getBoundingClientRect();
    return event.clientX - rect.left;
  };
  const onPointerDown = (event: PointerEvent<SVGRectElement>) => {
    if (event.button !== 0) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    const x = plotX(event);
    setBrush({ start: x, end: x });
  };
  const onPointerMove = (event: PointerEvent<SVGRectElement>) => {
    if (brush) setBrush({ ...brush, end: plotX(event) });
  };
  const onPointerUp = (event: PointerEvent<SVGRectElement>) => {
    if (!brush) return;
    const end = plotX(event);
    const [a, b] = [Math.min(brush.start, end), Math.max(brush.start, end)];
    setBrush(null);
    if (b - a >= 4) onBrush({ from: scale.dateAt(a), to: scale.dateAt(b) });
  };

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

  return (
    <div ref={containerRef} className="timeline">
      <svg
        ref={svgRef}
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        className="timeline__svg"
        role="group"
        aria-label={`Peace process timeline, ${meetings.length} items on ${lanes.length} tracks`}
      >
        <g className="timeline__axis" aria-hidden="true">
          {ticks.map((tick) => {
            const x = GUTTER + scale.x(tick.date);
            return (
              <g key={tick.date} data-axis-tick="">
                <line x1={x} x2={x} y1={AXIS - 6} y2={height} className="timeline__grid" />
                <text x={x + 3} y={AXIS - 10} className="timeline__tick">
                  {tick.label}
                </text>
              </g>
            );
          })}
        </g>
        {lanes.map((lane, laneIndex) => {
          const top = laneTops[laneIndex] ?? 0;
          const laneHeight = lane.rows * ROW + 2 * LANE_PAD;
          const color = trackColor(lane.track);
          return (
            <g key={lane.track} className="timeline__lane" data-track={lane.track}>
              <rect
                x={0}
                y={top}
                width={width}
                height={laneHeight}
                className={
                  laneIndex % 2 ? 'timeline__lane-bg timeline__lane-bg--odd' : 'timeline__lane-bg'
                }
              />
              <rect x={8} y={top + laneHeight / 2 - 5} width={10} height={10} fill={color} />
              <text x={24} y={top + laneHeight / 2 + 4} className="timeline__label">
                {trackLabels[lane.track]}
              </text>
            </g>
          );
        })}
        <rect
          className="timeline__brush-area"
          data-export="skip"
          x={GUTTER}
          y={AXIS}
          width={plotWidth}
          height={height - AXIS}
          fill="transparent"
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={onPointerUp}
          onPointerCancel={() => setBrush(null)}
        />
        {lanes.map((lane, laneIndex) => {
          const top = laneTops[laneIndex] ?? 0;
          const color = trackColor(lane.track);
          return lane.items.map(({ meeting, row }) => {
            const x0 = GUTTER + scale.x(meeting.start);
            const x1 = GUTTER + scale.x(meeting.end) + scale.pxPerDay;
            const y = top + LANE_PAD + row * ROW + (ROW - MARK) / 2;
            const involved = highlightActorId
              ? meeting.participants.includes(highlightActorId)
              : true;
            const selected = meeting.id === selectedRoundId;
            const hollow = meeting.status !== 'held';
            const dash = meeting.status === 'postponed' ? '3 2' : undefined;
            const bar = x1 - x0 >= MIN_BAR;
            const cx = Math.min(Math.max((x0 + x1) / 2, GUTTER), GUTTER + plotWidth);
            return (
              <g
                key={meeting.id}
                ref={(node) => {
                  if (node) itemRefs.current.set(meeting.id, node);
                  else itemRefs.current.delete(meeting.id);
                }}
                className="timeline__item"
                data-meeting-id={meeting.id}
                data-status={meeting.status}
                role="button"
                tabIndex={meeting.id === tabStop ? 0 : -1}
                aria-pressed={selected}
                aria-label={`${meeting.title}, ${formatSpan(meeting.start, meeting.end)}, ${statusLabels[meeting.status]}`}
                opacity={involved ? 1 : 0.22}
                onClick={() => onSelectRound(meeting.id)}
                onFocus={() => setFocusId(meeting.id)}
                onKeyDown={(e) => onItemKey(e, meeting, laneIndex)}
              >
                <title>{`${meeting.title} — ${formatSpan(meeting.start, meeting.end)} — ${statusLabels[meeting.status]}`}</title>
                {bar ? (
                  <rect
                    data-mark="bar"
                    x={Math.max(x0, GUTTER)}
                    y={y}
                    width={Math.max(Math.min(x1, GUTTER + plotWidth) - Math.max(x0, GUTTER), 2)}
                    height={MARK}
                    rx={2}
                    fill={hollow ? undefined : color}
                    className={hollow ? 'timeline__hollow' : undefined}
                    stroke={color}
                    strokeWidth={hollow ? 1.5 : 0.5}
                    strokeDasharray={dash}
                  />
                ) : (
                  <path
                    data-mark="diamond"
                    d={`M${cx},${y - 1} l${MARK / 2 + 1},${MARK / 2 + 1} l${-(MARK / 2 + 1)},${MARK / 2 + 1} l${-(MARK / 2 + 1)},${-(MARK / 2 + 1)} z`}
                    fill={hollow ? undefined : color}
                    className={hollow ? 'timeline__hollow' : undefined}
                    stroke={color}
                    strokeWidth={hollow ? 1.5 : 0.5}
                    strokeDasharray={dash}
                  />
                )}
                {meeting.status === 'cancelled' ? (
                  <line
                    x1={cx - 5}
                    y1={y + 1}
                    x2={cx + 5}
                    y2={y + MARK - 1}
                    stroke={color}
                    strokeWidth={1.5}
                  />
                ) : null}
                {selected ? (
                  <rect
                    data-open-ring=""
                    x={Math.max(x0, GUTTER) - 3}
                    y={y - 3}
                    width={Math.max(x1 - x0, MARK) + 6}
                    height={MARK + 6}
                    rx={3}
                    fill="none"
                    className="timeline__ring"
                    strokeWidth={2}
                  />
                ) : null}
              </g>
            );
          });
        })}
        {brush ? (
          <rect
            data-export="skip"
            x={GUTTER + Math.min(brush.start, brush.end)}
            y={AXIS}
            width={Math.abs(brush.end - brush.start)}
            height={height - AXIS}
            fill="#0072B2"
            fillOpacity={0.15}
            stroke="#0072B2"
            pointerEvents="none"
          />
        ) : null}
      </svg>
      <ul className="legend__group timeline__legend" aria-label="Status">
        {(['held', 'scheduled', 'postponed', 'cancelled'] as const).map((status) => (
          <li key={status}>
            <svg width="22" height="12" aria-hidden="true">
              <rect
                x="1"
                y="1"
                width="20"
                height="10"
                rx="2"
                className={status === 'held' ? 'legend__mark legend__mark--filled' : 'legend__mark'}
                strokeWidth="1.5"
                strokeDasharray={status === 'postponed' ? '3 2' : undefined}
              />
              {status === 'cancelled' ? (
                <line x1="6" y1="2" x2="16" y2="10" className="legend__mark" strokeWidth="1.5" />
              ) : null}
            </svg>
            {statusLabels[status]}
          </li>
        ))}
        <li>Drag across the timeline to set the date range.</li>
      </ul>
    </div>
  );
}
