import { describe, expect, it } from 'vitest';
import { actorKinds, alignments } from '@/data/schemas/actors';
import { tracks } from '@/data/schemas/meetings';
import { syrianGovernorates } from '@/data/schemas/places';
import { addDays } from '@/lib/dates';
import { seededRandom } from '@/lib/random';
import {
  actorSorts,
  actorsViews,
  deathsModes,
  MAX_ASYLUM_HOSTS,
  MAX_COMPARE_MONTHS,
  MAX_ZOOM,
  MIN_ZOOM,
  mapLayerIds,
  mapModes,
  governorateShadings,
  tableViewIds,
  panelAreas,
  OWN_FILE_SHA_DIGITS,
  type RangeChoice,
  type ViewState,
} from './view-state';
import { urlParams } from './url-params';
import { parseUrlState, serializeUrlState } from './url-state';

/** A random view, each field at its default now and then, so that defaults are covered too. */
function randomView(random: () => number): ViewState {
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)]!;
  const sometimes = <T>(value: () => T, otherwise: T): T => (random() < 0.3 ? otherwise : value());
  const subset = <T>(values: readonly T[]) => values.filter(() => random() < 0.5);
  const day = () => addDays('1990-01-01', Math.floor(random() * 40_000));
  const id = () =>
    Array.from({ length: 1 + Math.floor(random() * 3) }, () =>
      random()
        .toString(36)
        .slice(2, 2 + 1 + Math.floor(random() * 6)),
    ).join('-');
  const text = () =>
    Array.from({ length: Math.floor(random() * 12) }, () =>
      pick(['a', 'Z', ' ', 'é', 'ر', 'و', '&', '=', '?', '#', '%', '+', ',', '1', '"', '😀']),
    ).join('');
  const rangeChoice = (): RangeChoice => {
    const [a, b] = [day(), day()].sort();
    return pick<RangeChoice>([{}, { from: a }, { to: b }, { from: a, to: b }]);
  };
  return {
    rangeChoice: rangeChoice(),
    actorId: sometimes(id, null),
    roundId: sometimes(id, null),
    mapView: sometimes(
      () => ({
        lat: Math.round((random() * 170 - 85) * 1000) / 1000,
        lng: Math.round((random() * 360 - 180) * 1000) / 1000,
        zoom: MIN_ZOOM + Math.floor(random() * (MAX_ZOOM - MIN_ZOOM + 1)),
      }),
      null,
    ),
    mapLayers: sometimes(() => subset(mapLayerIds), null),
    onlineTiles: random() < 0.5,
    mapMode: pick(mapModes),
    governorateShading: pick(governorateShadings),
    governorate: sometimes(() => pick(syrianGovernorates), null),
    deathsMode: pick(deathsModes),
    refugeesStacked: random() < 0.5,
    asylumHosts: sometimes(
      () => [...new Set(Array.from({ length: 1 + Math.floor(random() * MAX_ASYLUM_HOSTS) }, id))],
      null,
    ),
    tableViews: subset(tableViewIds),
    chartTracks: sometimes(() => subset(tracks), null),
    compareId: sometimes(id, null),
    compareMonths: 1 + Math.floor(random() * MAX_COMPARE_MONTHS),
    actorsView: pick(actorsViews),
    actorKind: pick(['all', ...actorKinds] as const),
    actorAlignment: pick(['all', ...alignments] as const),
    actorQuery: sometimes(text, ''),
    actorSort: pick(actorSorts),
    expandedPanel: sometimes(() => pick(panelAreas), null),
    otherPeriod: sometimes(() => {
      const [from, to] = [day(), day()].sort() as [string, string];
      return { from, to };
    }, null),
    ownFile: sometimes(
      () => ({
        name: `f${text()}.csv`,
        sha: sometimes(
          () =>
            Array.from({ length: OWN_FILE_SHA_DIGITS }, () =>
              Math.floor(random() * 16).toString(16),
            ).join(''),
          null,
        ),
      }),
      null,
    ),
  };
}

describe('the link holds the whole view', () => {
  it('gives back any view it was written from: state → URL → state', () => {
    const random = seededRandom(17);
    for (let run = 0; run < 3000; run += 1) {
      const view = randomView(random);
      const search = serializeUrlState(view, '?ref=elsewhere');
      const { state, problems } = parseUrlState(search);
      expect(problems, search).toEqual([]);
      expect(state, search).toEqual(view);
      expect(new URLSearchParams(search).get('ref')).toBe('elsewhere');
    }
  });

  it('generates every parameter of the table (a new one needs a generator here)', () => {
    expect(Object.keys(randomView(seededRandom(1))).sort()).toEqual(
      urlParams.map((p) => p.field).sort(),
    );
  });
});
