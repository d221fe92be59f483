import { create } from 'zustand';
import { parseStoredViews, removeView, renameView, saveView, type SavedView } from './saved-views';

const STORAGE_KEY = 'syria-dashboard-saved-views';

interface SavedViewsState {
  views: SavedView[];
  /** False once the browser refused to keep them (private window, storage full or off). */
  kept: boolean;
  save: (name: string, search: string) => void;
  rename: (id: string, name: string) => void;
  remove: (id: string) => void;
}

function read(): SavedView[] {
  try {
    const text = window.localStorage.getItem(STORAGE_KEY);
    return text ? parseStoredViews(JSON.parse(text)) : [];
  } catch {
    return [];
  }
}

/** Writes the views; false if the browser refused. */
function write(views: readonly SavedView[]): boolean {
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(views));
    return true;
  } catch {
    return false;
  }
}

function newId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/**
 * The saved views of this browser, kept in localStorage. When the browser refuses to keep them,
 * they still work for the session and `kept` says they will be gone on reload.
 */
export const useSavedViews = create<SavedViewsState>()((set, get) => {
  const update = (views: SavedView[]) => set({ views, kept: write(views) });
  return {
    views: read(),
    kept: true,
    save: (name, search) => update(saveView(get().views, name, search, new Date(), newId)),
    rename: (id, name) => update(renameView(get().views, id, name)),
    remove: (id) => update(removeView(get().views, id)),
  };
});

/** Another tab saved or deleted a view: show the same list here. */
if (typeof window !== 'undefined') {
  window.addEventListener('storage', (event) => {
    if (event.key === STORAGE_KEY) useSavedViews.setState({ views: read() });
  });
}
