import { useEffect, useRef } from 'react';
import { DateRangeControl } from './DateRangeControl';
import { SummaryStrip } from './SummaryStrip';

/**
 * The date range in a bar that stays at the top of the window while the page scrolls, on every
 * width. Its height is kept in `--range-bar-height` on the root, so that scrolling to a panel
 * (a place shown on the map, a round's venue) stops below the bar instead of under it.
 */
export function RangeBar() {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const bar = ref.current;
    if (!bar || typeof ResizeObserver === 'undefined') return;
    const root = document.documentElement;
    const observer = new ResizeObserver(() =>
      root.style.setProperty('--range-bar-height', `${bar.offsetHeight}px`),
    );
    observer.observe(bar);
    return () => {
      observer.disconnect();
      root.style.removeProperty('--range-bar-height');
    };
  }, []);
  return (
    <div ref={ref} className="range-bar">
      <DateRangeControl />
      <SummaryStrip />
    </div>
  );
}
