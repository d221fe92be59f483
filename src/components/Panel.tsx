import { Component, useEffect, useId, useRef, type ErrorInfo, type ReactNode } from 'react';
import { t } from '@/i18n/t';
import { useFiltersStore } from '@/stores/filters';
import type { PanelArea } from '@/stores/view-state';

interface PanelProps {
  title: string;
  /** One line under the heading, e.g. what the panel shows for which dates. */
  subtitle?: ReactNode;
  /** The panel's place in the layout, and its name in the link when expanded. */
  area: PanelArea;
  children: ReactNode;
}

/**
 * A dashboard panel: a labelled `<section>` with its own error boundary. Another panel asks it
 * into view through the store (`showPanel`), never by reaching into the page.
 */
export function Panel({ title, subtitle, area, children }: PanelProps) {
  const headingId = useId();
  const section = useRef<HTMLElement>(null);
  const asked = useFiltersStore((s) => s.panelToShow === area);
  const showPanel = useFiltersStore((s) => s.showPanel);
  const expanded = useFiltersStore((s) => s.expandedPanel === area);
  const setView = useFiltersStore((s) => s.setView);
  useEffect(() => {
    if (!asked) return;
    section.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
    showPanel(null);
  }, [asked, showPanel]);
  return (
    <section
      className="panel"
      aria-labelledby={headingId}
      data-area={area}
      data-expanded={expanded ? '' : undefined}
      ref={section}
    >
      <header className="panel__header">
        <div className="panel__heading">
          <h2 id={headingId} className="panel__title">
            {title}
          </h2>
          {subtitle ? <p className="panel__subtitle">{subtitle}</p> : null}
        </div>
        <button
          type="button"
          className="button button--quiet button--small panel__expand"
          aria-pressed={expanded}
          aria-label={
            expanded ? t('app.panel.allPanelsLabel') : t('app.panel.expandLabel', { title })
          }
          onClick={() => setView({ expandedPanel: expanded ? null : area })}
        >
          {expanded ? t('app.panel.allPanels') : t('app.panel.expand')}
        </button>
      </header>
      <div className="panel__body">
        <PanelErrorBoundary title={title}>{children}</PanelErrorBoundary>
      </div>
    </section>
  );
}

interface BoundaryState {
  error: Error | null;
}

/** Keeps a crash in one panel from blanking the page; the other panels go on working. */
export class PanelErrorBoundary extends Component<
  { title: string; children: ReactNode },
  BoundaryState
> {
  override state: BoundaryState = { error: null };

  static getDerivedStateFromError(error: Error): BoundaryState {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(`The ${this.props.title} panel failed`, error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div className="state state--error" role="alert">
        <p className="state__title">{t('app.panel.crashed')}</p>
        {/* The program's own words, in English. */}
        <p className="state__detail" lang="en" dir="ltr">
          {error.message}
        </p>
        <button type="button" className="button" onClick={() => this.setState({ error: null })}>
          {t('app.panel.tryAgain')}
        </button>
      </div>
    );
  }
}
