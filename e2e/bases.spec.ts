import { test, type Page } from '@playwright/test';
import type { Place } from '../src/data/schemas/places';
import { readDataset, waitForRange } from './helpers';
import { canvas, expect, mapPanel, TOLERANCE } from './map-marks';

/**
 * Issue 18: "the bases shown change with the range". The set of base markers is computed here
 * from places.json (a base is shown when one of its holding periods overlaps the range; a period
 * open at an end reaches past any range), and each marker is compared with the map's own
 * projection of the base's coordinates.
 */
const places = readDataset<{ places: Place[] }>('places.json').places;
const actors = readDataset<{ actors: { id: string }[] }>('actors.json').actors;

function basesHeldIn(from: string, to: string): Place[] {
  return places.filter(
    (p) =>
      p.kind === 'military-base' &&
      (p.presence ?? []).some((period) => (period.from ?? '') <= to && (period.to ?? '~') >= from),
  );
}

interface DrawnBase {
  id: string;
  title: string;
  x: number;
  y: number;
  projected: { x: number; y: number };
}

/** Every drawn base marker: its place id, title, centre and the projection of its coordinates. */
function drawnBases(page: Page): Promise<DrawnBase[]> {
  const coordinates = Object.fromEntries(places.map((p) => [p.id, [p.lat, p.lon]]));
  return canvas(page).evaluate((container, coordinates) => {
    const map = (
      container as HTMLElement & {
        leafletMap?: { latLngToContainerPoint(c: [number, number]): { x: number; y: number } };
      }
    ).leafletMap;
    if (!map) throw new Error('the map does not expose its projection');
    const box = container.getBoundingClientRect();
    return [...container.querySelectorAll<HTMLElement>('.map-base')].map((marker) => {
      const id = marker.dataset.placeIds ?? '';
      const rect = marker.getBoundingClientRect();
      const at = coordinates[id] as [number, number] | undefined;
      const p = at ? map.latLngToContainerPoint(at) : { x: NaN, y: NaN };
      return {
        id,
        title: marker.getAttribute('title') ?? '',
        x: rect.left + rect.width / 2,
        y: rect.top + rect.height / 2,
        projected: {
          x: box.left + container.clientLeft + p.x,
          y: box.top + container.clientTop + p.y,
        },
      };
    });
  }, coordinates);
}

test('the dataset gives every base a sourced holding period whose holder is an actor', () => {
  const actorIds = new Set(actors.map((a) => a.id));
  const withPeriods = places.filter((p) => p.kind === 'military-base' && p.presence);
  expect(withPeriods.length).toBeGreaterThanOrEqual(6);
  for (const base of withPeriods)
    for (const period of base.presence!) {
      expect(actorIds.has(period.heldBy), `${base.id}: ${period.heldBy}`).toBe(true);
      expect(period.sources.length, base.id).toBeGreaterThan(0);
    }
});

for (const [from, to] of [
  ['2012-01-01', '2014-12-31'],
  ['2018-09-01', '2018-12-31'],
  ['2021-01-01', '2023-12-31'],
] as const) {
  test(`from ${from} to ${to} the map shows exactly the bases held then, each where its coordinates put it`, async ({
    page,
  }) => {
    const expected = basesHeldIn(from, to);
    await page.goto(`./?from=${from}&to=${to}`);
    await waitForRange(page, from, to);
    await expect
      .poll(async () => (await drawnBases(page)).map((b) => b.id).sort())
      .toEqual(expected.map((b) => b.id).sort());
    const drawn = await drawnBases(page);
    for (const base of drawn) {
      const place = expected.find((p) => p.id === base.id)!;
      expect(Math.abs(base.x - base.projected.x), `${base.id} x`).toBeLessThanOrEqual(TOLERANCE);
      expect(Math.abs(base.y - base.projected.y), `${base.id} y`).toBeLessThanOrEqual(TOLERANCE);
      expect(base.title, base.id).toContain(place.name);
      expect(base.title, base.id).toMatch(/held by /);
    }
  });
}

test('the set of bases changes with the range, and a base’s popup names its holder, period and sources', async ({
  page,
}) => {
  const early = basesHeldIn('2012-01-01', '2014-12-31').map((b) => b.id);
  const late = basesHeldIn('2018-09-01', '2018-12-31').map((b) => b.id);
  expect(late.filter((id) => !early.includes(id)).length).toBeGreaterThan(0);

  await page.goto('./?from=2018-09-01&to=2018-12-31');
  await waitForRange(page, '2018-09-01', '2018-12-31');
  const morek = canvas(page).locator('.map-base[data-place-ids="morek-turkish-observation-post"]');
  await expect(morek).toHaveAttribute('title', /held by Turkey, 7 Apr 2018 – 20 Oct 2020/);
  await morek.click();
  const popup = mapPanel(page).getByTestId('base-popup');
  await expect(popup).toContainText('Held by Turkey');
  await expect(popup.getByRole('link').first()).toBeVisible();

  // One legend entry per holder.
  const legend = mapPanel(page).getByRole('list', { name: 'Legend' });
  for (const holder of ['Russia', 'United States', 'Turkey', 'Syrian government'])
    await expect(legend).toContainText(`Military base held by ${holder}`);
});
