import type { ReactNode } from 'react';

/**
 * A small label; `tone` picks one of the status colours defined in the design tokens. A badge
 * stays on one line unless `wrap` lets a long one (two alignments) break on a narrow screen.
 */
export function Badge({
  tone = 'neutral',
  wrap = false,
  children,
}: {
  tone?: 'neutral' | 'positive' | 'warning' | 'negative' | 'info';
  wrap?: boolean;
  children: ReactNode;
}) {
  return <span className={`badge badge--${tone}${wrap ? ' badge--wrap' : ''}`}>{children}</span>;
}
