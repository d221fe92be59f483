import { startTransition, useCallback, useEffect, useState } from 'react';
import { afterNextPaint } from './after-next-paint';
import type { DateRange } from './dates';

type Report = (inView: boolean) => void;

/**
 * One IntersectionObserver for every element watched (the implicit root: the viewport, clipped
 * by the scroll containers around each element), rather than one per element: a list watches
 * each of its rows.
 */
const watched = new WeakMap<Element, Report>();
let observer: IntersectionObserver | undefined;

/** Tells `report` whether `element` is in view, at each change; returns a way to stop. */
function watchInView(element: Element, report: Report): () => void {
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
    return watchInView(element, setInView);
  }, []);
  return [ref, inView];
}

/**
 * `value` while the element is in view. Scrolled out of view, the value React last drew it
 * with, until a background render after everything in view is painted draws it with `value`:
 * what the reader sees is painted first. Handed the very element or props it drew before,
 * React renders nothing of it again in the urgent render.
 */
export function useInViewOrDeferred<T extends Element, V>(
  value: V,
): [(element: T | null) => () => void, V] {
  const [ref, inView] = useInView<T>();
  return [ref, useDeferredUnlessInView(value, inView)];
}

/**
 * `value` while `inView`; otherwise the value React last drew with, until a background render
 * after the next paint draws it with `value` (as useInViewOrDeferred, for a part whose
 * visibility is watched otherwise).
 */
export function useDeferredUnlessInView<V>(value: V, inView: boolean): V {
  const drawn = useDrawnAfterPaint(value);
  return inView ? value : drawn;
}

/**
 * `range` as `from..to`, as of the last background render: the range that the parts below held
 * back by useInViewOrDeferred were last drawn for (every such part takes its new value in the
 * same render). For a `data-drawn-range` attribute, which tests, the brief and the bench wait
 * on.
 */
export function useDrawnRange(range: DateRange): string {
  return useDrawnAfterPaint(`${range.from}..${range.to}`);
}

/**
 * The new values of the parts held back, set together once the frame that shows the urgent
 * render is painted, in one transition: one background render that React can interrupt, and
 * never a slice of it started while that frame waits. (React's useDeferredValue starts its
 * render at once, and the browser ran a slice of it before the frame in about one change in
 * four, holding the frame back by some 5 ms.)
 */
const queued = new Map<object, () => void>();
let scheduled = false;

function drawAfterPaint(key: object, draw: () => void): () => void {
  queued.set(key, draw);
  if (!scheduled) {
    scheduled = true;
    afterNextPaint(() => {
      scheduled = false;
      const draws = [...queued.values()];
      queued.clear();
      startTransition(() => {
        for (const run of draws) run();
      });
    });
  }
  return () => {
    if (queued.get(key) === draw) queued.delete(key);
  };
}

/**
 * The indexes of a list's rows scrolled out of view, and one ref callback for every row, which
 * reads a row's index from its `data-row`. A row counts as in view until the first report.
 */
export function useRowsOutOfView<T extends HTMLElement>(): [
  (element: T | null) => (() => void) | undefined,
  ReadonlySet<number>,
] {
  const [outOfView, setOutOfView] = useState<ReadonlySet<number>>(() => new Set());
  const watchRow = useCallback((element: T | null) => {
    if (!element || typeof IntersectionObserver === 'undefined') return undefined;
    const row = Number(element.dataset.row);
    const mark = (out: boolean) =>
      setOutOfView((rows) => {
        if (rows.has(row) === out) return rows;
        const next = new Set(rows);
        if (out) next.add(row);
        else next.delete(row);
        return next;
      });
    const stop = watchInView(element, (inView) => mark(!inView));
    return () => {
      stop();
      mark(false);
    };
  }, []);
  return [watchRow, outOfView];
}

/**
 * `value` as of the last background render after a paint (see drawAfterPaint). A value is
 * compared by its parts: an object built anew at each render from the same parts (props, or
 * `{ range, chart }`) is the value already drawn, so the render that draws it asks for no other.
 */
export function useDrawnAfterPaint<V>(value: V): V {
  // Boxed: a value that is a function would be called by useState.
  const [drawn, setDrawn] = useState(() => ({ value }));
  useEffect(() => {
    if (sameParts(drawn.value, value)) return;
    return drawAfterPaint(setDrawn, () => setDrawn({ value }));
  }, [value, drawn]);
  return drawn.value;
}

function sameParts(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) return false;
  const keys = Object.keys(a);
  return (
    keys.length === Object.keys(b).length &&
    keys.every(
      (key) =>
        Object.hasOwn(b, key) &&
        Object.is((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
    )
  );
}
