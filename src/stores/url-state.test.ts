import { describe, expect, it } from 'vitest';
import { CONFLICT_START, defaultRange, parseUrlState, serializeUrlState } from './url-state';

const defaults = defaultRange('2026-11-23');
const noSelection = {
  actor: null,
  round: null,
  mapView: null,
  mapLayers: null,
  onlineTiles: false,
};

describe('parseUrlState', () => {
  it('reads a valid range', () => {
    const { state, problems } = parseUrlState('?from=2018-09-17&to=2019-10-22', defaults);
    expect(state.range).toEqual({ from: '2018-09-17', to: '2019-10-22' });
    expect(problems).toEqual([]);
  });

  it('uses the defaults for missing or empty values without complaint', () => {
    expect(parseUrlState('', defaults)).toEqual({
      state: { ...noSelection, range: defaults },
      problems: [],
    });
    expect(parseUrlState('?from=&to=', defaults).problems).toEqual([]);
    expect(parseUrlState('?to=2020-01-01', defaults).state.range).toEqual({
      from: CONFLICT_START,
      to: '2020-01-01',
    });
  });

  it('replaces a malformed from with the default and says so', () => {
    const { state, problems } = parseUrlState('?from=2019-13-45&to=2020-01-01', defaults);
    expect(state.range).toEqual({ from: CONFLICT_START, to: '2020-01-01' });
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
    const { state, problems } = parseUrlState(search, defaults);
    expect(problems).toHaveLength(1);
    expect(state.range.from <= state.range.to).toBe(true);
  });

  it('falls back whole when the range is reversed', () => {
    const { state, problems } = parseUrlState('?from=2022-01-01&to=2020-01-01', defaults);
    expect(state.range).toEqual(defaults);
    expect(problems[0]).toMatch(/before it starts/);
  });

  it('cuts very long bad values in the notice', () => {
    const { problems } = parseUrlState(`?from=${'9'.repeat(500)}`, defaults);
    expect(problems[0]!.length).toBeLessThan(200);
  });

  it('reads the selected actor and rejects an id that cannot be one', () => {
    expect(parseUrlState('?actor=hayat-tahrir-al-sham', defaults)).toEqual({
      state: { ...noSelection, range: defaults, actor: 'hayat-tahrir-al-sham' },
      problems: [],
    });
    const bad = parseUrlState('?actor=%3Cimg%20src%3Dx%3E', defaults);
    expect(bad.state.actor).toBeNull();
    expect(bad.problems[0]).toContain('"actor"');
  });

  it('takes the first value when a key repeats', () => {
    expect(parseUrlState('?from=2015-09-30&from=2018-09-17', defaults).state.range.from).toBe(
      '2015-09-30',
    );
  });
});

describe('serializeUrlState', () => {
  it('writes a range and keeps parameters it does not own', () => {
    const range = { from: '2018-09-17', to: '2019-01-01' };
    expect(serializeUrlState({ ...noSelection, range }, '?tab=graph', defaults)).toBe(
      '?tab=graph&from=2018-09-17&to=2019-01-01',
    );
  });
  it('leaves the default range and an empty selection out of the URL', () => {
    const search = '?from=2018-09-17&to=2019-01-01&actor=iran';
    expect(serializeUrlState({ ...noSelection, range: defaults }, search, defaults)).toBe('');
    expect(
      serializeUrlState({ ...noSelection, range: defaults, actor: 'russia' }, search, defaults),
    ).toBe('?actor=russia');
  });
  it('round-trips through parseUrlState', () => {
    const state = {
      range: { from: '2012-06-30', to: '2015-12-18' },
      actor: 'hayat-tahrir-al-sham',
      round: 'astana-round-4',
      mapView: { lat: 35.93, lng: 36.634, zoom: 9 },
      mapLayers: ['events' as const, 'zones' as const],
      onlineTiles: true,
    };
    expect(parseUrlState(serializeUrlState(state, '', defaults), defaults).state).toEqual(state);
  });
});

describe('map view in the URL', () => {
  it('reads a view and keeps it within bounds', () => {
    expect(parseUrlState('?lat=35.93&lng=36.63&zoom=9', defaults).state.mapView).toEqual({
      lat: 35.93,
      lng: 36.63,
      zoom: 9,
    });
    expect(parseUrlState('?lat=35.93&lng=36.63', defaults).state.mapView).toEqual({
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
    const { state, problems } = parseUrlState(search, defaults);
    expect(state.mapView).toBeNull();
    expect(problems).toHaveLength(1);
  });
  it('reads layers, drops unknown ones with a notice, and reads the tile switch', () => {
    expect(parseUrlState('?layers=events,zones', defaults).state.mapLayers).toEqual([
      'events',
      'zones',
    ]);
    expect(parseUrlState('?layers=', defaults).state.mapLayers).toEqual([]);
    const odd = parseUrlState('?layers=events,<b>,events', defaults);
    expect(odd.state.mapLayers).toEqual(['events']);
    expect(odd.problems).toHaveLength(1);
    expect(parseUrlState('?tiles=osm', defaults).state.onlineTiles).toBe(true);
    expect(parseUrlState('?tiles=google', defaults).state.onlineTiles).toBe(false);
  });
});
