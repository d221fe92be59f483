import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, type Page } from '@playwright/test';
import type { Topology } from 'topojson-specification';
import type { ConflictEvent } from '../src/data/schemas/events';
import type { Place } from '../src/data/schemas/places';
import { filterEventsByRange } from '../src/data/selectors';
import { governoratesOf, governorateSlug } from '../src/features/map/governorates';
import { readDataset, waitForRange } from './helpers';
import { canvas, expect, mapPanel, TOLERANCE } from './map-marks';

/**
 * The governorate view against the bundled files: its counts are the events in range per
 * governorate, computed here from events.json and places.json; its shapes lie where the
 * running map projects the vertices of the bundled boundaries.
 */
const events = readDataset<{ events: ConflictEvent[] }>('events.json').events;
const places = new Map(
  readDataset<{ places: Place[] }>('places.json').places.map((p) => [p.id, p] as const),
);
const governorates = governoratesOf(
  JSON.parse(readFileSync(join('public', 'data', 'syr-adm1.topojson'), 'utf8')) as Topology,
);
const range = { from: '2018-01-01', to: '2018-12-31' };

/** Events in the range per governorate, from the JSON. */
function expectedCounts(): Map<string, number> {
  const counts = new Map<string, number>(governorates.map((g) => [g.name, 0]));
  for (const event of filterEventsByRange(events, range)) {
    const governorate = places.get(event.placeId)?.governorate;
    if (governorate) counts.set(governorate, counts.get(governorate)! + 1);
  }
  return counts;
}

async function openView(page: Page, extra = '') {
  await page.goto(`./?from=${range.from}&to=${range.to}&mapmode=governorates${extra}`);
  await waitForRange(page, range.from, range.to);
  await expect(canvas(page).locator('path.map-gov')).toHaveCount(governorates.length);
}

interface Point {
  x: number;
  y: number;
}

test('the table and the tooltips count the events in range of each governorate', async ({
  page,
}) => {
  await openView(page);
  const expected = expectedCounts();
  const total = [...expected.values()].reduce((a, b) => a + b, 0);
  expect(total).toBeGreaterThan(20);
  const table = mapPanel(page).getByTestId('governorate-table');
  await expect(table.locator('tbody tr')).toHaveCount(14);
  for (const [name, count] of expected) {
    const row = table.locator(`tbody tr[data-governorate="${name}"]`);
    await expect(row.getByTestId('governorate-count')).toHaveText(String(count));
    await expect(row.locator('td').nth(1)).toHaveText(
      total > 0 ? `${((count / total) * 100).toFixed(1)}%` : '–',
    );
  }
  // Most events first.
  const shown = await table.getByTestId('governorate-count').allTextContents();
  expect(shown.map(Number)).toEqual([...shown.map(Number)].sort((a, b) => b - a));

  for (const name of ['Idleb', 'Aleppo', 'Damascus', 'Quneitra']) {
    const path = canvas(page).locator(`path.map-gov-${governorateSlug(name)}`);
    await path.dispatchEvent('mouseover');
    const tooltip = page.locator(`[data-testid="governorate-tooltip"][data-governorate="${name}"]`);
    const n = expected.get(name)!;
    await expect(tooltip).toContainText(`${name}: ${n} ${n === 1 ? 'event' : 'events'} in range`);
    await path.dispatchEvent('mouseout');
  }

  // The shading stands in for the event markers, and the legend lists what is drawn: no
  // event symbols, whose markers are hidden, and no markers of them on the map.
  const legend = mapPanel(page).getByRole('list', { name: 'Legend' });
  await expect(legend).toContainText('Talks venue');
  await expect(legend).not.toContainText('Military event');
  await expect(legend).not.toContainText('Several events');
  await expect(canvas(page).locator('.map-cluster, .map-event')).toHaveCount(0);
});

