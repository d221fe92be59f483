import { afterNextPaint } from '@/lib/after-next-paint';
import { useFiltersStore } from './filters';
import { urlParams } from './url-params';
import { parseUrlState, serializeUrlState, viewStateOf } from './url-state';

/**
 * Keeps the address bar and the filters store in step, both ways, for every parameter of the
 * table in url-params.ts: a change in the store writes the URL as its parameter says (a history
 * entry, so Back returns to the previous choice; or a rewrite of the current entry), and
 * Back/Forward put the URL's view back in the store. A link with bad values is rewritten in
 * place to what is shown. Returns a cleanup.
 *
 * The address bar is written after the next paint, not while the panels update: writing
 * history takes a millisecond or two of the frame that shows the new range. Changes made
 * before the write are one history entry, of the latest view.
 */
export function connectUrlSync(win: Window = window): () => void {
  let applyingFromUrl = false;
  /** A write waiting for the next paint; `push` once any change in it asked for an entry. */
  let pending: { push: boolean } | null = null;
  /** The field being typed into, while its changes rewrite one history entry. */
  let typing: string | null = null;

  const currentSearch = () =>
    serializeUrlState(viewStateOf(useFiltersStore.getState()), win.location.search);

  const canonical = currentSearch();
  if (canonical !== win.location.search) {
    win.history.replaceState(win.history.state, '', urlWithSearch(win, canonical));
  }

  const unsubscribe = useFiltersStore.subscribe((state, previous) => {
    if (applyingFromUrl) return;
    const changed = urlParams.filter((p) => state[p.field] !== previous[p.field]);
    if (changed.length === 0) return;
    let push = false;
    for (const p of changed) {
      if (p.history === 'push') push = true;
      else if (p.history === 'typing') push ||= typing !== p.field;
    }
    const typed = changed.length === 1 && changed[0]!.history === 'typing';
    if (typed) typing = changed[0]!.field;
    else if (push) typing = null;
    if (pending) {
      pending.push ||= push;
      return;
    }
    const write = { push };
    pending = write;
    afterNextPaint(() => {
      // Cancelled (Back, Forward or cleanup came first) or already written.
      if (pending !== write) return;
      pending = null;
      const search = currentSearch();
      if (search === win.location.search) return;
      if (write.push) win.history.pushState(win.history.state, '', urlWithSearch(win, search));
      else win.history.replaceState(win.history.state, '', urlWithSearch(win, search));
    }, win);
  });

  const onPopState = () => {
    // The URL Back or Forward reached is the view now; a write still waiting would add an
    // entry after it.
    pending = null;
    typing = null;
    applyingFromUrl = true;
    try {
      showViewOf(win.location.search, false);
    } finally {
      applyingFromUrl = false;
    }
  };
  win.addEventListener('popstate', onPopState);

  return () => {
    pending = null;
    unsubscribe();
    win.removeEventListener('popstate', onPopState);
  };
}

function urlWithSearch(win: Window, search: string): string {
  return `${win.location.pathname}${search}${win.location.hash}`;
}

/** The query string of the view the store holds now (`?from=…`, or '' for the default view). */
export function searchOfView(win: Window = window): string {
  return serializeUrlState(viewStateOf(useFiltersStore.getState()), win.location.search);
}

/**
 * Shows the view a query string describes (a saved view, a link picked inside the page): the
 * store takes it, and the address bar follows as for any other change (a history entry).
 * Values a link may no longer hold (an actor since removed) are reported as for a link opened.
 */
export function openViewOf(search: string): void {
  showViewOf(search, true);
}

/** Puts the view of a query string in the store, with the problems of its values (if any). */
function showViewOf(search: string, replaceNotice: boolean): void {
  const { state, problems } = parseUrlState(search);
  useFiltersStore.getState().setView(state);
  if (replaceNotice || problems.length > 0) useFiltersStore.setState({ urlProblems: problems });
}

/** The address of the view the store holds now: what an export prints as its permalink. */
export function permalinkOf(win: Window = window): string {
  const search = serializeUrlState(viewStateOf(useFiltersStore.getState()), win.location.search);
  return `${win.location.origin}${urlWithSearch(win, search)}`;
}
