import type { ReactNode } from 'react';
import type { DatasetFileData, DatasetFileName } from '@/data/dataset-files';
import { DataFileError, problemLines } from '@/data/problems';
import { useDatasetFiles } from '@/data/queries';
import { t } from '@/i18n/t';

interface DatasetGateProps<N extends DatasetFileName> {
  /** The dataset files the panel cannot work without. */
  files: readonly N[];
  /** How many lines of placeholder to show while loading. */
  skeletonRows?: number;
  children: (data: { [K in N]: DatasetFileData<K> }) => ReactNode;
}

/**
 * Renders its children with the files a panel needs, a skeleton while they load, and an error
 * that names each bad file, record and field when any of them failed.
 */
export function DatasetGate<const N extends DatasetFileName>({
  files,
  skeletonRows = 6,
  children,
}: DatasetGateProps<N>) {
  const result = useDatasetFiles(files);
  if (result.status === 'pending') return <Skeleton rows={skeletonRows} />;
  if (result.status === 'error')
    return <DataErrorView errors={result.errors} onReload={result.refetch} />;
  return <>{children(result.data)}</>;
}

/** Placeholder bars shaped like a list, announced to screen readers as loading. */
export function Skeleton({ rows }: { rows: number }) {
  return (
    <div className="skeleton" role="status" aria-live="polite" aria-busy="true">
      <span className="visually-hidden">{t('app.data.loading')}</span>
      {Array.from({ length: rows }, (_, i) => (
        <div key={i} className="skeleton__row" style={{ width: `${90 - ((i * 17) % 40)}%` }} />
      ))}
    </div>
  );
}

const MAX_LISTED_PROBLEMS = 8;

/**
 * What went wrong with the data, down to file, record and field, with a way to try again. The
 * problems are listed as the dataset's checks word them, in English (for whoever maintains it).
 */
export function DataErrorView({
  errors,
  onReload,
}: {
  errors: readonly Error[];
  onReload: () => void;
}) {
  const problems = errors.flatMap(problemLines);
  const files = [
    ...new Set(errors.map((e) => (e instanceof DataFileError ? e.file : t('app.data.anyFile')))),
  ];
  const invalid =
    files.length === 1
      ? 'app.data.invalidOne'
      : files.length === 2
        ? 'app.data.invalidTwo'
        : 'app.data.invalidMany';
  return (
    <div className="state state--error" role="alert">
      <p className="state__title">{t(invalid, { files: files.join(t('common.listSeparator')) })}</p>
      <ul className="problem-list">
        {problems.slice(0, MAX_LISTED_PROBLEMS).map((line, i) => (
          <li key={i}>
            <code lang="en" dir="ltr">
              {line}
            </code>
          </li>
        ))}
      </ul>
      {problems.length > MAX_LISTED_PROBLEMS ? (
        <p className="state__detail">
          {t('app.data.moreProblems', { count: problems.length - MAX_LISTED_PROBLEMS })}
        </p>
      ) : null}
      <button type="button" className="button" onClick={onReload}>
        {t('app.reload')}
      </button>
    </div>
  );
}

/** A quiet message for an empty result, saying what was looked for. */
export function EmptyState({ children }: { children: ReactNode }) {
  return (
    <div className="state state--empty" role="status">
      {children}
    </div>
  );
}
