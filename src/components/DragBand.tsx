import type { DragBand as Band } from '@/lib/use-drag-range';
import { okabeIto } from '@/styles/colours';

/** The band being dragged, over the plot's height; never part of an export. */
export function DragBand({ band, y, height }: { band: Band; y: number; height: number }) {
  return (
    <rect
      data-export="skip"
      x={band.x}
      y={y}
      width={band.width}
      height={height}
      fill={okabeIto.blue}
      fillOpacity={0.15}
      stroke={okabeIto.blue}
      pointerEvents="none"
    />
  );
}
