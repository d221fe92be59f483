import type { ReactNode } from 'react';
import { EnglishText } from '@/components/EnglishText';
import type { Problem, RowProblem } from '@/data/own-events';
import { currentLanguage } from '@/i18n/language';
import { isOwnParam, paramText } from './problem-text';
import { richMessage } from '@/i18n/rich';

/** The analyst's own text (a file name, a cell, a column) inside a message: never translated. */
export function Own({ children }: { children: ReactNode }) {
  return <bdi translate="no">{children}</bdi>;
}

/** A problem of the import in the language shown, the analyst's own text in it as written. */
export function ProblemMessage({ problem }: { problem: Problem }) {
  const language = currentLanguage();
  const params: Record<string, ReactNode | string | number> = {};
  for (const [name, value] of Object.entries(problem.params ?? {}))
    params[name] = isOwnParam(value) ? (
      <Own>{paramText(value, language)}</Own>
    ) : (
      paramText(value, language)
    );
  return <>{richMessage(problem.key, params)}</>;
}

/** Why a row was not imported: said in the language shown, or as kept (in English) before. */
export function RowReason({ problem }: { problem: RowProblem }) {
  if ('key' in problem) return <ProblemMessage problem={problem} />;
  return <EnglishText>{problem.reason}</EnglishText>;
}
