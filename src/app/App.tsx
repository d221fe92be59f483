import './app.css';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { ActorsPanel } from '@/features/actors/ActorsPanel';
import { MapPanel } from '@/features/map/MapPanel';
import { ProcessTrackerPanel } from '@/features/process-tracker/ProcessTrackerPanel';
import { StatisticsPanel } from '@/features/statistics/StatisticsPanel';
import { loadExporter } from '@/lib/export/load-exporter';
import { preloadFonts } from '@/lib/preload-fonts';
import { useAfterFirstPaint } from '@/lib/use-after-first-paint';
import { useMediaQuery } from '@/lib/use-media-query';
import { LoadEvents } from '@/features/own-events/LoadEvents';
import { OwnFileNotice, OwnLayerBar } from '@/features/own-events/OwnLayerBar';
import { SavedViews } from '@/features/saved-views/SavedViews';
import { HeaderSearch } from '@/features/search/HeaderSearch';
import { connectUrlSync } from '@/stores/url-sync';
import { DownloadAll } from './DownloadAll';
import { BriefButton } from './brief/BriefButton';
import { CompareButton, ComparePeriods } from './compare/CompareButton';
import { FilterPills } from './FilterPills';
import { Footer } from './Footer';
import { RangeBar } from './RangeBar';
import { ThemeToggle } from './ThemeToggle';
import { UrlNotice } from './UrlNotice';
import { useDefaultRangeFromData } from './use-default-range';
import { usePanelsTop } from './use-panels-top';
import { useFiltersStore } from '@/stores/filters';
import { t, useLanguage } from '@/i18n/t';
import { useLanguageStore } from '@/i18n/language';
import { LanguageSwitch } from './LanguageSwitch';

/**
 * A window wide and tall enough for the four panels side by side, two by two, on the first
 * screen (1366×768 and larger); smaller ones show them one under another.
 */
const GLANCE_QUERY = '(min-width: 85rem) and (min-height: 40rem)';

/**
 * The dashboard in the language shown. A change of language or digits mounts it afresh, so that
 * every remembered label and formatted figure is made again in the new language (the view
 * itself lives in the stores and the link, the dataset in the query client: both stay).
 */
export function App() {
  // One client per app instance (not per render), so the dataset is fetched once.
  const [queryClient] = useState(() => new QueryClient());
  const language = useLanguage();
  const digits = useLanguageStore((s) => s.digits);
  return (
    <QueryClientProvider client={queryClient}>
      <Dashboard key={`${language}-${digits}`} />
    </QueryClientProvider>
  );
}

/** The dashboard: header, the global date range in a bar that stays in view, four panels, footer. */
function Dashboard() {
  useEffect(() => connectUrlSync(), []);
  const painted = useAfterFirstPaint('idle');
  const panels = useRef<HTMLElement>(null);
  usePanelsTop(panels);
  const expanded = useFiltersStore((s) => s.expandedPanel);
  const glance = useMediaQuery(GLANCE_QUERY);
  // Once the page is idle, fetch what would otherwise be fetched on first use, so that the
  // dashboard keeps working if the network goes: font subsets the data needs, the export code.
  // A failure here is reported by the export that needs the code.
  useEffect(() => {
    if (!painted) return;
    preloadFonts();
    loadExporter().catch(() => undefined);
  }, [painted]);

  return (
    <>
      <DefaultRangeFromData />
      <a className="skip-link" href="#panels">
        {t('app.skipToPanels')}
      </a>
      <header className="app-header">
        <div className="app-header__brand">
          <h1 className="app-title">{t('app.title')}</h1>
          <p className="app-tagline">{t('app.tagline')}</p>
        </div>
        <HeaderSearch />
        <div className="app-header__tools">
          <div className="app-header__controls">
            <SavedViews />
            <LoadEvents />
            <CompareButton />
            <BriefButton />
            <DownloadAll />
            <ThemeToggle />
            <LanguageSwitch />
          </div>
          <FilterPills />
        </div>
      </header>
      <RangeBar />
      <OwnLayerBar />
      <ComparePeriods />
      <UrlNotice />
      <OwnFileNotice />
      <main
        id="panels"
        className="panels"
        ref={panels}
        data-expanded={expanded ?? undefined}
        data-layout={glance ? 'glance' : 'flow'}
      >
        <ActorsPanel />
        <ProcessTrackerPanel />
        <StatisticsPanel />
        <MapPanel />
      </main>
      <Footer />
    </>
  );
}

/** Keeps the store's default range the data's span (a component: it needs the query client). */
function DefaultRangeFromData() {
  useDefaultRangeFromData();
  return null;
}
