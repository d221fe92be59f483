import type { MeetingStatus } from '@/data/schemas/meetings';
import { markExtent, TIMELINE, type MarkShape } from './timeline';

const HALF_DIAMOND = TIMELINE.halfDiamond;

interface MarkSymbolProps {
  shape: MarkShape;
  status: MeetingStatus;
  /** The item's days in px (a diamond is centred on them). */
  x0: number;
  x1: number;
  /** The top of the mark. */
  y: number;
  /** The track's colour; null draws the neutral symbol of a legend. */
  color: string | null;
}

/**
 * One item's mark, the single drawing of every symbol the timeline uses: the marks on screen,
 * the exported figure, its list and both legends. A bar covers the item's days; a diamond
 * stands for an item too short to draw to scale, centred on its days. Held items are filled,
 * the others hollow; postponed ones dashed; cancelled ones struck through.
 */
export function MarkSymbol({ shape, status, x0, x1, y, color }: MarkSymbolProps) {
  const hollow = status !== 'held';
  const paint = color
    ? {
        fill: hollow ? undefined : color,
        stroke: color,
        className: hollow ? 'timeline__hollow' : undefined,
      }
    : { className: hollow ? 'legend__mark' : 'legend__mark legend__mark--filled' };
  const style = {
    ...paint,
    strokeWidth: hollow ? 1.5 : 0.5,
    strokeDasharray: status === 'postponed' ? '3 2' : undefined,
  };
  const cx = (x0 + x1) / 2;
  return (
    <>
      {shape === 'bar' ? (
        <rect
          data-mark="bar"
          x={x0}
          y={y}
          width={x1 - x0}
          height={TIMELINE.mark}
          rx={Math.min(2, (x1 - x0) / 2)}
          {...style}
        />
      ) : (
        <path
          data-mark="diamond"
          d={`M${cx},${y - 1} l${HALF_DIAMOND},${HALF_DIAMOND} l${-HALF_DIAMOND},${HALF_DIAMOND} l${-HALF_DIAMOND},${-HALF_DIAMOND} z`}
          {...style}
        />
      )}
      {status === 'cancelled' ? (
        <line
          x1={cx - 5}
          y1={y + 1}
          x2={cx + 5}
          y2={y + TIMELINE.mark - 1}
          stroke={color ?? undefined}
          className={color ? undefined : 'legend__mark'}
          strokeWidth={1.5}
        />
      ) : null}
    </>
  );
}

/** The ring around the open round's mark. */
export function OpenRing({
  shape,
  x0,
  x1,
  y,
}: {
  shape: MarkShape;
  x0: number;
  x1: number;
  y: number;
}) {
  const { left, right } = markExtent(shape, x0, x1);
  return (
    <rect
      data-open-ring=""
      x={left - 3}
      y={y - 3}
      width={right - left + 6}
      height={TIMELINE.mark + 6}
      rx={3}
      fill="none"
      className="timeline__ring"
      strokeWidth={2}
    />
  );
}
