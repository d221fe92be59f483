import { currentLanguage } from '@/i18n/language';
import { t } from '@/i18n/t';
import type { ChartLine } from './series';

// Names of the dataset's series and publishers as plain text (exports, attributes, SVG).

/** The separator of a list whose items may hold commas: "; ", in Arabic "؛ ". */
export function semicolon(): string {
  return currentLanguage() === 'ar' ? '؛ ' : '; ';
}

/** A line's name with its publisher when the name does not say it: for the legends. */
export function lineLegendLabel(line: ChartLine): string {
  return line.label.includes(line.publisher)
    ? line.label
    : t('statistics.line.withPublisher', { label: line.label, publisher: line.publisher });
}
