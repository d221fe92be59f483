import { useCallback, useDeferredValue, useState } from 'react';
import type { DateRange } from './dates';

type Report = (inView: boolean) => void;

/**
 * One IntersectionObserver for every element watched (the implicit root: the viewport, clipped
 * by the scroll containers around each element), rather than one per element: a list watches
 * each of its rows.
 */
const watched = new WeakMap<Element, Report>();
let observer: IntersectionObserver | undefined;

function watch(element: Element, report: Report): () => void {
  observer ??= new IntersectionObserver((entries) => {
    // In order: where one element has several entries, the last is its state now.
    for (const entry of entries) watched.get(entry.target)?.(entry.isIntersecting);
  });
  watched.set(element, report);
  observer.observe(element);
  return () => {
    watched.delete(element);
    observer?.unobserve(element);
  };
}

/**
 * Whether an element intersects the viewport, clipped by the scroll containers around it.
 * True until the first observation arrives, and always where the browser has no
 * IntersectionObserver (jsdom), so nothing is held back there. Returns a ref callback for the
 * element.
 */
export function useInView<T extends Element>(): [(element: T | null) => () => void, boolean] {
  const [inView, setInView] = useState(true);
  const ref = useCallback((element: T | null) => {
    if (!element || typeof IntersectionObserver === 'undefined') return () => {};
    return watch(element, setInView);
  }, []);
  return [ref, inView];
}

/**
 * `value` while the element is in view. Scrolled out of view, the value React last drew it
 * with, until a background render after everything in view draws it with `value`
 * (useDeferredValue): what the reader sees is painted first. Handed the very element or props
 * it drew before, React renders nothing of it again in the urgent render.
 */
export function useInViewOrDeferred<T extends Element, V>(
  value: V,
): [(element: T | null) => () => void, V] {
  const [ref, inView] = useInView<T>();
  return [ref, useDeferredUnlessInView(value, inView)];
}

/**
 * `value` while `inView`; otherwise the value React last drew with, until a background render
 * after everything in view draws it with `value` (as useInViewOrDeferred, for a part whose
 * visibility is watched otherwise).
 */
export function useDeferredUnlessInView<V>(value: V, inView: boolean): V {
  const drawn = useDeferredValue(value);
  return inView ? value : drawn;
}

/**
 * `range` as `from..to`, as of the last background render: the range that the parts below held
 * back by useInViewOrDeferred were last drawn for (React commits every deferred value of a
 * render together). For a `data-drawn-range` attribute, which tests, the brief and the bench
 * wait on.
 */
export function useDrawnRange(range: DateRange): string {
  return useDeferredValue(`${range.from}..${range.to}`);
}
