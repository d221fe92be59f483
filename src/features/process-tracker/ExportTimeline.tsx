import { statusLabels, trackColor, trackLabels } from '@/data/labels';
import { meetingStatuses, tracks, type Meeting } from '@/data/schemas/meetings';
import { titleOf } from '@/i18n/data-names';
import { t } from '@/i18n/t';
import type { DateRange } from '@/lib/dates';
import { wrapText } from '@/lib/export/text-layout';
import { formatNumber, formatSpan } from '@/lib/format';
import { assignKeys, flowColumns, layoutTimeline, markExtent, TIMELINE } from './timeline';
import { PlotClip, TimelineFrame } from './TimelineFrame';
import { MarkSymbol, OpenRing } from './TimelineMark';

const KEY_SIZE = 10;
/** Generous for Inter's digits, so that a key never reaches the next mark in its row. */
const DIGIT_WIDTH = 0.62;
/** Clear of the open round's ring, which stands 3 px off its mark. */
const KEY_GAP = 5;
const LEGEND_ROW = 20;
const ENTRY_INDENT = 50;
const TITLE_SIZE = 12;
const TITLE_LINE = 15;
const META_LINE = 15;
const ENTRY_GAP = 7;
const MIN_COLUMN = 420;
const COLUMN_GAP = 24;

interface ExportTimelineProps {
  /** The items in range. */
  meetings: readonly Meeting[];
  range: DateRange;
  width: number;
  openRound: Meeting | undefined;
  highlightActorId: string | null;
  /**
   * Draw the list of the items under the legend (the default). The brief leaves it out and
   * prints the same list, by the same numbers, as text that may run on to the next page.
   */
  withList?: boolean;
}

/**
 * The timeline as an exported image draws it: the screen's axis, lanes and marks (the same
 * layout and symbols), each mark with a key, a legend of every symbol, and under it the list
 * of the items in range by key with title, dates, track and status, so that the image says by
 * itself what each mark is. The open round's mark has the screen's ring and its entry is bold.
 */
