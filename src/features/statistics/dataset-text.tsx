import { EnglishText } from '@/components/EnglishText';
import { Publisher } from '@/components/Publisher';
import { useLanguage } from '@/i18n/t';
import { richMessage } from '@/i18n/rich';
import type { ChartLine } from './series';

// The dataset's series are titled, defined and published in English only: shown as such (titles
// and definitions marked English in Arabic, publishers everywhere: see Publisher), never
// translated.

/**
 * A line's name: the series' title, marked English in Arabic, and what the dashboard adds to it
 * in the language shown; the analyst's lines by the name the interface gives them. `hint` is
 * put on the English title (an attribute of Arabic text must not be English).
 */
export function LineName({ line, hint }: { line: ChartLine; hint?: string }) {
  const language = useLanguage();
  if (!line.dataset || language === 'en') return line.label;
  const { title, qualifier } = line.dataset;
  return (
    <>
      <EnglishText>
        <span title={hint}>{title}</span>
      </EnglishText>
      {qualifier ? ` ${qualifier}` : null}
    </>
  );
}

/** A line's definition: the dataset's, marked English in Arabic, or the interface's own. */
export function LineDefinition({ line }: { line: ChartLine }) {
  return line.dataset ? <EnglishText>{line.definition}</EnglishText> : line.definition;
}

/** A line's name in a legend, with its publisher when the name does not say it. */
export function LegendName({ line }: { line: ChartLine }) {
  const name = <LineName line={line} hint={line.definition} />;
  if (line.label.includes(line.publisher)) return name;
  return richMessage('statistics.line.withPublisher', {
    label: name,
    publisher: <Publisher name={line.publisher} />,
  });
}
