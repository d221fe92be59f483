import type { ReactNode } from 'react';
import { useLanguage, t } from '@/i18n/t';

/**
 * Text the dataset has in English only (a summary, an outcome, a note, a source's title). In
 * English it is plain text; in Arabic it is marked "بالإنجليزية" and set left to right with
 * `lang="en"`, so that no one takes it for a translation (and a screen reader reads it in
 * English). Never machine-translated.
 */
export function EnglishText({
  children,
  block = false,
  className,
}: {
  children: ReactNode;
  /** A paragraph of its own rather than a run inside a line. */
  block?: boolean;
  className?: string;
}) {
  const language = useLanguage();
  const Tag = block ? 'p' : 'span';
  if (language === 'en') {
    // In English the text is what it was before there was an Arabic interface: no wrapper
    // unless the caller styles one.
    return block || className ? <Tag className={className}>{children}</Tag> : <>{children}</>;
  }
  return (
    <Tag className={['english-only', className].filter(Boolean).join(' ')}>
      <span className="english-marker" lang={language} title={t('common.englishOnly')}>
        {t('common.english')}
      </span>{' '}
      <bdi lang="en" dir="ltr">
        {children}
      </bdi>
    </Tag>
  );
}
