import { useId, useState } from 'react';
import { t } from '@/i18n/t';
import { guessMapping, MAPPED_FIELDS, type ColumnMapping, type MappingField } from './formats';
import type { TablePeek } from './table-import';

/**
 * The columns of a table of another layout, chosen by the analyst (each field from the header,
 * a first guess made from common names), with the file's first rows under the choices.
 */
export function MappingForm({
  peek,
  onImport,
  onCancel,
}: {
  peek: TablePeek;
  onImport: (mapping: ColumnMapping) => void;
  onCancel: () => void;
}) {
  const id = useId();
  const [mapping, setMapping] = useState<Partial<ColumnMapping>>(() => guessMapping(peek.header));
  const ready = MAPPED_FIELDS.every(({ field, required }) => !required || mapping[field]);
  return (
    <form
      className="own-mapping"
      onSubmit={(e) => {
        e.preventDefault();
        if (ready) onImport(mapping as ColumnMapping);
      }}
    >
      <p>{t('ownEvents.mapping.intro')}</p>
      <div className="own-mapping__fields">
        {MAPPED_FIELDS.map(({ field, label, required }) => (
          <label key={field} className="field" htmlFor={`${id}-${field}`}>
            <span className="field__label">
              {required ? t('ownEvents.mapping.needed', { field: t(label) }) : t(label)}
            </span>
            <select
              id={`${id}-${field}`}
              value={mapping[field] ?? ''}
              onChange={(e) =>
                setMapping((m) => ({ ...m, [field as MappingField]: e.target.value || undefined }))
              }
            >
              <option value="">
                {required ? t('ownEvents.mapping.choose') : t('ownEvents.mapping.none')}
              </option>
              {peek.header.map((column, i) => (
                <option key={i} value={column} translate="no">
                  {column}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
      <div className="own-mapping__preview">
        <table>
          <caption>{t('ownEvents.mapping.preview')}</caption>
          <thead translate="no">
            <tr>
              {peek.header.map((column, i) => (
                <th key={i} scope="col">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody translate="no">
            {peek.preview.map((row, r) => (
              <tr key={r}>
                {peek.header.map((_, i) => (
                  <td key={i}>{row[i] ?? ''}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="own-dialog__actions">
        <button type="submit" className="button" disabled={!ready}>
          {t('ownEvents.mapping.import')}
        </button>
        <button type="button" className="button button--quiet" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
