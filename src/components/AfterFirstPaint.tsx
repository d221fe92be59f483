import { Suspense, type ReactNode } from 'react';
import { useAfterFirstPaint } from '@/lib/use-after-first-paint';
import { Skeleton } from './DatasetGate';

/**
 * Renders heavy, lazily loaded content (the charts, the map) once the dashboard's first panels
 * have painted: a skeleton until then and while its code loads. Later range changes render it
 * in the same pass as the other panels: deferring it (useDeferredValue) cost a second layout
 * and paint, and every panel showed the new range later (README, Performance).
 */
export function AfterFirstPaint({ rows, children }: { rows: number; children: ReactNode }) {
  const skeleton = <Skeleton rows={rows} />;
  return useAfterFirstPaint() ? <Suspense fallback={skeleton}>{children}</Suspense> : skeleton;
}
