import type { Language } from '@/i18n/catalogue';
import { currentLanguage, localeFor } from '@/i18n/language';
import { localeFormatters } from '@/lib/format';
import { translate } from '@/i18n/t';
import type { Layout } from './formats';

// The names of a file's layout: the layer keeps the English one (from visit to visit, whatever
// the language shown) and the page says it again in the language shown.

/**
 * A layout's name, in a language: "ACLED (current layout, 31 columns)", "Your columns". The
 * layer keeps the English one (kept in the browser from visit to visit, whatever the language
 * shown); layoutShown names it in the language shown.
 */
export function layoutLabel(layout: Layout, language: Language = currentLanguage()): string {
  switch (layout.format) {
    case 'acled':
      return layout.before2023
        ? translate(language, 'ownEvents.layout.acledBefore2023', {
            count: layout.columns,
            year: yearIn(2023, language),
          })
        : translate(language, 'ownEvents.layout.acled', { count: layout.columns });
    case 'ucdp-ged':
      return translate(
        language,
        layout.syriaOnly ? 'ownEvents.layout.ucdpSyria' : 'ownEvents.layout.ucdp',
        { count: layout.columns },
      );
    case 'other':
      return translate(language, 'ownEvents.layout.other');
    case 'json':
      return translate(language, 'ownEvents.layout.json');
  }
}

/** A year in a language's digits, without grouping. */
function yearIn(year: number, language: Language): string {
  return localeFormatters(localeFor(language)).plain.format(year);
}

/** The layouts whose English names carry a number of columns, and how to read them back. */
const NUMBERED_LAYOUTS: readonly { name: RegExp; layout: (columns: number) => Layout }[] = [
  {
    name: /^ACLED \(current layout, ([\d,]+) columns?\)$/,
    layout: (columns) => ({ format: 'acled', before2023: false, columns }),
  },
  {
    name: /^ACLED \(layout before March 2023, ([\d,]+) columns?\)$/,
    layout: (columns) => ({ format: 'acled', before2023: true, columns }),
  },
  {
    name: /^UCDP GED \(([\d,]+) columns?\)$/,
    layout: (columns) => ({ format: 'ucdp-ged', syriaOnly: false, columns }),
  },
  {
    name: /^UCDP GED \(([\d,]+) columns?, a Syria-only release\)$/,
    layout: (columns) => ({ format: 'ucdp-ged', syriaOnly: true, columns }),
  },
];

/**
 * The name of a layer's layout (as kept, in English: `layoutLabel(…, 'en')`) in a language, the
 * one shown unless said. A name this module did not write is shown as it is.
 */
export function layoutShown(kept: string, language: Language = currentLanguage()): string {
  if (language === 'en') return kept;
  for (const { name, layout } of NUMBERED_LAYOUTS) {
    const match = name.exec(kept);
    if (match) return layoutLabel(layout(Number(match[1]!.replace(/,/g, ''))), language);
  }
  for (const format of ['other', 'json'] as const)
    if (kept === layoutLabel({ format }, 'en')) return layoutLabel({ format }, language);
  return kept;
}
