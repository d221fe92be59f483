import { t } from '@/i18n/t';
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
 * file is, every source behind what the files show, and how to cite it. Plain text, CRLF, in
 * the language shown (its range, selections and file titles come in that language already).
 */
export function viewReadme(view: ViewReadme): string {
  const dashboard = t('app.title');
  // Commas as the language writes them ("،" in Arabic); the rest is punctuation of citations.
  const comma = t('common.listSeparator');
  const selection =
    view.selections.length > 0
      ? view.selections.join(t('app.sourceSeparator'))
      : t('export.readme.noSelection');
  const lines = [
    t('export.readme.heading', { dashboard }),
    '',
    t('export.readme.range', { range: view.range }),
    t('export.readme.selection', { selection }),
    t('export.readme.permalink', { url: view.permalink }),
    t('export.readme.made', { time: view.madeAt.toISOString().slice(0, 16).replace('T', ' ') }),
    `${view.dataset}`,
    '',
    t('export.readme.files', { count: view.files.length }),
    ...view.files.map((f) => `  ${f.name}: ${f.title}`),
    '',
    t('export.readme.sources', { count: view.sources.length }),
    ...[...view.sources]
      .sort((a, b) => a.publisher.localeCompare(b.publisher) || a.date.localeCompare(b.date))
      .map((s) => `  ${[s.publisher, `"${s.title}"`, formatDate(s.date)].join(comma)}. ${s.url}`),
    '',
    t('export.readme.citeAs'),
    `  ${dashboard}${comma}${view.range}. ${view.dataset}. ${view.permalink}`,
    '',
  ];
  return lines.join('\r\n');
}
