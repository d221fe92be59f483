import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { EnglishText } from '@/components/EnglishText';
import { OtherName } from '@/components/ForeignName';
import { useDatasetFiles } from '@/data/queries';
import type { Language } from '@/i18n/catalogue';
import { currentLanguage } from '@/i18n/language';
import { t, useLanguage } from '@/i18n/t';
import { memoOnInputs } from '@/lib/memo';
import { useFiltersStore } from '@/stores/filters';
import {
  buildSearchIndex,
  searchKindLabel,
  searchRecords,
  shownLabel,
  type SearchData,
  type SearchEntry,
} from './search-index';
import './search.css';

/** How many results of each kind the list shows (the group heading gives the full count). */
const PER_KIND = 6;

// One index per dataset, kept per the four files it reads: they are parsed once per page load.
// And per language, as the common names of numbered rounds are the language's.
const indexOfFiles = memoOnInputs(
  (
    events: SearchData['events'],
    actors: SearchData['actors'],
    places: SearchData['places'],
    meetings: SearchData['meetings'],
    _language: Language,
  ): readonly SearchEntry[] => buildSearchIndex({ events, actors, places, meetings }),
);
const indexOf = (data: SearchData) =>
  indexOfFiles(data.events, data.actors, data.places, data.meetings, currentLanguage());

/**
 * One search for the whole dataset, in the header: actors, meetings, places and events by any
 * name they have, in Latin or Arabic script. A combobox (ARIA 1.2): arrow keys move through the
 * results, Enter chooses, Escape closes the list (and a second Escape clears the text).
 * Choosing a result tells the store, and the panels follow: an actor is selected, a meeting's
 * round opens, a place is shown on the map, an event opens on the map.
 */
export function HeaderSearch() {
  const files = useDatasetFiles(['actors', 'places', 'meetings', 'events']);
  const data = files.status === 'success' ? files.data : undefined;
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [cursor, setCursor] = useState(0);
  const baseId = useId();
  const listId = `${baseId}-list`;

  // The index is built on the first query, not on load: nobody waits for it who never searches.
  const groups = useMemo(
    () => (data && query.trim() !== '' ? searchRecords(indexOf(data), query, PER_KIND) : []),
    [data, query],
  );
  const options = groups.flatMap((g) => g.entries);
  const total = groups.reduce((sum, g) => sum + g.total, 0);
  const active = options.length > 0 ? Math.min(cursor, options.length - 1) : -1;
  const optionId = (entry: SearchEntry) => `${baseId}-${entry.kind}-${entry.id}`;
  const asked = open && query.trim() !== '' && data !== undefined;
  const expanded = asked && total > 0;

  const selectActor = useFiltersStore((s) => s.selectActor);
  const selectRound = useFiltersStore((s) => s.selectRound);
  const focusPlace = useFiltersStore((s) => s.focusPlace);
  const showEvent = useFiltersStore((s) => s.showEvent);
  const choose = (entry: SearchEntry) => {
    if (entry.kind === 'actor') selectActor(entry.id);
    else if (entry.kind === 'meeting') selectRound(entry.id);
    else if (entry.kind === 'place') focusPlace(entry.id);
    else showEvent({ id: entry.id, placeId: entry.placeId ?? '' });
    setQuery('');
    setOpen(false);
  };

  const move = (to: number) => {
    if (options.length === 0) return;
    const next = (to + options.length) % options.length;
    setCursor(next);
    document.getElementById(optionId(options[next]!))?.scrollIntoView({ block: 'nearest' });
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const keys: Record<string, () => void> = {
      ArrowDown: () => (expanded ? move(active + 1) : setOpen(true)),
      ArrowUp: () => (expanded ? move(active - 1) : setOpen(true)),
      Enter: () => {
        if (expanded && active >= 0) choose(options[active]!);
      },
      Escape: () => (expanded ? setOpen(false) : setQuery('')),
    };
    const action = keys[event.key];
    if (action) {
      event.preventDefault();
      action();
    }
  };

  return (
    <div className="header-search">
      <label className="date-field" htmlFor={`${baseId}-input`}>
        {t('search.label')}
      </label>
      <input
        id={`${baseId}-input`}
        className="date-field__input header-search__input"
        type="text"
        role="combobox"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && active >= 0 ? optionId(options[active]!) : undefined}
        aria-describedby={`${baseId}-status`}
        autoComplete="off"
        spellCheck={false}
        placeholder={t(data ? 'search.placeholder' : 'search.loading')}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setCursor(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <span id={`${baseId}-status`} className="visually-hidden" aria-live="polite">
        {asked ? (total === 0 ? t('search.noMatch') : t('search.results', { count: total })) : ''}
      </span>
      {asked && total === 0 ? (
        <p className="header-search__list header-search__empty">{t('search.nothing')}</p>
      ) : null}
      <div
        id={listId}
        role="listbox"
        aria-label={t('search.listLabel')}
        className="header-search__list"
        hidden={!expanded}
        // Keep the focus in the input while a result is clicked.
        onMouseDown={(e) => e.preventDefault()}
      >
        {groups.map((group) => (
          <div
            key={group.kind}
            role="group"
            aria-labelledby={`${baseId}-${group.kind}`}
            data-kind={group.kind}
          >
            <div
              role="presentation"
              id={`${baseId}-${group.kind}`}
              className="header-search__group"
            >
              {t(group.total > group.entries.length ? 'search.groupFirst' : 'search.group', {
                kind: searchKindLabel(group.kind),
                total: group.total,
                shown: group.entries.length,
              })}
            </div>
            {group.entries.map((entry) => (
              <div
                key={entry.id}
                id={optionId(entry)}
                role="option"
                aria-selected={options[active] === entry}
                className="header-search__option"
                data-id={entry.id}
                onClick={() => choose(entry)}
                onMouseMove={() => setCursor(options.indexOf(entry))}
              >
                <ResultLabel entry={entry} />
                <span className="header-search__detail">{entry.detail()}</span>
              </div>
            ))}
          </div>
        ))}
      </div>
    </div>
  );
}

/**
 * A result's name in the language shown, with its name in the other script (in Arabic, the
 * Latin one, read as English); an event's title, in English only, marked so in Arabic.
 */
function ResultLabel({ entry }: { entry: SearchEntry }) {
  const language = useLanguage();
  if (language !== 'en' && entry.labelAr === undefined) {
    return (
      <span className="header-search__label">
        <EnglishText>{entry.label}</EnglishText>
      </span>
    );
  }
  return (
    <span className="header-search__label">
      {shownLabel(entry)} <OtherName name={entry.label} nameAr={entry.labelAr} />
    </span>
  );
}
