import { useCallback, useState } from 'react';

/**
 * Whether an element intersects the viewport, clipped by the scroll containers around it
 * (IntersectionObserver with the implicit root). True until the first observation arrives, and
 * always where the browser has no IntersectionObserver (jsdom), so nothing is held back there.
 * Returns a ref callback for the element.
 */
export function useInView<T extends Element>(): [(element: T | null) => () => void, boolean] {
  const [inView, setInView] = useState(true);
  const ref = useCallback((element: T | null) => {
    if (!element || typeof IntersectionObserver === 'undefined') return () => {};
    const observer = new IntersectionObserver((entries) => {
      const last = entries.at(-1);
      if (last) setInView(last.isIntersecting);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, inView];
}
