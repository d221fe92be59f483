import { test, type Page } from '@playwright/test';
import { canvas, expect, mapPanel, moveMap } from './map-marks';

/**
 * The basemap hands Leaflet only the land around the view (features/map/basemap-area.ts). Land
 * must still lie under every point of land the view shows. Checked at places well inland (so
 * that no outline's simplification can put them at sea), through the running map's projection,
 * as loaded, zoomed in, panned and zoomed out to every talks venue (New York to Astana).
 */
const inland: readonly (readonly [string, number, number])[] = [
  ['Damascus', 33.51, 36.29],
  ['Aleppo', 36.2, 37.16],
  ['Deir ez-Zor', 35.34, 40.14],
  ['Ankara', 39.93, 32.86],
  ['Baghdad', 33.31, 44.36],
  ['Amman', 31.95, 35.93],
  ['Riyadh', 24.71, 46.68],
  ['Tehran', 35.7, 51.42],
  ['Cairo', 30.04, 31.24],
  ['Vienna', 48.21, 16.37],
  ['Madrid', 40.42, -3.7],
  ['Moscow', 55.75, 37.62],
  ['Astana', 51.17, 71.43],
  ['Kansas City', 39.1, -94.58],
];

interface Basemap {
  /** The inland places in view, each with whether a land outline holds it. */
  inView: { name: string; onLand: boolean }[];
  /** Land outlines drawn. */
  outlines: number;
}

/** Which inland places in view have land drawn under them, by the running map's projection. */
function basemap(page: Page): Promise<Basemap> {
  return canvas(page).evaluate((container, points) => {
    interface LeafletLike {
      getBounds(): { contains(latLng: [number, number]): boolean };
      latLngToLayerPoint(latLng: [number, number]): { x: number; y: number };
    }
    const map = (container as HTMLElement & { leafletMap?: LeafletLike }).leafletMap;
    if (!map) throw new Error('the map does not expose its projection');
    const bounds = map.getBounds();
    const land = [...container.querySelectorAll<SVGPathElement>('path.map-land')];
    return {
      // Leaflet's SVG paths are in the map's layer pixels, the user space isPointInFill reads.
      inView: points
        .filter(([, lat, lng]) => bounds.contains([lat, lng]))
        .map(([name, lat, lng]) => {
          const p = map.latLngToLayerPoint([lat, lng]);
          return { name, onLand: land.some((path) => path.isPointInFill(new DOMPoint(p.x, p.y))) };
        }),
      outlines: land.length,
    };
  }, inland);
}

/** Waits until every inland place in view has land under it; returns what was drawn. */
async function expectLandUnder(page: Page, view: string, places: readonly string[]) {
  await expect
    .poll(async () => (await basemap(page)).inView.filter((p) => !p.onLand).map((p) => p.name), {
      message: `${view}: inland places in view without land drawn under them`,
    })
    .toEqual([]);
  const drawn = await basemap(page);
  // The view holds the places this step is about: the check is not passing on an empty view.
  expect(
    drawn.inView.map((p) => p.name),
    view,
  ).toEqual(expect.arrayContaining([...places]));
  return drawn;
}

test('the basemap draws land under every inland place in view, as loaded, zoomed, panned and with every talks venue in view; around Syria it draws less of the world', async ({
  page,
}) => {
  await page.goto('./?from=2018-09-01&to=2018-12-31');
  await expect(mapPanel(page).locator('.map-venue').first()).toBeVisible();
  const loaded = await expectLandUnder(page, 'as loaded', ['Damascus', 'Aleppo', 'Baghdad']);

  await moveMap(page, () =>
    mapPanel(page).getByRole('button', { name: 'Zoom in', exact: true }).click(),
  );
  await expectLandUnder(page, 'zoomed in', ['Damascus']);

  await canvas(page).focus();
  for (let i = 0; i < 3; i += 1) await moveMap(page, () => page.keyboard.press('ArrowRight'));
  await expectLandUnder(page, 'panned east', ['Deir ez-Zor']);

  await moveMap(page, () =>
    mapPanel(page).getByRole('button', { name: 'Show all talks venues' }).click(),
  );
  const world = await expectLandUnder(page, 'every talks venue in view', [
    'Kansas City',
    'Madrid',
    'Vienna',
    'Moscow',
    'Astana',
    'Damascus',
  ]);
  // Around Syria, the outlines of the far countries are not drawn.
  expect(loaded.outlines).toBeLessThan(world.outlines);
});
