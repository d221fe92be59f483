import { describe, expect, it } from 'vitest';
import { CONFLICT_START, defaultRange, resolveRange, type ViewState } from './view-state';
import { defaultViewState } from './url-params';
import { parseUrlState, serializeUrlState } from './url-state';

const defaults = defaultRange({ first: CONFLICT_START, asOf: '2026-01-18' });
const noSelection = defaultViewState;
/** The range a link shows once the default range is known. */
const rangeOf = (search: string) => resolveRange(parseUrlState(search).state.rangeChoice, defaults);

describe('parseUrlState', () => {
  it('reads a valid range', () => {
    const { state, problems } = parseUrlState('?from=2018-09-17&to=2019-10-22');
    expect(state.rangeChoice).toEqual({ from: '2018-09-17', to: '2019-10-22' });
    expect(problems).toEqual([]);
  });

  it('uses the defaults for missing or empty values without complaint', () => {
    expect(parseUrlState('')).toEqual({ state: noSelection, problems: [] });
    expect(rangeOf('')).toEqual(defaults);
    expect(parseUrlState('?from=&to=').problems).toEqual([]);
    expect(rangeOf('?to=2020-01-01')).toEqual({ from: CONFLICT_START, to: '2020-01-01' });
  });

  it('leaves an end the link does not give to the default range, known later', () => {
    expect(parseUrlState('?from=2018-09-17').state.rangeChoice).toEqual({ from: '2018-09-17' });
    expect(rangeOf('?from=2018-09-17')).toEqual({ from: '2018-09-17', to: defaults.to });
    // A start after the default's end shows that one day, not a reversed range.
    expect(rangeOf('?from=2030-01-01')).toEqual({ from: '2030-01-01', to: '2030-01-01' });
    expect(rangeOf('?to=2001-01-01')).toEqual({ from: '2001-01-01', to: '2001-01-01' });
  });

  it('replaces a malformed from with the default and says so', () => {
    const { problems } = parseUrlState('?from=2019-13-45&to=2020-01-01');
    expect(rangeOf('?from=2019-13-45&to=2020-01-01')).toEqual({
      from: CONFLICT_START,
      to: '2020-01-01',
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('"from"');
    expect(problems[0]).toContain('2019-13-45');
  });

  it.each([
    ['not a date', '?from=yesterday'],
    ['impossible day', '?from=2021-02-30'],
    ['too early', '?from=0201-01-01'],
    ['too late', '?to=2999-01-01'],
    ['script', '?from=<script>alert(1)</script>'],
    ['padded', '?from=%202021-01-01'],
  ])('rejects %s', (_label, search) => {
    const { problems } = parseUrlState(search);
    expect(problems).toHaveLength(1);
    const range = rangeOf(search);
    expect(range.from <= range.to).toBe(true);
  });

  it('falls back whole when the range is reversed', () => {
    const { state, problems } = parseUrlState('?from=2022-01-01&to=2020-01-01');
    expect(state.rangeChoice).toEqual({});
    expect(rangeOf('?from=2022-01-01&to=2020-01-01')).toEqual(defaults);
    expect(problems[0]).toMatch(/before it starts/);
  });

  it('cuts very long bad values in the notice', () => {
    const { problems } = parseUrlState(`?from=${'9'.repeat(500)}`);
    expect(problems[0]!.length).toBeLessThan(200);
  });

  it('reads the selected actor and rejects an id that cannot be one', () => {
    expect(parseUrlState('?actor=hayat-tahrir-al-sham')).toEqual({
      state: { ...noSelection, actorId: 'hayat-tahrir-al-sham' },
      problems: [],
    });
    const bad = parseUrlState('?actor=%3Cimg%20src%3Dx%3E');
    expect(bad.state.actorId).toBeNull();
    expect(bad.problems[0]).toContain('"actor"');
  });

  it('takes the first value when a key repeats', () => {
    expect(parseUrlState('?from=2015-09-30&from=2018-09-17').state.rangeChoice.from).toBe(
      '2015-09-30',
    );
  });

  it('reads the panels choices, and reports a word it does not know', () => {
    const { state, problems } = parseUrlState(
      '?deaths=cumulative&refugees=stacked&tables=map-events,deaths-by-source&marks=geneva,astana&compare=astana-round-4&window=12&actorsview=graph&kind=state&alignment=opposition&q=%D8%B1%D9%88%D8%B3%D9%8A%D8%A7&sort=name&panel=map&vs=2019-01-01..2019-12-31',
    );
    expect(problems).toEqual([]);
    expect(state).toEqual({
      ...noSelection,
      deathsMode: 'cumulative',
      refugeesStacked: true,
      tableViews: ['deaths-by-source', 'map-events'],
      chartTracks: ['astana', 'geneva'],
      compareId: 'astana-round-4',
      compareMonths: 12,
      actorsView: 'graph',
      actorKind: 'state',
      actorAlignment: 'opposition',
      actorQuery: 'روسيا',
      actorSort: 'name',
      expandedPanel: 'map',
      otherPeriod: { from: '2019-01-01', to: '2019-12-31' },
    });
    const odd = parseUrlState(
      '?deaths=weekly&window=0&sort=size&kind=planet&panel=sidebar&vs=2019-12-31..2019-01-01',
    );
    expect(odd.state).toEqual(noSelection);
    expect(odd.problems).toHaveLength(6);
  });
});

describe('serializeUrlState', () => {
  it('writes a range and keeps parameters it does not own', () => {
    const rangeChoice = { from: '2018-09-17', to: '2019-01-01' };
    expect(serializeUrlState({ ...noSelection, rangeChoice }, '?tab=graph')).toBe(
      '?tab=graph&from=2018-09-17&to=2019-01-01',
    );
  });
  it('leaves the default range, an empty selection and default choices out of the URL', () => {
    const search =
      '?from=2018-09-17&to=2019-01-01&actor=iran&deaths=cumulative&q=hts&tables=map-events';
    expect(serializeUrlState(noSelection, search)).toBe('');
    expect(serializeUrlState({ ...noSelection, actorId: 'russia' }, search)).toBe('?actor=russia');
  });
  it('round-trips through parseUrlState', () => {
    const state: ViewState = {
      ...noSelection,
      rangeChoice: { from: '2012-06-30', to: '2015-12-18' },
      actorId: 'hayat-tahrir-al-sham',
      roundId: 'astana-round-4',
      mapView: { lat: 35.93, lng: 36.634, zoom: 9 },
      mapLayers: ['events', 'zones'],
      onlineTiles: true,
    };
    expect(parseUrlState(serializeUrlState(state, '')).state).toEqual(state);
  });
});

describe('map view in the URL', () => {
  it('reads a view and keeps it within bounds', () => {
    expect(parseUrlState('?lat=35.93&lng=36.63&zoom=9').state.mapView).toEqual({
      lat: 35.93,
      lng: 36.63,
      zoom: 9,
    });
    expect(parseUrlState('?lat=35.93&lng=36.63').state.mapView).toEqual({
      lat: 35.93,
      lng: 36.63,
      zoom: 6,
    });
  });
  it.each([
    '?lat=95&lng=36&zoom=6',
    '?lat=abc&lng=36',
    '?lat=35&lng=',
    '?lat=35&lng=36&zoom=40',
    '?zoom=7',
    '?lat=Infinity&lng=1',
  ])('falls back to the default view for %s, with a notice', (search) => {
    const { state, problems } = parseUrlState(search);
    expect(state.mapView).toBeNull();
    expect(problems).toHaveLength(1);
  });
  it('reads layers, drops unknown ones with a notice, and reads the tile switch', () => {
    expect(parseUrlState('?layers=events,zones').state.mapLayers).toEqual(['events', 'zones']);
    expect(parseUrlState('?layers=').state.mapLayers).toEqual([]);
    const odd = parseUrlState('?layers=events,<b>,events');
    expect(odd.state.mapLayers).toEqual(['events']);
    expect(odd.problems).toHaveLength(1);
    expect(parseUrlState('?tiles=osm').state.onlineTiles).toBe(true);
    expect(parseUrlState('?tiles=google').state.onlineTiles).toBe(false);
  });
});
