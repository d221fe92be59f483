import './saved-views.css';
import { useId, useRef, useState, type FormEvent, type MouseEvent } from 'react';
import { useRecordNames } from '@/data/use-record-names';
import { t } from '@/i18n/t';
import { formatDate, formatRange } from '@/lib/format';
import { useDateRange } from '@/stores/filters';
import { openViewOf, searchOfView } from '@/stores/url-sync';
import { cleanName, describeView, MAX_NAME_LENGTH, type SavedView } from './saved-views';
import { useSavedViews } from './use-saved-views';

/**
 * "Saved views" in the header: name the view on screen and keep it in this browser; open,
 * rename or delete a kept view. Each is also a link (open it in a new tab, copy its address).
 */
export function SavedViews() {
  const views = useSavedViews((s) => s.views);
  const kept = useSavedViews((s) => s.kept);
  const save = useSavedViews((s) => s.save);
  const range = useDateRange();
  const [name, setName] = useState('');
  // What the last save did, said in the status line: the view saved or updated, by name.
  const [said, setSaid] = useState<{ updated: boolean; name: string } | null>(null);
  const [open, setOpen] = useState(false);
  const details = useRef<HTMLDetailsElement>(null);
  const inputId = useId();
  const describe = useDescriber();

  const onSave = (event: FormEvent) => {
    event.preventDefault();
    const chosen = cleanName(name) || formatRange(range);
    const updating = views.some((v) => v.name.toLowerCase() === chosen.toLowerCase());
    save(chosen, searchOfView());
    setName('');
    setSaid({ updated: updating, name: chosen });
  };

  return (
    <details
      className="saved-views"
      ref={details}
      onToggle={(e) => setOpen(e.currentTarget.open)}
      onKeyDown={(e) => {
        // Escape closes the panel and gives focus back to its button.
        if (e.key !== 'Escape' || !details.current?.open) return;
        details.current.open = false;
        details.current.querySelector('summary')?.focus();
      }}
    >
      <summary className="button button--quiet">
        {t('savedViews.summary', { count: views.length })}
      </summary>
      {/* Built only when open: closed, its controls are neither shown nor reachable. */}
      {open ? (
        <div className="saved-views__panel">
          <form className="saved-views__form" onSubmit={onSave}>
            <label htmlFor={inputId}>{t('savedViews.nameLabel')}</label>
            <div className="saved-views__row">
              <input
                id={inputId}
                type="text"
                value={name}
                maxLength={MAX_NAME_LENGTH}
                placeholder={formatRange(range)}
                onChange={(e) => setName(e.target.value)}
              />
              <button type="submit" className="button button--small">
                {t('savedViews.save')}
              </button>
            </div>
          </form>
          <p className="saved-views__status" role="status">
            {said ? <SaidSaved {...said} /> : null}
            {kept ? null : ` ${t('savedViews.notKept')}`}
          </p>
          {views.length === 0 ? (
            <p className="saved-views__empty">{t('savedViews.empty')}</p>
          ) : (
            <ul className="saved-views__list" aria-label={t('savedViews.listLabel')}>
              {views.map((view) => (
                <SavedViewItem
                  key={view.id}
                  view={view}
                  description={describe(view.search)}
                  onOpen={() => {
                    openViewOf(view.search);
                    setSaid(null);
                    if (details.current) details.current.open = false;
                  }}
                />
              ))}
            </ul>
          )}
        </div>
      ) : null}
    </details>
  );
}

/**
 * "Saved “Idlib 2019”.": one message, the view's name (the user's words, never translated) in
 * its place in the sentence.
 */
function SaidSaved({ updated, name }: { updated: boolean; name: string }) {
  const [before, after] = t(updated ? 'savedViews.updated' : 'savedViews.saved').split('{name}');
  return (
    <>
      {before}
      <bdi translate="no">{name}</bdi>
      {after}
    </>
  );
}

function SavedViewItem({
  view,
  description,
  onOpen,
}: {
  view: SavedView;
  description: string;
  onOpen: () => void;
}) {
  const rename = useSavedViews((s) => s.rename);
  const remove = useSavedViews((s) => s.remove);
  const [editing, setEditing] = useState<string | null>(null);
  const href = `${window.location.pathname}${view.search}`;
  const open = (event: MouseEvent<HTMLAnchorElement>) => {
    // A plain click opens the view in place; a click with a modifier is the browser's.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
      return;
    event.preventDefault();
    onOpen();
  };
  return (
    <li className="saved-views__item" data-testid="saved-view">
      {editing === null ? (
        <>
          <a className="saved-views__name" href={href} onClick={open} translate="no">
            {view.name}
          </a>
          <span className="saved-views__meta">
            {t('savedViews.meta', {
              description,
              date: formatDate(view.savedAt.slice(0, 10)),
            })}
          </span>
          <span className="saved-views__actions">
            <button
              type="button"
              className="link-button"
              aria-label={t('savedViews.renameNamed', { name: view.name })}
              onClick={() => setEditing(view.name)}
            >
              {t('savedViews.rename')}
            </button>
            <button
              type="button"
              className="link-button"
              aria-label={t('savedViews.deleteNamed', { name: view.name })}
              onClick={() => remove(view.id)}
            >
              {t('savedViews.delete')}
            </button>
          </span>
        </>
      ) : (
        <form
          className="saved-views__row"
          onSubmit={(e) => {
            e.preventDefault();
            rename(view.id, editing);
            setEditing(null);
          }}
        >
          <input
            type="text"
            aria-label={t('savedViews.newNameFor', { name: view.name })}
            value={editing}
            maxLength={MAX_NAME_LENGTH}
            onChange={(e) => setEditing(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape') {
                e.stopPropagation();
                setEditing(null);
              }
            }}
          />
          <button type="submit" className="button button--small">
            {t('savedViews.rename')}
          </button>
          <button type="button" className="button button--small" onClick={() => setEditing(null)}>
            {t('common.cancel')}
          </button>
        </form>
      )}
    </li>
  );
}

/** Describes a view with the names of its actor and round, once the data has them. */
function useDescriber(): (search: string) => string {
  const names = useRecordNames();
  return (search) => describeView(search, names);
}
