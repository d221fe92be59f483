import type { Source } from '@/data/schemas/meta';
import { t, type MessageKey } from '@/i18n/t';
import { formatNumber } from '@/lib/format';
import type { PanelArea } from '@/stores/view-state';

// What the printed brief holds, worked out from the page's export menus and the dataset.

/** The papers the brief is laid out for (portrait). */
export const PAPERS = ['a4', 'letter'] as const;
export type Paper = (typeof PAPERS)[number];

/** One figure of the brief: an export menu's image, under the panel it belongs to. */
export interface BriefFigure {
  area: PanelArea | null;
  title: string;
  /** An object URL of the composed SVG (a vector image, as the SVG button gives it). */
  url: string;
  width: number;
  height: number;
  /** What the export prints under the chart: what the figures are, how they are drawn. */
  note?: string;
  sourceIds: readonly string[];
}

/** The panels in the order the dashboard shows them, and so the brief, with their titles' messages. */
export const BRIEF_PANELS: readonly { area: PanelArea; title: MessageKey }[] = [
  { area: 'actors', title: 'actors.title' },
  { area: 'tracker', title: 'tracker.panel.title' },
  { area: 'statistics', title: 'statistics.panel.title' },
  { area: 'map', title: 'map.title' },
];

/** The figures of each panel, numbered through the brief in panel order. */
export function numberFigures(
  figures: readonly BriefFigure[],
): Map<PanelArea, (BriefFigure & { number: number })[]> {
  const byPanel = new Map<PanelArea, (BriefFigure & { number: number })[]>();
  let number = 0;
  for (const { area } of BRIEF_PANELS) {
    const own = figures.filter((f) => f.area === area);
    byPanel.set(
      area,
      own.map((f) => ({ ...f, number: (number += 1) })),
    );
  }
  return byPanel;
}

export interface PublisherSources {
  publisher: string;
  sources: Source[];
  /** The first and last publication dates. */
  first: string;
  last: string;
}

/**
 * The sources behind the brief, grouped by publisher (most cited first, then by name), each
 * group's documents in date order. Unknown ids are left out: the dataset's checks report them.
 */
export function sourcesByPublisher(
  ids: Iterable<string>,
  catalogue: ReadonlyMap<string, Source>,
): PublisherSources[] {
  const groups = new Map<string, Source[]>();
  for (const id of new Set(ids)) {
    const source = catalogue.get(id);
    if (!source) continue;
    const list = groups.get(source.publisher) ?? [];
    list.push(source);
    groups.set(source.publisher, list);
  }
  return [...groups]
    .map(([publisher, sources]) => {
      const sorted = sources.sort(
        (a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id),
      );
      return { publisher, sources: sorted, first: sorted[0]!.date, last: sorted.at(-1)!.date };
    })
    .sort((a, b) => b.sources.length - a.sources.length || a.publisher.localeCompare(b.publisher));
}

/**
 * The outlets behind a long list of documents, with how many each published, most first: a
 * publisher's note in brackets (e.g. "(AFP text)", "(Reuters)") is left out, so an outlet
 * counts once.
 */
export function outletCounts(
  groups: readonly PublisherSources[],
): [outlet: string, documents: number][] {
  const counts = new Map<string, number>();
  for (const g of groups) {
    const outlet = g.publisher.replace(/\s*\([^)]*\)\s*$/, '');
    counts.set(outlet, (counts.get(outlet) ?? 0) + g.sources.length);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/** The outlets of `outletCounts` as a line, in the language shown: "Reuters (3); UNHCR (1)". */
export function documentsByOutlet(groups: readonly PublisherSources[]): string {
  return outletCounts(groups)
    .map(([outlet, n]) => `${outlet} (${formatNumber(n)})`)
    .join(t('app.sourceSeparator'));
}
