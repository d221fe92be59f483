import type { Problem, ProblemParam, RowProblem } from '@/data/own-events';
import type { Language } from '@/i18n/catalogue';
import { currentLanguage, localeFor } from '@/i18n/language';
import { localeFormatters } from '@/lib/format';
import { translate, type MessageParams } from '@/i18n/t';
import { layoutShown } from './layout-names';

// The import's problems, worked out as data in the worker (problems.ts), put into words on the
// page in the language it shows.

/** A size with one decimal, in the language's digits; never grouped ("1023.5 MB", as before). */
function sizeNumber(value: number, language: Language): string {
  return localeFormatters(localeFor(language)).oneDecimal.format(value);
}

/** A size in bytes, in the language shown: "2.0 GB", "١٫٥ ميغابايت". */
export function formatBytes(bytes: number, language: Language = currentLanguage()): string {
  if (bytes >= 1024 ** 3)
    return translate(language, 'ownEvents.size.gb', {
      size: sizeNumber(bytes / 1024 ** 3, language),
    });
  if (bytes >= 1024 ** 2)
    return translate(language, 'ownEvents.size.mb', {
      size: sizeNumber(bytes / 1024 ** 2, language),
    });
  if (bytes >= 1024)
    return translate(language, 'ownEvents.size.kb', { size: Math.round(bytes / 1024) });
  return translate(language, 'ownEvents.size.bytes', { size: bytes });
}

/** Columns of the analyst's file as a list: "'a', 'b'" (Arabic: "«a»، «b»"). */
function columnList(columns: readonly string[], language: Language): string {
  return columns
    .map((column) => translate(language, 'ownEvents.quoted', { x: column }))
    .join(translate(language, 'common.listSeparator'));
}

/** One value of a problem's message as text, in a language. */
export function paramText(value: ProblemParam, language: Language): string | number {
  if (typeof value === 'string' || typeof value === 'number') return value;
  if ('own' in value) return value.own;
  if ('bytes' in value) return formatBytes(value.bytes, language);
  if ('columns' in value) return columnList(value.columns, language);
  return layoutShown(value.layout, language);
}

/** Whether a value of a problem's message is the analyst's own text, shown as written. */
export function isOwnParam(value: ProblemParam): boolean {
  return typeof value === 'object' && ('own' in value || 'columns' in value);
}

/** A problem in words, in a language (the one shown unless said). */
export function problemText(
  { key, params }: Problem,
  language: Language = currentLanguage(),
): string {
  if (!params) return translate(language, key);
  const plain: MessageParams = {};
  for (const [name, value] of Object.entries(params)) plain[name] = paramText(value, language);
  return translate(language, key, plain);
}

/** Why a row was not imported, in words: said in a language, or as kept (in English) before. */
export function rowReasonText(problem: RowProblem, language: Language = currentLanguage()): string {
  return 'key' in problem ? problemText(problem, language) : problem.reason;
}
