import { t } from '@/i18n/t';
import type { Source } from './schemas/meta';

/** How a source's title was read, when not from the page itself, in the language shown. */
export function titleFromNote(source: Source): string | null {
  if (source.titleFrom === 'url') return t('app.sources.titleFromUrl');
  if (source.titleFrom === 'url-truncated') return t('app.sources.titleFromUrlTruncated');
  if (source.titleFrom === 'described') return t('app.sources.titleDescribed');
  return null;
}

/** A source's title as one line of text (a tooltip): the title, then how it was read. */
export function sourceTitleText(source: Source): string {
  const note = titleFromNote(source);
  return note ? `${source.title} ${note}` : source.title;
}
