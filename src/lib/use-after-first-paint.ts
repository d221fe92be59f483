import { useEffect, useState } from 'react';

/**
 * False on the first render, true once the browser has painted it: at the next frame (for work
 * the page is waiting for, such as the code of the charts and the map, which start loading once
 * the panels that hold them have painted) or once the page is also idle (for work nobody is
 * waiting for yet, such as fetching ahead for offline use).
 */
export function useAfterFirstPaint(until: 'painted' | 'idle'): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let cancelLater = () => {};
    const frame = requestAnimationFrame(() => {
      if (until === 'idle' && typeof requestIdleCallback === 'function') {
        const idle = requestIdleCallback(() => setPainted(true), { timeout: 300 });
        cancelLater = () => cancelIdleCallback(idle);
      } else {
        // The task after the frame's: the frame has been handed to the compositor by then.
        const timer = window.setTimeout(() => setPainted(true), until === 'idle' ? 50 : 0);
        cancelLater = () => clearTimeout(timer);
      }
    });
    return () => {
      cancelAnimationFrame(frame);
      cancelLater();
    };
  }, [until]);
  return painted;
}
