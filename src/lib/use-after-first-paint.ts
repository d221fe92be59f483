import { useEffect, useState } from 'react';

/**
 * False on the first render, true once the browser has painted and is idle: heavy, lazily
 * loaded parts (charts, map) start loading after the dashboard's first panels are on screen
 * instead of competing with them.
 */
export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let idle: number | undefined;
    const frame = requestAnimationFrame(() => {
      idle =
        typeof requestIdleCallback === 'function'
          ? requestIdleCallback(() => setPainted(true), { timeout: 300 })
          : window.setTimeout(() => setPainted(true), 50);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (idle !== undefined) {
        if (typeof cancelIdleCallback === 'function') cancelIdleCallback(idle);
        clearTimeout(idle);
      }
    };
  }, []);
  return painted;
}
