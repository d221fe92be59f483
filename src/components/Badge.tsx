import type { ReactNode } from 'react';

/** A small label; `tone` picks one of the status colours defined in the design tokens. */
export function Badge({
  tone = 'neutral',
  children,
}: {
  tone?: 'neutral' | 'positive' | 'warning' | 'negative' | 'info';
  children: ReactNode;
}) {
  return <span className={`badge badge--${tone}`}>{children}</span>;
}
