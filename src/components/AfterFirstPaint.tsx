import { createElement, useEffect } from 'react';
import { useAfterFirstPaint } from '@/lib/use-after-first-paint';
import { loadLazyComponents, useLazyComponent, type LazyComponent } from '@/lib/lazy-component';
import { Skeleton } from './DatasetGate';

/**
 * Renders a heavy, lazily loaded component (the charts, the map) once the dashboard's first
 * panels have painted: a skeleton until then and while its code loads. The code is asked for at
 * the frame that paints the panel (its content is in the page by then, so no panel waits for
 * it), and arrives while that frame is drawn (asked for only once the frame was painted, all
 * four panels were drawn some 120–160 ms later). Later range changes render it in the
 * same pass as the other panels: deferring it (useDeferredValue) cost a second layout and
 * paint, and every panel showed the new range later (README, Performance).
 */
export function AfterFirstPaint<P extends object>({
  rows,
  component,
  props,
}: {
  rows: number;
  component: LazyComponent<P>;
  props: P;
}) {
  useEffect(() => {
    const frame = requestAnimationFrame(() => loadLazyComponents());
    return () => cancelAnimationFrame(frame);
  }, []);
  const painted = useAfterFirstPaint('painted');
  const loaded = useLazyComponent(component, painted);
  // The loaded component is the module's export, the same function on every render, so React
  // keeps its state (createElement, since the JSX linter cannot see that it is stable).
  return loaded ? createElement(loaded, props) : <Skeleton rows={rows} />;
}