export function ExportTimeline({
  meetings,
  range,
  width,
  openRound,
  highlightActorId,
  withList = true,
}: ExportTimelineProps) {
  const keys = assignKeys(meetings, tracks);
  const keyWidth = String(meetings.length).length * KEY_SIZE * DIGIT_WIDTH;
  const keyRoom = KEY_GAP + keyWidth + KEY_GAP;
  // The keys of marks cut at the right edge print beyond it, in room kept for them.
  const layout = layoutTimeline(meetings, range, width, tracks, keyRoom, keyRoom);
  const plotBottom = layout.height;
  const clipId = 'timeline-export-plot';
  const items = layout.lanes.flatMap((lane) =>
    lane.items.map((item) => ({ ...item, color: trackColor(lane.track) })),
  );
  const dimmed = (meeting: Meeting) =>
    highlightActorId !== null && !meeting.participants.includes(highlightActorId);

  const legendTop = plotBottom + 10;
  const legend = [
    ...meetingStatuses.map((status) => ({
      key: status,
      shape: 'bar' as const,
      status,
      label: statusLabels[status],
    })),
    {
      key: 'bar',
      shape: 'bar' as const,
      status: 'held' as const,
      label: t('tracker.export.bar'),
    },
    {
      key: 'diamond',
      shape: 'diamond' as const,
      status: 'held' as const,
      label: t('tracker.export.diamond'),
    },
  ];
  const legendRows = placeLegend(
    legend.map((entry) => entry.label),
    width,
  );
  const notesTop = legendTop + legendRows.height + 6;
  const notes = wrapText(
    [
      t(withList ? 'tracker.export.keysBelow' : 'tracker.export.keysAfter'),
      openRound ? t('tracker.export.openRinged') : '',
    ]
      .filter(Boolean)
      .join(' '),
    width - 16,
    11,
  );
  const headingTop = notesTop + notes.length * META_LINE + 14;

  const columns = Math.max(1, Math.floor((width + COLUMN_GAP) / (MIN_COLUMN + COLUMN_GAP)));
  const columnWidth = (width - COLUMN_GAP * (columns - 1)) / columns;
  const sorted = [...items].sort(
    (a, b) => (keys.get(a.meeting.id) ?? 0) - (keys.get(b.meeting.id) ?? 0),
  );
  const entries = sorted.map((item) => {
    const title = wrapText(titleOf(item.meeting), columnWidth - ENTRY_INDENT - 8, TITLE_SIZE);
    const meta = wrapText(
      [
        formatSpan(item.meeting.start, item.meeting.end),
        trackLabels[item.meeting.track],
        statusLabels[item.meeting.status],
        ...(item.meeting.id === openRound?.id ? [t('tracker.export.open')] : []),
      ].join(' · '),
      columnWidth - ENTRY_INDENT - 8,
      11,
    );
    return { item, title, meta, height: (title.length + meta.length) * TITLE_LINE + ENTRY_GAP };
  });
  const flow = flowColumns(
    entries.map((e) => e.height),
    columns,
  );
  const listTop = headingTop + 12;
  const height = Math.ceil(withList ? listTop + flow.height : notesTop + notes.length * META_LINE);

  return (
    <svg
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      className="timeline__svg"
      role="img"
      aria-label={t('tracker.export.label', {
        items: t('tracker.items', { count: meetings.length }),
      })}
    >
      <defs>
        <PlotClip id={clipId} layout={layout} plotBottom={plotBottom} />
      </defs>
      <TimelineFrame layout={layout} plotBottom={plotBottom} />
      <g data-marks="" clipPath={`url(#${clipId})`}>
        {items.map(({ meeting, x0, x1, y, shape, color }) => (
          <g key={meeting.id} data-meeting-id={meeting.id} opacity={dimmed(meeting) ? 0.22 : 1}>
            <MarkSymbol shape={shape} status={meeting.status} x0={x0} x1={x1} y={y} color={color} />
            {meeting.id === openRound?.id ? <OpenRing shape={shape} x0={x0} x1={x1} y={y} /> : null}
          </g>
        ))}
      </g>
      <g>
        {items.map(({ meeting, x0, x1, y, shape }) => (
          <text
            key={meeting.id}
            data-key-for={meeting.id}
            x={markExtent(shape, x0, x1).right + KEY_GAP}
            y={y + TIMELINE.mark - 2}
            className="timeline__key"
            opacity={dimmed(meeting) ? 0.4 : 1}
          >
            {formatKey(keys.get(meeting.id))}
          </text>
        ))}
      </g>
      <g>
        {legend.map((entry, i) => {
          const at = legendRows.placed[i] ?? { x: 0, row: 0 };
          const y = legendTop + at.row * LEGEND_ROW;
          const [x0, x1] = entry.shape === 'bar' ? [at.x, at.x + 22] : [at.x + 10, at.x + 12];
          return (
            <g key={entry.key}>
              <MarkSymbol
                shape={entry.shape}
                status={entry.status}
                x0={x0}
                x1={x1}
                y={y + 1}
                color={null}
              />
              <text x={at.x + LEGEND_SYMBOL} y={y + 11} className="timeline__entry">
                {entry.label}
              </text>
            </g>
          );
        })}
        {notes.map((line, i) => (
          <text key={i} x={0} y={notesTop + 11 + i * META_LINE} className="timeline__entry-meta">
            {line}
          </text>
        ))}
        {withList ? (
          <text x={0} y={headingTop} className="timeline__entry" fontWeight={700}>
            {t('tracker.export.heading', {
              items: t('tracker.items', { count: meetings.length }),
            })}
          </text>
        ) : null}
      </g>
      {(withList ? entries : []).map(({ item, title, meta }, i) => {
        const at = flow.placed[i] ?? { column: 0, top: 0 };
        const left = at.column * (columnWidth + COLUMN_GAP);
        const top = listTop + at.top;
        const open = item.meeting.id === openRound?.id;
        const [x0, x1] = item.shape === 'bar' ? [left + 28, left + 44] : [left + 35, left + 37];
        return (
          <g key={item.meeting.id} data-entry-id={item.meeting.id} data-open={open}>
            <text
              data-entry-key=""
              x={left + 22}
              y={top + TITLE_SIZE}
              textAnchor="end"
              fontWeight={700}
              className="timeline__entry"
            >
              {formatKey(keys.get(item.meeting.id))}
            </text>
            <MarkSymbol
              shape={item.shape}
              status={item.meeting.status}
              x0={x0}
              x1={x1}
              y={top + 2}
              color={item.color}
            />
            {title.map((line, j) => (
              <text
                key={`t${j}`}
                x={left + ENTRY_INDENT}
                y={top + TITLE_SIZE + j * TITLE_LINE}
                fontWeight={open ? 700 : 400}
                className="timeline__entry"
              >
                {line}
              </text>
            ))}
            {meta.map((line, j) => (
              <text
                key={`m${j}`}
                x={left + ENTRY_INDENT}
                y={top + TITLE_SIZE + (title.length + j) * TITLE_LINE}
                className="timeline__entry-meta"
              >
                {line}
              </text>
            ))}
          </g>
        );
      })}
    </svg>
  );
}

/** A mark's key in the language's digits, as the list that it refers to numbers its entries. */
function formatKey(key: number | undefined): string {
  return key === undefined ? '' : formatNumber(key);
}

/** The legend symbol's width and the gap before its label. */
const LEGEND_SYMBOL = 30;

/** Flows legend entries left to right, wrapping when the width runs out. */
function placeLegend(
  labels: readonly string[],
  width: number,
): { placed: { x: number; row: number }[]; height: number } {
  let x = 0;
  let row = 0;
  const placed = labels.map((label) => {
    const itemWidth = LEGEND_SYMBOL + label.length * TITLE_SIZE * 0.56 + 20;
    if (x > 0 && x + itemWidth > width) {
      x = 0;
      row += 1;
    }
    const at = { x, row };
    x += itemWidth;
    return at;
  });
  return { placed, height: (row + 1) * LEGEND_ROW };
}
