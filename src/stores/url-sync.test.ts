import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useFiltersStore } from './filters';
import { defaultViewState } from './url-params';
import { connectUrlSync, permalinkOf } from './url-sync';

let disconnect: () => void = () => {};

beforeEach(() => {
  window.history.replaceState(null, '', '/');
  useFiltersStore.setState({ ...defaultViewState, urlProblems: [] });
  useFiltersStore.getState().setRange({ from: '2018-01-01', to: '2019-01-01' });
});
afterEach(() => disconnect());

/** Resolves once a write scheduled for after the next paint has run. */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

function popTo(search: string) {
  window.history.replaceState(null, '', `/${search}`);
  window.dispatchEvent(new PopStateEvent('popstate'));
}

describe('connectUrlSync', () => {
  it('writes the current range into the URL on start', () => {
    disconnect = connectUrlSync();
    expect(window.location.search).toBe('?from=2018-01-01&to=2019-01-01');
  });

  it('pushes a history entry for each range change', async () => {
    disconnect = connectUrlSync();
    const before = window.history.length;
    useFiltersStore.getState().setRange({ from: '2015-09-30', to: '2016-01-01' });
    await afterPaint();
    expect(window.location.search).toBe('?from=2015-09-30&to=2016-01-01');
    useFiltersStore.getState().setRange({ from: '2016-09-30', to: '2017-01-01' });
    await afterPaint();
    expect(window.location.search).toBe('?from=2016-09-30&to=2017-01-01');
    expect(window.history.length).toBe(before + 2);
  });

  it('writes after the next paint, one entry of the latest view for the changes before it', async () => {
    disconnect = connectUrlSync();
    const before = window.history.length;
    useFiltersStore.getState().setRange({ from: '2015-09-30', to: '2016-01-01' });
    useFiltersStore.getState().setRange({ from: '2016-09-30', to: '2017-01-01' });
    // Not yet: the panels paint the new range first.
    expect(window.location.search).toBe('?from=2018-01-01&to=2019-01-01');
    await afterPaint();
    expect(window.location.search).toBe('?from=2016-09-30&to=2017-01-01');
    expect(window.history.length).toBe(before + 1);
  });

  it('pushes, not rewrites, when a map move and a range change wait for the same write', async () => {
    disconnect = connectUrlSync();
    const before = window.history.length;
    useFiltersStore.getState().setMapView({ lat: 35.93, lng: 36.63, zoom: 9 });
    useFiltersStore.getState().setRange({ from: '2015-09-30', to: '2016-01-01' });
    await afterPaint();
    expect(window.history.length).toBe(before + 1);
    expect(window.location.search).toContain('from=2015-09-30');
    expect(window.location.search).toContain('zoom=9');
  });

  it('drops a write still waiting when Back comes first', async () => {
    disconnect = connectUrlSync();
    const before = window.history.length;
    useFiltersStore.getState().setRange({ from: '2015-09-30', to: '2016-01-01' });
    popTo('?from=2012-06-30&to=2013-01-01');
    await afterPaint();
    expect(window.location.search).toBe('?from=2012-06-30&to=2013-01-01');
    expect(useFiltersStore.getState().range).toEqual({ from: '2012-06-30', to: '2013-01-01' });
    expect(window.history.length).toBe(before);
  });

  it('puts the URL range back in the store on Back/Forward, without pushing', () => {
    disconnect = connectUrlSync();
    const before = window.history.length;
    popTo('?from=2012-06-30&to=2013-01-01');
    expect(useFiltersStore.getState().range).toEqual({ from: '2012-06-30', to: '2013-01-01' });
    expect(window.history.length).toBe(before);
  });

  it('keeps parameters it does not own when writing the range', async () => {
    window.history.replaceState(null, '', '/?ref=newsletter');
    disconnect = connectUrlSync();
    useFiltersStore.getState().setRange({ from: '2015-09-30', to: '2016-01-01' });
    await afterPaint();
    expect(new URLSearchParams(window.location.search).get('from')).toBe('2015-09-30');
    expect(new URLSearchParams(window.location.search).get('ref')).toBe('newsletter');
  });

  it('rewrites the current entry for map moves instead of pushing one per drag', async () => {
    disconnect = connectUrlSync();
    const before = window.history.length;
    useFiltersStore.getState().setMapView({ lat: 35.93, lng: 36.63, zoom: 9 });
    await afterPaint();
    expect(window.location.search).toContain('zoom=9');
    useFiltersStore.getState().setMapView({ lat: 36.2, lng: 37.16, zoom: 10 });
    await afterPaint();
    expect(window.history.length).toBe(before);
    expect(window.location.search).toContain('lat=36.200&lng=37.160&zoom=10');
  });

  it('pushes the selected actor, and Back clears it again', async () => {
    disconnect = connectUrlSync();
    useFiltersStore.getState().selectActor('russia');
    await afterPaint();
    expect(new URLSearchParams(window.location.search).get('actor')).toBe('russia');
    popTo('?from=2018-01-01&to=2019-01-01');
    expect(useFiltersStore.getState().actorId).toBeNull();
  });

  it('reports a bad value reached by Back and shows the default instead', () => {
    disconnect = connectUrlSync();
    popTo('?from=nonsense');
    expect(useFiltersStore.getState().urlProblems[0]).toContain('nonsense');
    expect(useFiltersStore.getState().range.from).toBe('2011-03-15');
  });

  it('stops listening after cleanup, and drops a write still waiting', async () => {
    disconnect = connectUrlSync();
    useFiltersStore.getState().setRange({ from: '2014-09-30', to: '2015-01-01' });
    disconnect();
    useFiltersStore.getState().setRange({ from: '2015-09-30', to: '2016-01-01' });
    await afterPaint();
    expect(window.location.search).toBe('?from=2018-01-01&to=2019-01-01');
  });

  it('pushes a panel choice, and Back puts the previous one back', async () => {
    disconnect = connectUrlSync();
    const before = window.history.length;
    useFiltersStore.getState().setView({ deathsMode: 'cumulative' });
    await afterPaint();
    expect(new URLSearchParams(window.location.search).get('deaths')).toBe('cumulative');
    expect(window.history.length).toBe(before + 1);
    popTo('?from=2018-01-01&to=2019-01-01');
    expect(useFiltersStore.getState().deathsMode).toBe('annual');
  });

  it('pushes once for a run of typing in one box, not once per keystroke', async () => {
    disconnect = connectUrlSync();
    const before = window.history.length;
    for (const query of ['r', 'ru', 'rus']) {
      useFiltersStore.getState().setView({ actorQuery: query });
      await afterPaint();
    }
    expect(new URLSearchParams(window.location.search).get('q')).toBe('rus');
    expect(window.history.length).toBe(before + 1);
    // Another choice ends the run: typing again is a new step back.
    useFiltersStore.getState().setView({ actorSort: 'name' });
    await afterPaint();
    useFiltersStore.getState().setView({ actorQuery: 'russia' });
    await afterPaint();
    expect(window.history.length).toBe(before + 3);
  });

  it('gives exports the link of the view in the store, even before the URL is written', () => {
    disconnect = connectUrlSync();
    useFiltersStore.getState().setView({ refugeesStacked: true });
    const link = new URL(permalinkOf());
    expect(link.searchParams.get('refugees')).toBe('stacked');
    expect(link.searchParams.get('from')).toBe('2018-01-01');
  });
});
