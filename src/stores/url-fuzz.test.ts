import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isRealCalendarDate } from '@/lib/dates';
import {
  defaultRange,
  mapLayerIds,
  MAX_ZOOM,
  MIN_ZOOM,
  parseUrlState,
  serializeUrlState,
} from './url-state';

const defaults = defaultRange('2026-11-23');
const keys = ['from', 'to', 'actor', 'round', 'lat', 'lng', 'zoom', 'layers', 'tiles', 'x', ''];
const nasty = fc.oneof(
  fc.string(),
  fc.constantFrom(
    '2019-13-45',
    '2021-02-29',
    '0000-00-00',
    '9999-99-99',
    '-1',
    'NaN',
    'Infinity',
    '1e309',
    '%00',
    '<script>',
    'javascript:alert(1)',
    '../../',
    'events,zones,<b>',
    '😀',
    'هيئة',
  ),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.double().map(String),
);
const queryString = fc
  .array(fc.tuple(fc.constantFrom(...keys), nasty), { maxLength: 12 })
  .map(
    (pairs) =>
      `?${pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&')}`,
  );

describe('URL state under random and hostile query strings', () => {
  it('always yields a valid view, never throws, and round-trips what it keeps', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          queryString,
          fc.string().map((s) => `?${s}`),
        ),
        (search) => {
          const { state, problems } = parseUrlState(search, defaults);
          expect(isRealCalendarDate(state.range.from) && isRealCalendarDate(state.range.to)).toBe(
            true,
          );
          expect(state.range.from <= state.range.to).toBe(true);
          for (const id of [state.actor, state.round])
            if (id !== null) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
          if (state.mapView) {
            expect(Math.abs(state.mapView.lat)).toBeLessThanOrEqual(85);
            expect(Math.abs(state.mapView.lng)).toBeLessThanOrEqual(180);
            expect(state.mapView.zoom).toBeGreaterThanOrEqual(MIN_ZOOM);
            expect(state.mapView.zoom).toBeLessThanOrEqual(MAX_ZOOM);
          }
          for (const layer of state.mapLayers ?? []) expect(mapLayerIds).toContain(layer);
          expect(Array.isArray(problems)).toBe(true);
          // What the app writes back reads back the same (map coordinates at 3 decimals).
          const again = parseUrlState(serializeUrlState(state, '', defaults), defaults);
          expect(again.problems).toEqual([]);
          expect(again.state.range).toEqual(state.range);
          expect(again.state.actor).toBe(state.actor);
          expect(again.state.round).toBe(state.round);
        },
      ),
      { numRuns: 5000 },
    );
  });
});
