import { useMemo, useState, type ChangeEvent } from 'react';
import { useDatasetFile } from '@/data/queries';
import { isRealCalendarDate } from '@/lib/dates';
import { t, useLanguage } from '@/i18n/t';
import { formatDate, formatRange } from '@/lib/format';
import { useFiltersStore } from '@/stores/filters';
import { buildProcessPresets, buildRangePresets, findActivePreset } from '@/stores/presets';
import { EARLIEST_DATE, LATEST_DATE } from '@/stores/view-state';

/** The global date range: From/To inputs, quick presets and Reset. */
export function DateRangeControl() {
  const range = useFiltersStore((s) => s.range);
  const setFrom = useFiltersStore((s) => s.setFrom);
  const setTo = useFiltersStore((s) => s.setTo);
  const setRange = useFiltersStore((s) => s.setRange);
  const resetRange = useFiltersStore((s) => s.resetRange);

  const defaults = useFiltersStore((s) => s.defaultRange);
  const asOf = useDatasetFile('meta').data?.asOf;
  const meetings = useDatasetFile('meetings').data;
  const presets = useMemo(
    () => [
      ...buildRangePresets(defaults, asOf),
      ...(meetings ? buildProcessPresets(meetings.meetings) : []),
    ],
    [defaults, asOf, meetings],
  );
  const active = findActivePreset(presets, range);

  return (
    <div className="range-control" role="group" aria-label={t('app.range.label')}>
      <div className="range-control__dates">
        <DateField label={t('app.range.from')} value={range.from} onCommit={setFrom} />
        <span aria-hidden="true" className="range-control__dash">
          –
        </span>
        <DateField label={t('app.range.to')} value={range.to} onCommit={setTo} />
        <button type="button" className="button button--quiet" onClick={resetRange}>
          {t('app.range.reset')}
        </button>
      </div>
      <div className="range-control__presets" role="group" aria-label={t('app.range.presets')}>
        {presets.map((preset) => (
          <button
            key={preset.id}
            type="button"
            className="chip"
            aria-pressed={preset.id === active?.id}
            title={t('app.range.presetTitle', {
              description: preset.description,
              range: formatRange(preset.range),
            })}
            onClick={() => setRange(preset.range)}
          >
            {preset.label}
          </button>
        ))}
      </div>
    </div>
  );
}

interface DateFieldProps {
  label: string;
  value: string;
  onCommit: (value: string) => void;
}

/**
 * A labelled date input that applies a value only once it is a whole, real date within bounds:
 * while the user is typing a year digit by digit, nothing half-typed reaches the store or URL.
 */
function DateField({ label, value, onCommit }: DateFieldProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const shown = draft ?? value;
  const invalid = draft !== null && !isAcceptable(draft);

  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const next = event.target.value;
    if (isAcceptable(next)) {
      setDraft(null);
      onCommit(next);
    } else {
      setDraft(next);
    }
  };

  // A native date field writes its date as the browser's own language does (12/31/2019 in an
  // English browser), whatever the page's: in Arabic the date is also written out beside its
  // label, in Arabic. Hidden from screen readers, which read the field's value themselves.
  const language = useLanguage();
  return (
    <label className="date-field">
      <span className="date-field__head">
        <span className="date-field__label">{label}</span>
        {language !== 'en' && isAcceptable(shown) && (
          <span className="date-field__words" aria-hidden="true" data-testid="date-words">
            {formatDate(shown)}
          </span>
        )}
      </span>
      <input
        type="date"
        className="date-field__input"
        value={shown}
        min={EARLIEST_DATE}
        max={LATEST_DATE}
        aria-invalid={invalid || undefined}
        onChange={onChange}
        onBlur={() => setDraft(null)}
      />
    </label>
  );
}

function isAcceptable(value: string): boolean {
  return isRealCalendarDate(value) && value >= EARLIEST_DATE && value <= LATEST_DATE;
}
