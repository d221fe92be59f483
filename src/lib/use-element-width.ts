import { useEffect, useState, type RefObject } from 'react';

/** The content width of an element, kept up to date as it resizes (0 before the first layout). */
export function useElementWidth(ref: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    let last = element.clientWidth;
    setWidth(last);
    if (typeof ResizeObserver === 'undefined') return;
    // The observer also fires when only the height changes (e.g. a legend gains a row); the
    // width is set only when it changes, so such a change does not render the owner again.
    const observer = new ResizeObserver(([entry]) => {
      const next = entry ? Math.round(entry.contentRect.width) : last;
      if (next === last) return;
      last = next;
      setWidth(next);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