test('each governorate is drawn where the map projects its boundary', async ({ page }) => {
  await openView(page);
  for (const g of governorates) {
    const drawn = await canvas(page)
      .locator(`path.map-gov-${governorateSlug(g.name)}`)
      .evaluate((path: SVGPathElement) => {
        // Leaflet writes the path in its SVG layer's coordinates; the layer is moved by a
        // CSS transform, so the path's own box against its page box gives the offset.
        const own = path.getBBox();
        const box = path.getBoundingClientRect();
        return [...(path.getAttribute('d') ?? '').matchAll(/[ML]\s*(-?[\d.]+)[ ,](-?[\d.]+)/g)].map(
          (m) => ({ x: Number(m[1]) - own.x + box.left, y: Number(m[2]) - own.y + box.top }),
        );
      });
    const vertices = g.polygons.flat(2);
    const projected: Point[] = await canvas(page).evaluate((container, coordinates) => {
      const map = (
        container as HTMLElement & {
          leafletMap?: { latLngToContainerPoint(c: [number, number]): { x: number; y: number } };
        }
      ).leafletMap!;
      const box = container.getBoundingClientRect();
      return coordinates.map((c) => {
        const p = map.latLngToContainerPoint(c);
        return { x: box.left + container.clientLeft + p.x, y: box.top + container.clientTop + p.y };
      });
    }, vertices);
    expect(drawn.length, g.name).toBeGreaterThanOrEqual(3);
    // Every drawn vertex is a vertex of the boundary (Leaflet drops some, adds none)…
    const far = drawn.filter(
      (d) => Math.min(...projected.map((p) => Math.hypot(p.x - d.x, p.y - d.y))) > TOLERANCE,
    );
    expect(far, `${g.name}: drawn vertices away from the boundary`).toEqual([]);
    // …and the drawn outline spans the boundary's extent.
    const extent = (ps: Point[]) => [
      Math.min(...ps.map((p) => p.x)),
      Math.min(...ps.map((p) => p.y)),
      Math.max(...ps.map((p) => p.x)),
      Math.max(...ps.map((p) => p.y)),
    ];
    const [a, b] = [extent(drawn), extent(projected)];
    a.forEach((v, i) => expect(Math.abs(v - b[i]!), `${g.name}: extent`).toBeLessThanOrEqual(2));
  }
});

test('choosing a governorate filters the map like an actor: pill, link, Back', async ({ page }) => {
  await openView(page);
  const expected = expectedCounts();
  const idleb = expected.get('Idleb')!;
  expect(idleb).toBeGreaterThan(0);
  await mapPanel(page)
    .getByTestId('governorate-table')
    .getByRole('button', { name: 'Idleb', exact: true })
    .click();
  await expect(page).toHaveURL(/[?&]gov=Idleb(&|$)/);
  const pill = page.getByTestId('governorate-pill');
  await expect(pill).toContainText('Governorate: Idleb');
  // The map counts only Idleb's events now; the shading still compares every governorate,
  // with Idleb marked as the one chosen.
  await expect(mapPanel(page).getByTestId('map-summary')).toContainText(
    `${idleb} ${idleb === 1 ? 'event' : 'events'} in range on the map`,
  );
  const table = mapPanel(page).getByTestId('governorate-table');
  const row = (name: string) => table.locator(`tbody tr[data-governorate="${name}"]`);
  await expect(row('Idleb').getByTestId('governorate-count')).toHaveText(String(idleb));
  await expect(row('Aleppo').getByTestId('governorate-count')).toHaveText(
    expected.get('Aleppo')!.toLocaleString('en-GB'),
  );
  await expect(row('Idleb').getByRole('button')).toHaveAttribute('aria-pressed', 'true');
  await expect(row('Aleppo').getByRole('button')).toHaveAttribute('aria-pressed', 'false');
  await expect(canvas(page).locator('path.map-gov-idleb')).toHaveClass(/is-selected/);
  // The markers show the same: switch to markers and count the events drawn.
  await page.getByRole('radio', { name: 'Markers' }).check();
  await expect(page).toHaveURL(/[?&]gov=Idleb(&|$)/);
  await expect(mapPanel(page).getByTestId('map-summary')).toContainText(
    `${idleb} ${idleb === 1 ? 'event' : 'events'} in range on the map`,
  );
  // Back: the view as it was before choosing markers, still narrowed to Idleb.
  await page.goBack();
  await expect(page).toHaveURL(/mapmode=governorates/);
  await expect(pill).toBeVisible();
  await page.goBack();
  await expect(page).not.toHaveURL(/gov=/);
  await expect(pill).toHaveCount(0);
  await page.goForward();
  await expect(pill).toContainText('Governorate: Idleb');
  await pill.getByRole('button', { name: /Clear/ }).click();
  await expect(page).not.toHaveURL(/gov=/);

  // Clicking a shape chooses it too.
  await canvas(page).locator('path.map-gov-aleppo').dispatchEvent('click');
  await expect(page).toHaveURL(/[?&]gov=Aleppo(&|$)/);
});
