/** A short line as drawn in a chart or graph, for a legend entry; decorative. */
export function LineSwatch({
  color,
  width = 24,
  strokeWidth = 2,
  dash,
}: {
  color: string;
  width?: number;
  strokeWidth?: number;
  dash?: string;
}) {
  return (
    <svg width={width} height="10" aria-hidden="true">
      <line
        x1="1"
        y1="5"
        x2={width - 1}
        y2="5"
        stroke={color}
        strokeWidth={strokeWidth}
        strokeDasharray={dash}
      />
    </svg>
  );
}
