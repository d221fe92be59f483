import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isRealCalendarDate } from '@/lib/dates';
import {
  CONFLICT_START,
  defaultRange,
  mapLayerIds,
  MAX_ZOOM,
  MIN_ZOOM,
  resolveRange,
} from './view-state';
import { urlParams } from './url-params';
import { parseUrlState, serializeUrlState } from './url-state';

const defaults = defaultRange({ first: CONFLICT_START, asOf: '2026-01-18' });
const keys = [...urlParams.flatMap((p) => p.keys), 'x', ''];
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
          const { state, problems } = parseUrlState(search);
          const range = resolveRange(state.rangeChoice, defaults);
          expect(isRealCalendarDate(range.from) && isRealCalendarDate(range.to)).toBe(true);
          expect(range.from <= range.to).toBe(true);
          for (const id of [state.actorId, state.roundId, state.compareId])
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
          const again = parseUrlState(serializeUrlState(state, ''));
          expect(again.problems).toEqual([]);
          expect({ ...again.state, mapView: null }).toEqual({ ...state, mapView: null });
          if (state.mapView) {
            expect(again.state.mapView?.lat).toBeCloseTo(state.mapView.lat, 3);
            expect(again.state.mapView?.lng).toBeCloseTo(state.mapView.lng, 3);
            expect(again.state.mapView?.zoom).toBe(state.mapView.zoom);
          } else expect(again.state.mapView).toBeNull();
        },
      ),
      { numRuns: 5000 },
    );
  });
});
