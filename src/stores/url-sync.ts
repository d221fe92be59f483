import { useFiltersStore } from './filters';
import { parseUrlState, serializeUrlState, type UrlViewState } from './url-state';

/**
 * Keeps the address bar and the filters store in step, both ways: a change in the store pushes
 * a history entry (so Back returns to the previous range or selection), Back/Forward put the
 * URL's view back in the store. A link with bad values is rewritten in place to what is shown.
 * Returns a cleanup.
 *
 * The address bar is written after the next paint, not while the panels update: writing
 * history takes a millisecond or two of the frame that shows the new range. Changes made
 * before the write are one history entry, of the latest view.
 */
export function connectUrlSync(win: Window = window): () => void {
  let applyingFromUrl = false;
  /** A write waiting for the next paint; `push` once any change in it was not a map move. */
  let pending: { push: boolean } | null = null;

  const viewState = (): UrlViewState => {
    const { range, actorId, roundId, mapView, mapLayers, onlineTiles } = useFiltersStore.getState();
    return { range, actor: actorId, round: roundId, mapView, mapLayers, onlineTiles };
  };

  const canonical = serializeUrlState(viewState(), win.location.search);
  if (canonical !== win.location.search) {
    win.history.replaceState(win.history.state, '', urlWithSearch(win, canonical));
  }

  const unsubscribe = useFiltersStore.subscribe((state, previous) => {
    if (applyingFromUrl) return;
    const viewChanged =
      state.range !== previous.range ||
      state.actorId !== previous.actorId ||
      state.roundId !== previous.roundId;
    const mapChanged =
      state.mapView !== previous.mapView ||
      state.mapLayers !== previous.mapLayers ||
      state.onlineTiles !== previous.onlineTiles;
    if (!viewChanged && !mapChanged) return;
    if (pending) {
      pending.push ||= viewChanged;
      return;
    }
    const write = { push: viewChanged };
    pending = write;
    afterNextPaint(win, () => {
      // Cancelled (Back, Forward or cleanup came first) or already written.
      if (pending !== write) return;
      pending = null;
      const search = serializeUrlState(viewState(), win.location.search);
      if (search === win.location.search) return;
      // Panning and zooming the map rewrite the current entry; Back steps through ranges and
      // selections, not through every drag of the map.
      if (write.push) win.history.pushState(win.history.state, '', urlWithSearch(win, search));
      else win.history.replaceState(win.history.state, '', urlWithSearch(win, search));
    });
  });

  const onPopState = () => {
    // The URL Back or Forward reached is the view now; a write still waiting would add an
    // entry after it.
    pending = null;
    const { state, problems } = parseUrlState(win.location.search);
    applyingFromUrl = true;
    try {
      useFiltersStore.getState().setRange(state.range);
      useFiltersStore.getState().selectActor(state.actor);
      useFiltersStore.getState().selectRound(state.round);
      useFiltersStore.setState({
        mapView: state.mapView,
        mapLayers: state.mapLayers,
        onlineTiles: state.onlineTiles,
      });
      if (problems.length > 0) useFiltersStore.setState({ urlProblems: problems });
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

/** Runs `run` once the browser has painted the next frame. */
function afterNextPaint(win: Window, run: () => void): void {
  if (typeof win.requestAnimationFrame === 'function') {
    win.requestAnimationFrame(() => win.setTimeout(run, 0));
  } else win.setTimeout(run, 0);
}

function urlWithSearch(win: Window, search: string): string {
  return `${win.location.pathname}${search}${win.location.hash}`;
}
