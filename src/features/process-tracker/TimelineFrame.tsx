import { trackLabels, trackColor } from '@/data/labels';
import { TICK_OFFSET, TIMELINE, type TimelineLayout } from './timeline';

/**
 * The axis (a grid line and label at the start of each tick's day) and the lanes' bands and
 * labels: the frame that the screen timeline and the exported figure both draw their marks on.
 */
export function TimelineFrame({
  layout,
  plotBottom,
}: {
  layout: TimelineLayout;
  /** Where the grid lines end. */
  plotBottom: number;
}) {
  return (
    <>
      <g className="timeline__axis" aria-hidden="true">
        {layout.ticks.map((tick) => (
          <g key={tick.date} data-axis-tick="">
            <line
              x1={tick.x}
              x2={tick.x}
              y1={TIMELINE.axis - 6}
              y2={plotBottom}
              className="timeline__grid"
            />
            <text x={tick.x + TICK_OFFSET} y={TIMELINE.axis - 10} className="timeline__tick">
              {tick.label}
            </text>
          </g>
        ))}
      </g>
      {layout.lanes.map((lane, laneIndex) => (
        <g key={lane.track} className="timeline__lane" data-track={lane.track}>
          <rect
            x={0}
            y={lane.top}
            width={layout.width}
            height={lane.height}
            className={
              laneIndex % 2 ? 'timeline__lane-bg timeline__lane-bg--odd' : 'timeline__lane-bg'
            }
          />
          <rect x={8} y={lane.labelY - 9} width={10} height={10} fill={trackColor(lane.track)} />
          <text x={TIMELINE.labelX} y={lane.labelY} className="timeline__label">
            {trackLabels[lane.track]}
          </text>
        </g>
      ))}
    </>
  );
}

/**
 * The clip of the marks layer: the plot between the range's first and last day, so that no
 * symbol wider than its days (a diamond, the open round's ring) reaches beyond the axis.
 */
export function PlotClip({
  id,
  layout,
  plotBottom,
}: {
  id: string;
  layout: TimelineLayout;
  plotBottom: number;
}) {
  return (
    <clipPath id={id}>
      <rect x={layout.plotLeft} y={0} width={layout.plotWidth} height={plotBottom} />
    </clipPath>
  );
}
