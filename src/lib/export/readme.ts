import { formatDate } from '@/lib/format';

/** A source as the README cites it. */
export interface CitedSource {
  publisher: string;
  title: string;
  url: string;
  /** Publication date (ISO). */
  date: string;
}

export interface ViewReadme {
  /** "1 Sept 2018 – 31 Dec 2018" */
  range: string;
  /** The selections in words ("Highlighted actor: Turkey"), none when empty. */
  selections: readonly string[];
  permalink: string;
  /** "Dataset 2026.12.04, as of 18 Jan 2026 · CC BY 4.0" */
  dataset: string;
  files: readonly { name: string; title: string }[];
  sources: readonly CitedSource[];
  madeAt: Date;
}

/**
 * The README.txt of a ZIP of a view: what the view is (range, selections, permalink), what each
 * file is, every source behind what the files show, and how to cite it. Plain text, CRLF.
 */
export function viewReadme(view: ViewReadme): string {
  const lines = [
    'Syria Conflict & Diplomacy Dashboard: the files of one view',
    '',
    `Range: ${view.range}`,
    `Selection: ${view.selections.length > 0 ? view.selections.join('; ') : 'none'}`,
    `Permalink: ${view.permalink}`,
    `Made: ${view.madeAt.toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    `${view.dataset}`,
    '',
    `Files (${view.files.length}):`,
    ...view.files.map((f) => `  ${f.name}: ${f.title}`),
    '',
    `Sources (${view.sources.length}):`,
    ...[...view.sources]
      .sort((a, b) => a.publisher.localeCompare(b.publisher) || a.date.localeCompare(b.date))
      .map((s) => `  ${s.publisher}, "${s.title}", ${formatDate(s.date)}. ${s.url}`),
    '',
    'Cite as:',
    `  Syria Conflict & Diplomacy Dashboard, ${view.range}. ${view.dataset}. ${view.permalink}`,
    '',
  ];
  return lines.join('\r\n');
}
