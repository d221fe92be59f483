import type { Source } from '@/data/schemas/meta';
import { titleFromNote } from '@/data/source-title';
import { EnglishText } from './EnglishText';

/**
 * A source's title in its own language: an English title is marked so in Arabic (EnglishText),
 * a title in another language is set apart in that language; how it was read follows in the
 * language shown.
 */
export function SourceTitle({ source }: { source: Source }) {
  const note = titleFromNote(source);
  const language = source.language ?? 'en';
  return (
    <>
      {language === 'en' ? (
        <EnglishText>{source.title}</EnglishText>
      ) : (
        <bdi lang={language}>{source.title}</bdi>
      )}
      {note ? ` ${note}` : null}
    </>
  );
}
